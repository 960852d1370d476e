"""Turning quotes into report text: context, cuts, dialogue segments, citation lines."""

from __future__ import annotations

import pytest

from qcode.core.quotes import QuoteFilter, select_quotes, set_cuts
from qcode.export.quote_text import ELLIPSIS, render_piece, sentence_starts, shown_range
from qcode.export.quotes import ExportOptions, age_bracket, build_report, format_citation

TEXT = "Første sætning. Anden sætning! Tredje sætning? Fjerde sætning."


def test_sentence_starts():
    assert sentence_starts(TEXT, 0, len(TEXT)) == [0, 16, 31, 47]


@pytest.mark.parametrize(("context", "n", "needle", "expected"), [
    ("none", 1, "Tredje", "Tredje"),
    ("sentences", 1, "Tredje", "Anden sætning! Tredje sætning? Fjerde sætning."),
    ("sentences", 1, "Første sætning.", "Første sætning. Anden sætning!"),
    ("sentences", 2, "Fjerde", "Anden sætning! Tredje sætning? Fjerde sætning."),
    ("turn", 1, "Anden", TEXT),
])
def test_shown_range_without_turns_uses_sentences_or_paragraph(context, n, needle, expected):
    start = TEXT.index(needle)
    low, high = shown_range(TEXT, [], start, start + len(needle), context, n)
    assert TEXT[low:high].strip() == expected


def test_render_piece_replaces_cuts_with_ellipsis():
    def render(a: int, b: int) -> str:
        return TEXT[a:b]

    middle = TEXT.index("Anden"), TEXT.index("Fjerde")
    assert render_piece(render, 0, len(TEXT), [middle]) == f"Første sætning. {ELLIPSIS} Fjerde sætning."
    assert render_piece(render, 0, len(TEXT), [(0, 16)]) == f"{ELLIPSIS} Anden sætning! Tredje " \
        "sætning? Fjerde sætning."
    # Two cuts next to each other give one ellipsis, not two.
    assert render_piece(render, 0, len(TEXT), [(0, 16), (16, 31)]).startswith(f"{ELLIPSIS} Tredje")


@pytest.mark.parametrize(("value", "expected"), [
    ("46", "40'erne"), ("40", "40'erne"), ("58,5", "50'erne"), ("17", "under 20 år"), ("ukendt", ""),
])
def test_age_bracket(value, expected):
    assert age_bracket(value) == expected


@pytest.mark.parametrize(("template", "fields", "expected"), [
    ("({case}, {køn}, {alder})", {"case": "Informant 7", "køn": "kvinde", "alder": "40'erne"},
     "(Informant 7, kvinde, 40'erne)"),
    ("({case}, {køn}, {alder})", {"case": "Palle*", "alder": "46 år"}, "(Palle*, 46 år)"),
    ("({case}, {alder} gammel)", {"case": "Informant 2"}, "(Informant 2)"),
    ("Interview {nr}", {"nr": "3"}, "Interview 3"),
    ("({case})", {}, ""),
])
def test_format_citation_leaves_out_empty_parts(template, fields, expected):
    assert format_citation(template, fields) == expected


def _rendered(project, sample, coding: str, **options):
    report = build_report(project, QuoteFilter(tuple(sample.codes.values())), ExportOptions(**options))
    return next(q for q in report.quotes if q.quote.coding_id == sample.codings[coding])


def test_quote_within_one_turn_is_plain_and_cited_without_exact_age(project, sample):
    rendered = _rendered(project, sample, "dage")
    assert not rendered.is_dialogue
    assert rendered.text == "Der kan gå flere dage, hvor jeg ikke snakker med nogen."
    assert rendered.citation == "(Deltager 1, kvinde, 50'erne)"
    assert "58" not in rendered.citation


def test_exact_age_only_when_chosen(project, sample):
    rendered = _rendered(project, sample, "dage", keep_exact_age=True,
                         citation_template="({case}, {alder})")
    assert rendered.citation == "(Deltager 1, 58 år)"


def test_dialogue_keeps_speaker_labels(project, sample):
    rendered = _rendered(project, sample, "dialog", context="turn")
    assert [s.speaker for s in rendered.segments] == ["Interviewer", "Birgit"]
    assert rendered.segments[0].text == "Hvordan har du det med det?"
    assert rendered.segments[1].text.startswith("Det er hårdt. Men jeg klarer mig.")


def test_whole_turn_context_and_cut(project, sample):
    quote = next(q for q in select_quotes(project, QuoteFilter((sample.codes["netværk"],)))
                 if q.coding_id == sample.codings["kort"])
    rendered = _rendered(project, sample, "kort", context="turn")
    assert rendered.text == ("Der er et par stykker fra herberget. Vi spiller kort. "
                             "Min bror Kasper ringer aldrig.")
    low, high = rendered.shown
    set_cuts(project, quote.coding_id, [(low, quote.start)], bounds=(low, high))
    trimmed = _rendered(project, sample, "kort", context="turn")
    assert trimmed.text == f"{ELLIPSIS} Vi spiller kort. Min bror Kasper ringer aldrig."


def test_names_in_register_are_replaced_everywhere(project, anonymised, original_names):
    report = build_report(project, QuoteFilter(tuple(anonymised.codes.values())),
                          ExportOptions(context="turn"))
    everything = " ".join(
        " ".join([q.text, q.citation, q.document, q.case, q.memo, *(s.speaker for s in q.segments)])
        for q in report.quotes)
    for name in original_names:
        assert name not in everything
    assert "Central for" in everything  # the memo is there, pseudonymised


def test_sentences_around_stay_inside_the_speaker_turn(project, sample):
    rendered = _rendered(project, sample, "stille", context="sentences", sentences=1)
    assert rendered.text == ("Der kan gå flere dage, hvor jeg ikke snakker med nogen. Efter min mand "
                             "døde, blev der meget stille. Min datter Mette bor i Aarhus.")
    first = _rendered(project, sample, "dage", context="sentences", sentences=1)
    assert first.text.startswith("Der kan gå")  # not the interviewer's question before it
    assert first.text.endswith("blev der meget stille.")


def test_citation_uses_the_register_pseudonym_once_the_name_is_known(project, anonymised):
    rendered = _rendered(project, anonymised, "dage")
    assert rendered.citation.startswith("(Informant ")
    assert rendered.citation.endswith(", kvinde, 50'erne)") and "Birgit" not in rendered.citation


def test_two_codings_showing_the_same_turn_are_one_quote(project, sample):
    """With the whole turn as context, "dage" and "stille" (one turn, two coders) show the same text."""
    quotes = select_quotes(project, QuoteFilter((sample.codes["ensomhed"],), include_children=False))
    plain = build_report(project, quotes, ExportOptions())
    whole_turn = build_report(project, quotes, ExportOptions(context="turn"))
    assert len(plain.quotes) == len(quotes)
    assert len(whole_turn.quotes) == len(quotes) - 1
    assert len({q.text for q in whole_turn.quotes}) == len(whole_turn.quotes)


def test_whole_turn_quotes_leave_out_timestamps_and_never_cite_the_interviewer_as_the_informant(project):
    """#16: "Birgit: 00:04:40 …" quoted with its whole turn began with the timestamp, and a coding in an
    interviewer's question was printed as a plain quote cited to the informant."""
    from support.export_fixtures import build_transcript

    from qcode.core.codebook import ensure_code_path
    from qcode.core.codings import add_coding
    from qcode.core.documents import add_document

    text, records = build_transcript([
        ("Interviewer", "interviewer", "[00:04:31] Hvordan har du det med at bo alene?"),
        ("Birgit", "interviewee", "00:04:40 Det er stille. [00:04:52] Vi mødes kl. 10:30 om tirsdagen."),
        ("Interviewer", "interviewer", "00:05:10 Og om aftenen?"),
    ])
    document = add_document(project, "interview_ts", text, turns=records)
    code = ensure_code_path(project, "ensomhed")
    coder = project.coder_id
    across = "Vi mødes kl. 10:30 om tirsdagen.\n\nInterviewer: 00"
    for needle in ("Det er stille", "Hvordan har du det", across):
        start = text.index(needle)
        add_coding(project, document, code, start, start + len(needle), coder)
    report = build_report(project, QuoteFilter((code,)), ExportOptions(context="turn"))
    by_start = sorted(report.quotes, key=lambda q: q.quote.start)
    question, answer, dialogue = by_start
    assert answer.text == "Det er stille. Vi mødes kl. 10:30 om tirsdagen."  # a time of day is speech
    assert not answer.is_dialogue
    assert question.is_dialogue and question.segments[0].speaker == "Interviewer"
    assert question.segments[0].text == "Hvordan har du det med at bo alene?"
    assert question.text == "Interviewer: Hvordan har du det med at bo alene?"
    # the interviewer's words alone are cited as the interviewer's, not as the informant's
    assert question.citation.startswith("(Interviewer, samtale med ") and answer.citation != question.citation
    assert [s.speaker for s in dialogue.segments] == ["Birgit", "Interviewer"]
    assert dialogue.segments[1].text == "Og om aftenen?"
    assert not any(":" in s.text.split()[0] for q in report.quotes for s in q.segments)
