"""A Word file qcode writes carries its own metadata, not python-docx's template's."""

from __future__ import annotations

from datetime import datetime

from docx import Document

from qcode.export.docx_quotes import set_properties


def test_a_written_word_file_has_its_title_author_and_today_and_no_template_metadata(tmp_path):
    document = Document()
    set_properties(document, "Citater", "tester")
    path = tmp_path / "rapport.docx"
    document.save(str(path))
    props = Document(str(path)).core_properties
    assert (props.title, props.author, props.last_modified_by) == ("Citater", "tester", "tester")
    assert props.comments == "" and "python-docx" not in (props.comments or "")
    assert props.created is not None and props.created.year == datetime.now().year
