"""The bundled demo project is built from resources and has codings on every code."""

from __future__ import annotations

from qcode.core.cases import list_cases
from qcode.core.codebook import list_codes
from qcode.core.codings import coding_counts
from qcode.core.documents import list_documents
from qcode.core.project import open_project
from qcode.io.demo import demo_project_path


def test_demo_is_built_once_and_has_codings_on_every_top_level_code():
    path = demo_project_path()
    assert demo_project_path() == path
    with open_project(path) as project:
        assert len(list_documents(project)) == 3
        counts = coding_counts(project)
        for code in list_codes(project):
            if code.parent_id is None:
                assert counts.get(code.id, 0) >= 3, code.name
        assert {c.name for c in list_cases(project)} >= {"Birgit", "Jonas", "Fatima"}
