"""`valctl report quarterly` (issue 5); wired in by val_desktop/cli.py.

    valctl report quarterly --quarter 2026Q3 --out RETURN.pdf [--published]
    valctl report quarterly --quarter 2026Q3 --out RETURN.csv [--published]

The file's ending chooses the format: .pdf (tables and charts, the OFFICIAL-SENSITIVE marking
on every page) or .csv (one line per figure). Without --published the return is the internal
variant, with every count; --published hides counts of 1 to 4 (domain.reporting). A quarter
that has not started, a quarter written wrongly or an ending other than .pdf or .csv exits 2
and writes nothing. The file is written whole (a part file renamed into place).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date, datetime
from pathlib import Path

OK, USAGE = 0, 2
FORMATS = (".pdf", ".csv")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-27") from None


def add_parsers(commands) -> None:
    report = commands.add_parser("report", help="returns for the commissioner and the Ministry")
    kinds = report.add_subparsers(dest="report_command", metavar="WHICH",
                                  parser_class=type(report))
    quarterly = kinds.add_parser(
        "quarterly", help="the quarterly outcome return (PDF with charts, or CSV)")
    quarterly.add_argument("--quarter", required=True, metavar="QUARTER",
                           help="the quarter, like 2026Q3 (July to September 2026)")
    quarterly.add_argument("--out", required=True, metavar="FILE",
                           help="the file to write: RETURN.pdf or RETURN.csv")
    quarterly.add_argument("--published", action="store_true",
                           help="the published variant: counts under 5 shown as <5")
    quarterly.add_argument("--user", default=None,
                           help="who is producing it, printed on every page (default: your "
                                "login)")
    quarterly.add_argument("--as-of", type=_iso_date, default=None, metavar="DATE",
                           help="today's date for the figures (default: today)")


class Refused(Exception):
    pass


def _out_file(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() not in FORMATS:
        raise Refused(f"{path.name}: the return is written as a .pdf or a .csv file; "
                      "end the file name with one of them.")
    if path.is_dir():
        raise Refused(f"{path} is a folder: give the name of the file to write.")
    if not path.parent.exists():
        raise Refused(f"The folder {path.parent} does not exist.")
    return path


def _producer(session, username: str) -> str:
    from sqlalchemy import select

    from ..store.models import Staff

    name = session.scalar(select(Staff.display_name).where(Staff.username == username))
    return name or username


def _write(path: Path, data: bytes) -> None:
    part = path.with_name(path.name + ".part")
    try:
        part.write_bytes(data)
        os.replace(part, path)
    except OSError as error:
        part.unlink(missing_ok=True)
        raise Refused(f"{path} cannot be written: {error.strerror or error}.") from None


def cmd_report(args) -> int:
    if getattr(args, "report_command", None) != "quarterly":
        print("valctl report: say which report: quarterly.", file=sys.stderr)
        return USAGE
    try:
        return _quarterly(args)
    except Refused as error:
        print(f"valctl: {error} Nothing was written.", file=sys.stderr)
        return USAGE


def _quarterly(args) -> int:
    from ..domain.clock import UK, uk_today
    from ..domain.reporting import PeriodError, parse_quarter
    from ..store.cases import Rulebook
    from ..store.database import open_store
    from ..store.reporting import quarterly_return
    from .quarterly import quarterly_pdf
    from .quarterly_csv import quarterly_csv

    try:
        quarter = parse_quarter(args.quarter)
    except PeriodError as error:
        raise Refused(str(error)) from None
    out = _out_file(args.out)
    user = args.user
    if not user:
        try:
            user = getpass.getuser()
        except Exception:  # no login name in this environment
            user = "valctl"
    store = open_store(args.data_dir, create=False)
    try:
        with store.session() as session:
            produced_by = _producer(session, user)
            ret = quarterly_return(
                session, quarter, Rulebook.default(), today=args.as_of or uk_today(),
                produced_by=produced_by,
                produced_at=datetime.now(UK).replace(tzinfo=None, second=0, microsecond=0))
    except PeriodError as error:
        raise Refused(str(error)) from None
    finally:
        store.close()
    published = bool(args.published)
    if out.suffix.lower() == ".pdf":
        data = quarterly_pdf(ret, published=published)
    else:
        data = quarterly_csv(ret, published=published)
    _write(out, data)
    variant = "published (counts under 5 hidden)" if published else "internal (every count)"
    to_date = "" if ret.complete else f", figures to {ret.as_of:%d %b %Y}"
    print(f"Quarterly return for {quarter.label}{to_date}, {variant}, written to {out}.")
    return OK


__all__ = ["add_parsers", "cmd_report"]
