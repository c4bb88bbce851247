"""`valctl court diary` and `valctl rj register` (issue 4); wired in by val_desktop/cli.py.

The same formats and output helpers as the other listings (`--format table|csv|json`; json is one
array of objects whose keys are part of the contract). Imports stay inside the handlers so that
`valctl --help` stays quick.

court diary keys: section (hearing, due_today, overdue), date, time, what, court, defendant_ref,
case_refs, rule, days_overdue, officer, prosecution_id.
rj register keys: case_ref, stage, stage_label, entered_on, days_at_stage, stuck,
stuck_limit_days, referred_on, closure, closure_text, facilitator, next_step, referral_id.
"""

from __future__ import annotations

import sys

COURT_TABLE = ["section", "date", "time", "what", "defendant_ref", "court", "case_refs",
               "days_overdue"]
RJ_TABLE = ["case_ref", "stage", "entered_on", "days_at_stage", "stuck", "facilitator",
            "next_step"]


def add_parsers(commands) -> None:
    from ..cli import _format_option, _iso_date, _positive

    court = commands.add_parser("court", help="Witness Care: the court diary")
    actions = court.add_subparsers(dest="court_command", metavar="ACTION",
                                   parser_class=type(court))
    diary = actions.add_parser(
        "diary", help="hearings in the next days across prosecutions, and the victim updates "
                      "owed that are due today or overdue")
    diary.add_argument("--days", type=_positive, default=14,
                       help="how many days ahead (default 14)")
    diary.add_argument("--officer", metavar="USER", help="only this Witness Care officer's "
                                                         "prosecutions")
    diary.add_argument("--as-of", type=_iso_date, default=None, metavar="DATE")
    _format_option(diary)

    rj = commands.add_parser("rj", help="restorative justice")
    rj_actions = rj.add_subparsers(dest="rj_command", metavar="ACTION", parser_class=type(rj))
    register = rj_actions.add_parser(
        "register", help="every RJ referral by stage; stuck ones (too long at a stage) first")
    register.add_argument("--open", action="store_true", help="only open referrals")
    register.add_argument("--facilitator", metavar="USER", help="only this facilitator's")
    register.add_argument("--as-of", type=_iso_date, default=None, metavar="DATE")
    _format_option(register)


def cmd_court(args) -> int:
    from ..cli import OK, USAGE, _emit, _store
    from ..domain.clock import uk_today
    from .cases import Rulebook
    from .court import court_diary_rows

    if args.court_command != "diary":
        print("valctl court: say what to show, e.g. `valctl court diary`", file=sys.stderr)
        return USAGE
    store = _store(args)
    with store.session() as session:
        rows = court_diary_rows(session, args.as_of or uk_today(), days=args.days,
                                officer=args.officer, rules=Rulebook.default().rules)
    _emit(rows, args.format, COURT_TABLE)
    return OK


def cmd_rj(args) -> int:
    from ..cli import OK, USAGE, _emit, _store
    from ..domain.clock import uk_today
    from .rj import rj_register_rows

    if args.rj_command != "register":
        print("valctl rj: say what to show, e.g. `valctl rj register`", file=sys.stderr)
        return USAGE
    store = _store(args)
    with store.session() as session:
        rows = rj_register_rows(session, args.as_of or uk_today(), open_only=args.open,
                                facilitator=args.facilitator)
    _emit(rows, args.format, RJ_TABLE)
    return OK
