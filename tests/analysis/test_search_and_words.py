"""Danish text search (FTS5 index kept in sync, lemmas, KWIC, coding hits) and word frequencies."""

from __future__ import annotations

import sqlite3

import pytest

from qcode.analysis.search import code_hits, search
from qcode.analysis.wordfreq import count_words, word_frequencies
from qcode.core.codings import codings_for_document
from qcode.core.documents import add_document, delete_document, replace_text
from qcode.core.errors import QcodeError
from qcode.core.migrations import migrate


def _found(hits):
    return [(h.document_name, h.match) for h in hits]


def test_search_is_case_insensitive_for_danish_letters(known):
    hits = search(known.project, "SØSTER")
    assert _found(hits) == [("A", "søster")]
    hit = hits[0]
    assert known.texts["A"][hit.start:hit.end] == "søster"
    assert hit.left.endswith("Min ") and hit.right.startswith(" ringer")
    assert _found(search(known.project, "børnene")) == [("B", "Børnene")]


def test_whole_words_prefixes_phrases_and_substrings(known):
    assert _found(search(known.project, "barn")) == [("C", "barn")]
    assert _found(search(known.project, "ven*")) == [("B", "venner"), ("B", "venner")]
    assert _found(search(known.project, "ingen venner")) == [("B", "ingen venner")]
    assert _found(search(known.project, "søn", whole_words=False)) == [("A", "søn")]
    assert search(known.project, "søn") == []


def test_lemma_search_finds_every_inflected_form(known):
    assert _found(search(known.project, "barn", lemmas=True)) == [
        ("B", "Børnene"), ("C", "Barnet"), ("C", "barn")]
    assert _found(search(known.project, "børn", lemmas=True)) == _found(
        search(known.project, "barn", lemmas=True))


def test_empty_search_is_a_user_error(known):
    with pytest.raises(QcodeError):
        search(known.project, "  ?! ")


def test_index_follows_added_changed_and_deleted_documents(known):
    doc = add_document(known.project, "D", "Ærlig talt er året gået hurtigt.\n")
    assert _found(search(known.project, "ærlig")) == [("D", "Ærlig")]
    assert search(known.project, "ar") == []  # remove_diacritics 0: 'år' is not 'ar'
    from qcode.core.offsets import Replacement

    replace_text(known.project, doc, [Replacement(0, 5, "Ærligt")])
    assert _found(search(known.project, "ærligt")) == [("D", "Ærligt")]
    assert search(known.project, "ærlig") == []
    delete_document(known.project, doc)
    assert search(known.project, "ærligt") == []


def test_migration_indexes_documents_that_existed_before(tmp_path):
    conn = sqlite3.connect(tmp_path / "old.qcode")
    migrate(conn, target=3)
    conn.execute("INSERT INTO documents (name, text, imported_at) "
                 "VALUES ('gammel', 'Søndag på værestedet', 'x')")
    conn.commit()
    migrate(conn)
    rows = conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'VÆRESTEDET'").fetchall()
    assert rows == [(1,)]
    conn.close()


def test_code_all_reviewed_hits_in_one_step(known):
    hits = search(known.project, "barn", lemmas=True)
    reviewed = [h for h in hits if h.match != "barn"]  # the coder unticks one hit
    ids = code_hits(known.project, known.codes["ønsker"], reviewed, coder_id=known.project.coder_id)
    assert len(ids) == 2
    coded = {(c.start, c.end) for c in codings_for_document(known.project, known.docs["C"])
             if c.code_id == known.codes["ønsker"]}
    assert coded == {(h.start, h.end) for h in reviewed if h.document_name == "C"}


def test_word_frequencies_of_a_code_with_lemmas_and_stop_words(known):
    table = word_frequencies(known.project, code="ensomhed")
    counts = dict(zip(table.rows, (v[0] for v in table.values), strict=True))
    assert counts["barn"] == 2  # "Børnene" and "barn"
    assert "jeg" not in counts and "mig" not in counts
    plain = word_frequencies(known.project, code="ensomhed", lemmas=False, stop_words=False)
    plain_counts = dict(zip(plain.rows, (v[0] for v in plain.values), strict=True))
    assert plain_counts["jeg"] == 2 and plain_counts["børnene"] == 1 and plain_counts["barn"] == 1
    assert sum(plain_counts.values()) == 17
    assert sum(v[1] for v in plain.values) == pytest.approx(100.0, abs=0.1)


def test_word_frequencies_of_a_document_skip_speaker_labels(known):
    table = word_frequencies(known.project, document_id=known.docs["B"], lemmas=False, stop_words=False)
    counts = dict(zip(table.rows, (v[0] for v in table.values), strict=True))
    assert "interviewer" not in counts and "informant" not in counts
    assert counts["venner"] == 2 and sum(counts.values()) == 4 + 13


def test_count_words_keeps_hyphenated_compounds():
    assert count_words(["Social-rådgiveren og socialrådgiveren"], lemmas=False) == {
        "social-rådgiveren": 1, "socialrådgiveren": 1}


def test_offsets_stay_right_when_lower_casing_changes_the_length(known):
    # 'İ'.lower() is two code points; the hit must still point at the stored text.
    add_document(known.project, "T", "İİ min Søster og søsteren.\n")
    hits = search(known.project, "søster", lemmas=True)
    t_hits = [h for h in hits if h.document_name == "T"]
    assert [(h.match, h.start) for h in t_hits] == [("Søster", 7), ("søsteren", 17)]


def test_word_frequencies_count_only_what_was_said_and_whole_words(project):
    """The header above the first turn and speaker labels are not speech, and a coding that starts or
    ends inside a word counts that whole word, never "interviewe" or "g"."""
    from qcode.core.codebook import ensure_code_path
    from qcode.core.codings import add_coding
    from qcode.core.imported import Turn

    text = ("Interviewperson: Karen, 33 år\nSted: værested\n\n"
            "Interviewer: Hvordan går det?\n\nKaren: Det går godt med haven.")
    first = text.index("Interviewer:")
    second = text.index("Karen: Det")
    turns = [Turn(first, second - 2, "Interviewer", "interviewer", "Interviewer", first, first + 12),
             Turn(second, len(text), "Karen", "interviewee", "Karen", second, second + 6)]
    doc = add_document(project, "k", text, turns=turns)
    whole = _counts(word_frequencies(project, document_id=doc, lemmas=False, stop_words=False))
    assert "interviewperson" not in whole and "sted" not in whole and "karen" not in whole
    assert whole["haven"] == 1 and whole["hvordan"] == 1
    code = ensure_code_path(project, "have")
    # from inside "går" in the question, across the label "Karen:", to inside "haven"
    add_coding(project, doc, code, text.index("år det?"), text.index("aven.") + 2)
    coded = _counts(word_frequencies(project, code="have", lemmas=False, stop_words=False))
    assert set(coded) == {"går", "det", "godt", "med", "haven"}
    assert coded["det"] == 2


def _counts(table) -> dict:
    return dict(zip(table.rows, (v[0] for v in table.values), strict=True))
