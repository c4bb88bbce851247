"""`valctl letter …`, `valctl summary` and `valctl summaries` (issue 5); wired in by
val_desktop/cli.py.

    valctl letter referral --case REF --provider NAME --out PDF [--reason TEXT]
    valctl letter victim KIND --case REF --out PDF [--large-print] [--by post|email]
    valctl letter consent --case REF --provider NAME [--withdrawn] [--note TEXT]
    valctl summary --case REF --out PDF
    valctl summaries (--spoc USER | --team) --out DIR [--one-file]

A refusal (unsafe to write, unknown case or service, no consent to share, …) exits 2 with the
reason and writes nothing. A letter's file is written whole (a part file renamed into place) and
its record on the case (the disclosure, the letter logged) is committed only once the file is
there; if either fails, neither remains.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path

OK, INTERNAL, USAGE = 0, 1, 2


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-27") from None


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", default=None,
                        help="who is producing it, recorded on the case (default: your login)")
    parser.add_argument("--as-of", type=_iso_date, default=None, metavar="DATE",
                        help="the date the document carries (default: today)")


def add_parsers(commands) -> None:
    from ..domain.letters import VICTIM_LETTERS

    letter = commands.add_parser("letter", help="a referral letter or a letter to the victim")
    kinds = letter.add_subparsers(dest="letter_command", metavar="WHICH",
                                  parser_class=type(letter))

    referral = kinds.add_parser("referral", help="a referral letter to a support service")
    referral.add_argument("--case", required=True, metavar="REF")
    referral.add_argument("--provider", required=True, metavar="NAME",
                          help="the service's name in the directory (valctl providers)")
    referral.add_argument("--out", required=True, metavar="PDF")
    referral.add_argument("--reason", default=None,
                          help="why you are referring, in your words (added to the needs)")
    _common(referral)

    victim = kinds.add_parser("victim", help="a letter to the victim")
    victim.add_argument("kind", choices=list(VICTIM_LETTERS), metavar="KIND",
                        help="one of: " + ", ".join(VICTIM_LETTERS))
    victim.add_argument("--case", required=True, metavar="REF")
    victim.add_argument("--out", required=True, metavar="PDF")
    victim.add_argument("--large-print", action="store_true", help="16 pt large print")
    victim.add_argument("--by", choices=("post", "email"), default="post",
                        help="how it will be sent (default post); each needs its own "
                             "safe-contact permission")
    _common(victim)

    consent = kinds.add_parser(
        "consent", help="record the victim's consent to share their details with a service")
    consent.add_argument("--case", required=True, metavar="REF")
    consent.add_argument("--provider", required=True, metavar="NAME")
    consent.add_argument("--withdrawn", action="store_true",
                         help="record that the victim withdrew their consent")
    consent.add_argument("--note", default="", help="how and when the victim said so")
    consent.add_argument("--user", default=None, help="who is recording it (default: your login)")

    summary = commands.add_parser("summary", help="a case summary (PDF) for supervisors")
    summary.add_argument("--case", required=True, metavar="REF")
    summary.add_argument("--out", required=True, metavar="PDF")
    _common(summary)

    summaries = commands.add_parser(
        "summaries", help="case summaries of a caseworker's (or the team's) open cases")
    whose = summaries.add_mutually_exclusive_group(required=True)
    whose.add_argument("--spoc", metavar="USER", help="this caseworker's open cases")
    whose.add_argument("--team", action="store_true", help="every open case")
    summaries.add_argument("--out", required=True, metavar="DIR",
                           help="the folder for one PDF per case (REF.pdf), or the PDF file "
                                "with --one-file")
    summaries.add_argument("--one-file", action="store_true",
                           help="all the summaries in one PDF")
    _common(summaries)


# -- helpers -----------------------------------------------------------------------------------


class Refused(Exception):
    pass


def _user(args) -> str:
    if args.user:
        return args.user
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment
        return "valctl"


def _today(args) -> date:
    from ..domain.clock import uk_today

    return args.as_of or uk_today()


def _out_file(text: str) -> Path:
    path = Path(text).expanduser()
    if path.is_dir():
        raise Refused(f"{path} is a folder: give the name of the PDF to write.")
    if not path.parent.exists():
        raise Refused(f"The folder {path.parent} does not exist.")
    return path


def _store(args):
    from ..store.database import open_store

    return open_store(args.data_dir, create=False)


def _staff_id(session, username: str):
    from sqlalchemy import select

    from ..store.models import Staff

    return session.scalar(select(Staff.id).where(Staff.username == username))


def _write_then_commit(session, path: Path, data: bytes) -> None:
    """The file whole, then the record; neither stays if the other fails."""
    part = path.with_name(path.name + ".part")
    try:
        part.write_bytes(data)
        os.replace(part, path)
    except OSError as error:
        part.unlink(missing_ok=True)
        session.rollback()
        raise Refused(f"{path} cannot be written: {error.strerror or error}.") from None
    try:
        session.commit()
    except Exception:
        path.unlink(missing_ok=True)
        raise


def _refusal(error: Exception) -> int:
    text = str(error)
    if "No letter was produced" not in text:
        text += " Nothing was written."
    print(f"valctl: {text}", file=sys.stderr)
    return USAGE


# -- the commands ------------------------------------------------------------------------------


def cmd_letter(args) -> int:
    from ..store.documents import DocumentRefused
    from .templates import TemplateError, shipped_templates

    if args.letter_command is None:
        print("valctl letter: say which: referral, victim or consent.", file=sys.stderr)
        return USAGE
    try:
        shipped_templates()  # a bad template stops here, before anything is read or written
        handler = {"referral": _referral, "victim": _victim, "consent": _consent}
        return handler[args.letter_command](args)
    except (DocumentRefused, Refused, TemplateError) as error:
        return _refusal(error)


def _referral(args) -> int:
    from ..store.documents import find_case, find_provider, record_referral, referral_letter
    from .referral import referral_letter_pdf

    out = _out_file(args.out)
    user = _user(args)
    store = _store(args)
    with store.session(write=True) as session:
        case_id = find_case(session, args.case)
        provider_id = find_provider(session, args.provider)
        letter = referral_letter(session, case_id, provider_id, today=_today(args),
                                 reason=args.reason)
        pdf = referral_letter_pdf(letter)
        record_referral(session, letter, user=user, staff_id=_staff_id(session, user))
        _write_then_commit(session, out, pdf)
    print(f"Referral letter for {letter.case_ref} to {letter.provider.name} written to {out}; "
          "the disclosure is recorded on the case's timeline.")
    return OK


def _victim(args) -> int:
    from ..store.cases import Rulebook
    from ..store.documents import find_case, record_victim_letter, victim_letter
    from .victim import victim_letter_pdf

    out = _out_file(args.out)
    user = _user(args)
    store = _store(args)
    with store.session(write=True) as session:
        case_id = find_case(session, args.case)
        letter = victim_letter(session, case_id, args.kind, today=_today(args),
                               delivery=args.by)
        pdf = victim_letter_pdf(letter, large_print=args.large_print)
        logged = record_victim_letter(session, letter, Rulebook.default().rules,
                                      large_print=args.large_print, user=user,
                                      staff_id=_staff_id(session, user))
        _write_then_commit(session, out, pdf)
    met = f" It met: {', '.join(o.title for o in logged.met)}." if logged.met else ""
    print(f"Letter to the victim ({letter.label}{', large print' if args.large_print else ''}) "
          f"for {letter.case_ref} written to {out}; it is logged on the case's contacts.{met}")
    return OK


def _consent(args) -> int:
    from ..store.documents import find_case, find_provider, record_consent

    user = _user(args)
    store = _store(args)
    with store.session(write=True) as session:
        case_id = find_case(session, args.case)
        provider_id = find_provider(session, args.provider)
        entry = record_consent(session, case_id, provider_id, given=not args.withdrawn,
                               note=args.note, user=user, staff_id=_staff_id(session, user))
        session.commit()
        name = entry.summary.split("\n", 1)[0].split(": ", 1)[1]
    what = "withdrawn" if args.withdrawn else "given"
    print(f"Consent to share with {name} recorded as {what} on {args.case.upper()}.")
    return OK


def cmd_summary(args) -> int:
    from ..store.cases import Rulebook
    from ..store.documents import DocumentRefused, case_summary, find_case, printer_for
    from .case_summary import case_summary_pdf

    try:
        out = _out_file(args.out)
        store = _store(args)
        with store.session() as session:
            case_id = find_case(session, args.case)
            data = case_summary(session, case_id, Rulebook.default(), _today(args))
            pdf = case_summary_pdf(data, printer_for(session, _user(args)))
        part = out.with_name(out.name + ".part")
        try:
            part.write_bytes(pdf)
            os.replace(part, out)
        except OSError as error:
            part.unlink(missing_ok=True)
            raise Refused(f"{out} cannot be written: {error.strerror or error}.") from None
    except (DocumentRefused, Refused) as error:
        return _refusal(error)
    print(f"Case summary of {data.ref} written to {out}.")
    return OK


def cmd_summaries(args) -> int:
    from ..store.cases import Rulebook
    from ..store.documents import DocumentRefused, open_cases_for
    from .batch import write_summaries

    try:
        out = Path(args.out).expanduser()
        if args.one_file:
            out = _out_file(args.out)
        elif out.exists() and not out.is_dir():
            raise Refused(f"{out} is a file: give a folder (or use --one-file).")
        store = _store(args)
        with store.session() as session:
            cases = open_cases_for(session, None if args.team else args.spoc)
    except (DocumentRefused, Refused) as error:
        return _refusal(error)
    whose = "the team" if args.team else args.spoc
    if not cases:
        print(f"{whose} has no open cases: nothing to write.")
        return OK
    shown = {"at": 0}

    def progress(done: int, total: int, text: str) -> bool:
        percent = 100 * done // max(total, 1)
        if percent >= shown["at"] + 10 or done == total:
            shown["at"] = percent
            print(f"  {percent}% ({text})", file=sys.stderr)
        return True

    result = write_summaries(store, [c.id for c in cases], out, rulebook=Rulebook.default(),
                             today=_today(args), printed_by=_user(args),
                             one_file=args.one_file, progress=progress)
    print(f"{result.line()} (open cases of {whose})")
    return OK
