"""`valctl`: administration and batch work without a screen (DESIGN section 5).

Exit codes: 0 success, 2 usage or file-level error (nothing changed), 3 partial (some input
rejected, the rest done), 1 internal error.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from datetime import date

from . import __version__
from .domain.clock import uk_today

OK, INTERNAL, USAGE, PARTIAL = 0, 1, 2, 3


class UsageError(Exception):
    """Wrong input from the person at the keyboard: exit 2, nothing changed."""


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-27") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("the number cannot be negative")
    return value


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 too; keep its message, say what to do
        self.print_usage(sys.stderr)
        self.exit(USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="valctl",
        description="VAL Desktop administration and batch work, without a screen.",
    )
    parser.add_argument("--version", action="version", version=f"VAL Desktop {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the folder holding the local case store (default: VAL_DATA_DIR, else your "
        "user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    init = commands.add_parser("init", help="create or upgrade the local store")
    init.add_argument("--demo", action="store_true", help="add synthetic demo cases")
    init.add_argument("--cases", type=_positive, default=1500, help="demo cases (default 1500)")
    init.add_argument("--seed", type=int, default=1, help="demo seed (same seed, same data)")
    init.add_argument(
        "--as-of", type=_iso_date, default=None, metavar="DATE",
        help="the day the demo is built around (default: today)",
    )

    imp = commands.add_parser("import-referrals", help="import a referral file (CSV)")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    imp.add_argument("--user", default=None, help="who is importing (recorded on the rows)")

    cases = commands.add_parser("cases", help="list cases")
    cases.add_argument("--spoc", metavar="USER", help="only this caseworker's cases")
    which = cases.add_mutually_exclusive_group()
    which.add_argument("--open", action="store_true", help="only open cases")
    which.add_argument("--closed", action="store_true", help="only closed cases")
    cases.add_argument("--due", action="store_true", help="only cases with work due or overdue")
    _format_option(cases)

    providers = commands.add_parser("providers", help="the service directory")
    _format_option(providers)

    obligations = commands.add_parser("obligations", help="Victims' Code obligations")
    obligations.add_argument("--overdue", action="store_true", help="only overdue obligations")
    obligations.add_argument("--as-of", type=_iso_date, default=None, metavar="DATE")
    obligations.add_argument("--spoc", metavar="USER", help="only this caseworker's cases")
    _format_option(obligations)

    from .sync.commands import add_parsers as add_sync_parsers  # server init, sync

    add_sync_parsers(commands)
    from .letters.cli import add_parsers as add_letter_parsers  # letter, summary, summaries

    add_letter_parsers(commands)
    from .store.journey_cli import add_parsers as add_journey_parsers  # court diary, rj register

    add_journey_parsers(commands)
    from .letters.report_cli import add_parsers as add_report_parsers  # report quarterly

    add_report_parsers(commands)
    return parser


def _format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return USAGE
    from .store.database import StoreError

    handler = COMMANDS[args.command]
    try:
        return handler(args)
    except UsageError as error:
        print(f"valctl: {error}", file=sys.stderr)
        return USAGE
    except StoreError as error:
        print(f"valctl: {error}", file=sys.stderr)
        return USAGE
    except KeyboardInterrupt:
        print("valctl: stopped.", file=sys.stderr)
        return INTERNAL


def _store(args, *, create: bool = False):
    from .store.database import open_store

    return open_store(args.data_dir, create=create)


def cmd_init(args) -> int:
    from .store.directory import seed_directory

    store = _store(args, create=True)
    with store.session() as session:
        added = seed_directory(session, user="valctl")
        session.commit()
    print(f"Case store ready at {store.path}.")
    if added:
        print(f"Service directory: {added} organisations added.")
    if args.demo:
        from sqlalchemy import func, select

        from .store.demo import fill_demo
        from .store.models import Case

        with store.session() as session:
            existing = session.scalar(select(func.count()).select_from(Case))
        if existing:
            print(
                f"The store already holds {existing} cases: demo data is only added to an "
                "empty store. Nothing was added.",
                file=sys.stderr,
            )
            return USAGE
        counts = fill_demo(store, cases=args.cases, seed=args.seed, today=args.as_of or uk_today())
        print(f"Demo data added: {counts.get('cases', args.cases)} synthetic cases (seed {args.seed}).")
    return OK


def cmd_import(args) -> int:
    from .intake.referral_file import ReferralFileError
    from .store.importer import import_referrals

    store = _store(args, create=True)
    try:
        summary = import_referrals(store, args.file, user=args.user, dry_run=args.dry_run)
    except ReferralFileError as error:
        print(f"valctl: {args.file}: {error} Nothing was imported.", file=sys.stderr)
        return USAGE
    except FileNotFoundError:
        print(f"valctl: there is no file {args.file}. Nothing was imported.", file=sys.stderr)
        return USAGE
    prefix = "Dry run (nothing changed): " if args.dry_run else ""
    print(prefix + summary.line())
    if summary.rejects_file:
        print(f"Rejected rows, with the reason for each, are in {summary.rejects_file}")
    elif args.dry_run:
        for reject in summary.rejects:
            print(f"  line {reject.line}: {reject.reason}")
    return PARTIAL if summary.rejected or summary.cancelled else OK


def cmd_cases(args) -> int:
    from .store.listings import case_rows

    status = "open" if args.open else "closed" if args.closed else None
    store = _store(args)
    with store.session() as session:
        rows = list(
            case_rows(session, spoc=args.spoc, status=status, due_by=uk_today() if args.due else None)
        )
    columns = ["ref", "victim_name", "status", "spoc", "offence_category", "enhanced",
               "safe_to_write", "next_due"]
    _emit(rows, args.format, columns)
    return OK


def cmd_providers(args) -> int:
    from .store.directory import list_providers

    store = _store(args)
    with store.session() as session:
        rows = [
            {
                "name": p.name,
                "category": p.category,
                "phone": p.phone,
                "website": p.website,
                "area": p.area,
                "commissioned": p.commissioned,
                "need_domains": p.need_domains,
                "offence_categories": p.offence_categories,
                "description": p.description,
            }
            for p in list_providers(session)
        ]
    _emit(rows, args.format, ["name", "category", "phone", "commissioned"])
    return OK


def cmd_obligations(args) -> int:
    from .store.cases import Rulebook
    from .store.listings import obligation_rows

    store = _store(args)
    rules = Rulebook.default().rules
    with store.session() as session:
        rows = list(
            obligation_rows(
                session, rules, as_of=args.as_of or uk_today(), overdue_only=args.overdue,
                spoc=args.spoc,
            )
        )
    _emit(rows, args.format, ["case_ref", "rule", "due", "status", "met_at", "spoc"])
    return OK


def _emit(rows: list[dict], fmt: str, table_columns: list[str]) -> None:
    out = sys.stdout
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "csv":
        columns = list(rows[0].keys()) if rows else table_columns
        writer = csv.DictWriter(out, columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v, sep="; ") for k, v in row.items()})
    else:
        _table(rows, table_columns, out)


def _cell(value, sep: str = ", ") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return sep.join(str(v) for v in value)
    return str(value)


def _table(rows: list[dict], columns: list[str], out) -> None:
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")
    out.write(f"({len(rows)} {'row' if len(rows) == 1 else 'rows'})\n")






COMMANDS = {
    "init": cmd_init,
    "import-referrals": cmd_import,
    "cases": cmd_cases,
    "providers": cmd_providers,
    "obligations": cmd_obligations,
    "server": lambda args: _sync_commands().cmd_server(args),
    "sync": lambda args: _sync_commands().cmd_sync(args),
    "letter": lambda args: _letter_commands().cmd_letter(args),
    "summary": lambda args: _letter_commands().cmd_summary(args),
    "summaries": lambda args: _letter_commands().cmd_summaries(args),
    "court": lambda args: _journey_commands().cmd_court(args),
    "rj": lambda args: _journey_commands().cmd_rj(args),
    "report": lambda args: _report_commands().cmd_report(args),
}


def _report_commands():
    from .letters import report_cli

    return report_cli


def _letter_commands():
    from .letters import cli

    return cli


def _sync_commands():
    from .sync import commands

    return commands


def _journey_commands():
    from .store import journey_cli

    return journey_cli


def run() -> None:
    try:
        code = main()
    except BrokenPipeError:  # the reader went away (valctl cases | head): not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = OK
    except Exception:  # the last guard: a traceback is for us, a message for the user
        import traceback

        traceback.print_exc()
        print("valctl: an internal error occurred (see above). Nothing more was changed.",
              file=sys.stderr)
        code = INTERNAL
    sys.exit(code)
