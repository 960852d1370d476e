"""CLI: several coders — `blind` (who sees whose codings), `merge` (coders' copies into the lead's project)
and `adjudicate` (settle disagreements into a consensus layer)."""

from __future__ import annotations

import argparse

from qcode.cli.common import add_project_argument, columns, opened, print_table
from qcode.core.adjudication import DEFAULT_CONSENSUS, Disagreement, accept_agreed, adjudication, decide
from qcode.core.codebook import code_path
from qcode.core.documents import get_document
from qcode.core.errors import QcodeError, register_messages, say, ui_language
from qcode.core.merge import MergeChoices, merge_projects, plan_merge
from qcode.core.visibility import BlindState, blind_state, reveal, session_is_blind, set_blind

register_messages({
    # what the commands say on stdout
    "coders.blind_on": ("Blind coding: on", "Blindkodning: til"),
    "coders.blind_off": ("Blind coding: off", "Blindkodning: fra"),
    "coders.blind_revealed": ("Blind coding: off (revealed {at})", "Blindkodning: fra (afsløret {at})"),
    "coders.leads": ("Leads (see every coding): {names}", "Ledere (ser alle kodninger): {names}"),
    "coders.shared": ("Shared (everyone sees their codings): {names}",
                      "Delte (alle ser deres kodninger): {names}"),
    "coders.sees": ("{viewer} also sees {seen}", "{viewer} ser også {seen}"),
    "coders.you_blind": ("You ({name}) code blind: you see only your own codings.",
                         "Du ({name}) koder blindt: du ser kun dine egne kodninger."),
    "coders.review": ("Codes to review:", "Koder at gennemgå:"),
    "coders.review_new": ("  new    {path}", "  ny     {path}"),
    "coders.review_clash": ("  clash  {path} ({differences} differ in {files})",
                            "  konflikt  {path} ({differences} afviger i {files})"),
    "coders.dry_run": ("Nothing was merged (--dry-run).", "Intet er flettet (--dry-run)."),
    "coders.agreed_copied": ("Copied {n} agreed passage(s) into the {layer} layer.",
                             "Kopierede {n} enige passage(r) til laget {layer}."),
    "coders.decided": ("Disagreement {number}: {decision}.", "Uenighed {number}: {decision}."),
    "coders.own": ("Disagreement {number}: own version {text}.", "Uenighed {number}: egen version {text}."),
    "coders.progress": ("{decided} of {total} disagreement(s) decided; {done} of {agreed} agreed passage(s) "
                        "in the {layer} layer.",
                        "{decided} af {total} uenighed(er) afgjort; {done} af {agreed} enige passage(r) i "
                        "laget {layer}."),
    "cli.bad_pair": ("'{text}' is not NAME=NAME.", "'{text}' har ikke formen NAVN=NAVN."),
    "cli.bad_number": ("There is no disagreement number {number} (1–{count}).",
                       "Der er ingen uenighed nummer {number} (1–{count})."),
    "cli.bad_ranges": ("'{text}' is not START-END[,START-END…].",
                       "'{text}' har ikke formen START-SLUT[,START-SLUT…]."),
})


class CoderUsageError(QcodeError):
    """A coder command was given an option it cannot read."""


def _pair(text: str) -> tuple[str, str]:
    left, sep, right = text.partition("=")
    if not sep or not left.strip() or not right.strip():
        raise CoderUsageError("cli.bad_pair", text=text)
    return left.strip(), right.strip()


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("blind", help="blind double coding: who sees whose codings until the lead reveals",
                       description="Without options: show the settings. Coders who are not leads see "
                                   "only their own codings (and the shared coders' and allowed pairs') while "
                                   "blind coding is on.")
    add_project_argument(p)
    p.add_argument("--on", action="store_true", help="turn blind coding on (you become a lead)")
    p.add_argument("--reveal", action="store_true", help="end blind coding: everyone sees every coding")
    p.add_argument("--lead", action="append", default=[], metavar="NAME", help="a lead (sees everything)")
    p.add_argument("--shared", action="append", default=[], metavar="NAME",
                   help="a coder whose codings everyone sees (e.g. speaker auto-coding)")
    p.add_argument("--sees", action="append", default=[], metavar="VIEWER=CODER",
                   help="let VIEWER also see CODER's codings")
    p.set_defaults(handler=cmd_blind)

    p = sub.add_parser("merge", help="merge coders' project copies into PROJECT (nothing is duplicated)")
    add_project_argument(p)
    p.add_argument("others", nargs="+", metavar="CODER.qcode", help="the copies to merge in")
    p.add_argument("--dry-run", action="store_true", help="only show the review and what would come in")
    p.add_argument("--map", action="append", default=[], metavar="THEIRS=OURS",
                   help="put a new code onto one of ours instead of creating it")
    p.add_argument("--theirs", action="append", default=[], metavar="PATH",
                   help="take the other file's definition of a clashing code ('*': all)")
    p.set_defaults(handler=cmd_merge)

    p = sub.add_parser("adjudicate", help="settle disagreements between two coders into a consensus layer",
                       description="Without a decision: list the disagreements with their numbers. "
                                   "Decisions: a (keep A's version), b, both, neither.")
    add_project_argument(p)
    p.add_argument("--coders", nargs=2, required=True, metavar=("A", "B"),
                   help="the two coders (a side may be a group: anna,bo)")
    p.add_argument("--consensus", default=DEFAULT_CONSENSUS, metavar="NAME",
                   help=f"the coder that holds the agreed layer (default {DEFAULT_CONSENSUS})")
    p.add_argument("--decide", nargs=2, action="append", default=[], metavar=("N", "DECISION"),
                   help="settle disagreement N: a, b, both or neither (repeatable)")
    p.add_argument("--own", nargs=2, action="append", default=[], metavar=("N", "START-END"),
                   help="settle disagreement N with your own ranges, e.g. 120-164,170-190")
    p.add_argument("--accept-agreed", action="store_true",
                   help="copy every passage both coded alike into the consensus layer")
    p.set_defaults(handler=cmd_adjudicate)


def cmd_blind(args: argparse.Namespace) -> int:
    with opened(args) as project:
        if args.on:
            set_blind(project, BlindState(True, tuple(args.lead), tuple(args.shared),
                                          tuple(_pair(s) for s in args.sees)))
        elif args.reveal:
            reveal(project)
        elif args.lead or args.shared or args.sees:
            current = blind_state(project)
            set_blind(project, BlindState(current.active, tuple(args.lead) or current.leads,
                                          tuple(args.shared) or current.shared,
                                          tuple(_pair(s) for s in args.sees) or current.sees))
        state = blind_state(project)
        lang = ui_language()
        if state.active:
            print(say("coders.blind_on", lang))
        elif state.revealed_at:
            print(say("coders.blind_revealed", lang, at=state.revealed_at))
        else:
            print(say("coders.blind_off", lang))
        print(say("coders.leads", lang, names=", ".join(state.leads) or "-"))
        print(say("coders.shared", lang, names=", ".join(state.shared) or "-"))
        for viewer, seen in state.sees:
            print(say("coders.sees", lang, viewer=viewer, seen=seen))
        if session_is_blind(project):
            print(say("coders.you_blind", lang, name=project.coder_name))
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    choices = MergeChoices(dict(_pair(m) for m in args.map), set(args.theirs))
    lang = ui_language()
    with opened(args) as project:
        result = (plan_merge if args.dry_run else merge_projects)(project, args.others, choices)
    if result.review:
        print(say("coders.review", lang))
        for review in result.review:
            if review.status == "new":
                where = choices.map_codes.get(review.path)
                print(say("coders.review_new", lang, path=review.path) + (f" → {where}" if where else ""))
            else:
                print(say("coders.review_clash", lang, path=review.path,
                          differences=", ".join(review.differences), files=", ".join(review.files)))
    for line in result.summary.lines(lang, planned=args.dry_run):
        print(line)
    if args.dry_run:
        print(say("coders.dry_run", lang))
    return 0


def _ranges(text: str) -> list[tuple[int, int]]:
    out = []
    for part in text.split(","):
        start, sep, end = part.partition("-")
        if not sep or not start.strip().isdigit() or not end.strip().isdigit():
            raise CoderUsageError("cli.bad_ranges", text=text)
        out.append((int(start), int(end)))
    return out


def cmd_adjudicate(args: argparse.Namespace) -> int:
    side_a, side_b = ([n.strip() for n in side.split(",") if n.strip()] for side in args.coders)
    lang = ui_language()
    with opened(args) as project:
        state = adjudication(project, side_a, side_b, consensus=args.consensus)

        def pick(number: str) -> Disagreement:
            if not number.isdigit() or not 1 <= int(number) <= len(state.disagreements):
                raise CoderUsageError("cli.bad_number", number=number, count=len(state.disagreements))
            return state.disagreements[int(number) - 1]

        if args.accept_agreed:
            made = accept_agreed(project, state)
            print(say("coders.agreed_copied", lang, n=len(made), layer=args.consensus))
        for number, decision in args.decide:
            decide(project, state, pick(number), decision)
            print(say("coders.decided", lang, number=number, decision=decision))
        for number, text in args.own:
            decide(project, state, pick(number), "own", _ranges(text))
            print(say("coders.own", lang, number=number, text=text))
        if args.accept_agreed or args.decide or args.own:
            state = adjudication(project, side_a, side_b, consensus=args.consensus)
        texts: dict[int, str] = {}
        rows = []
        for number, d in enumerate(state.disagreements, 1):
            if d.document_id not in texts:
                texts[d.document_id] = get_document(project, d.document_id).text
            excerpt = texts[d.document_id][d.start:d.end].replace("\n", " ")
            excerpt = excerpt if len(excerpt) <= 40 else excerpt[:37] + "..."
            show = lambda ranges: ",".join(f"{s}-{e}" for s, e in ranges) or "-"  # noqa: E731
            rows.append((number, d.document_name, code_path(project, d.code_id), show(d.a), show(d.b),
                         d.decision.decision if d.decision else "", excerpt))
        print_table(columns("#", "document", "code", "+".join(side_a), "+".join(side_b), "decided", "text"),
                    rows)
        print(say("coders.progress", lang, decided=state.decided, total=len(state.disagreements),
                  done=state.agreed_done, agreed=len(state.agreed), layer=args.consensus))
    return 0
