"""`valctl server init` and `valctl sync` (DESIGN section 5); wired in by val_desktop/cli.py.

Imports stay inside the handlers so that `valctl --help` does not load the database drivers.
"""

from __future__ import annotations

import sys

OK, INTERNAL, USAGE = 0, 1, 2


def add_parsers(commands) -> None:
    server = commands.add_parser("server", help="the central database")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION",
                                    parser_class=type(server))
    init = actions.add_parser("init", help="create or upgrade the central database")
    init.add_argument("--url", required=True,
                      help="postgresql+psycopg://ADMIN@HOST:5432/DATABASE")
    init.add_argument("--group", metavar="ROLE", default=None,
                      help="also create/grant the group role people's own logins join "
                           "(e.g. val_users)")

    sync = commands.add_parser(
        "sync", help="synchronise with the central database once (the URL is remembered)")
    sync.add_argument("--url", default=None,
                      help="postgresql+psycopg://YOUR_LOGIN@HOST:5432/DATABASE; remembered for "
                           "this data folder, its password kept in the keychain, never in a file")
    sync.add_argument("--user", default=None,
                      help="who is synchronising, recorded on conflicts (default: the login)")
    sync.add_argument("--ask-password", action="store_true",
                      help="type the password (when no keychain is available)")


def cmd_server(args) -> int:
    import psycopg

    from ..store.migrate import StoreTooNewError
    from .server import ServerError, init_server, parse_url

    if args.server_command != "init":
        print("valctl server: say what to do, e.g. `valctl server init --url ...`",
              file=sys.stderr)
        return USAGE
    try:
        parsed = parse_url(args.url)
        result = init_server(parsed, group=args.group)
    except (ServerError, StoreTooNewError) as error:
        print(f"valctl: {error} Nothing was changed.", file=sys.stderr)
        return USAGE
    except psycopg.OperationalError as error:
        print(f"valctl: cannot reach the central database: {_last_line(error)}. "
              "Nothing was changed.", file=sys.stderr)
        return USAGE
    where = f"{parsed.host}:{parsed.port or 5432}/{parsed.database}"
    if result.before is None:
        how = "created"
    elif result.upgraded:
        how = f"upgraded from schema {result.before}"
    else:
        how = "already up to date"
    print(f"Central database {where}: {how} (schema {result.after}, version {result.version}).")
    if args.group:
        print(f"Group role {args.group} may synchronise; give each person their own login in it.")
    return OK


def cmd_sync(args) -> int:
    import getpass

    from ..store.database import open_store
    from . import credentials
    from .engine import SyncError, sync
    from .server import ServerError, parse_url, url_text

    store = open_store(args.data_dir, create=True)
    try:
        if args.url:
            parsed = parse_url(args.url)
            if parsed.password is not None:
                try:
                    credentials.save_password(parsed, parsed.password)
                    print("The password is kept in this computer's keychain.")
                except credentials.KeychainUnavailable as error:
                    print(f"valctl: {error}", file=sys.stderr)
            credentials.remember_url(store, args.url)
        else:
            parsed = credentials.remembered_url(store)
            if parsed is None:
                print("valctl: this data folder has no central database yet: run "
                      "`valctl sync --url postgresql+psycopg://YOUR_LOGIN@HOST/DATABASE` once.",
                      file=sys.stderr)
                return USAGE
        password = parsed.password
        if password is None and args.ask_password:
            password = getpass.getpass(f"Password for {parsed.username}@{parsed.host}: ")
        if password is None:
            password = credentials.load_password(parsed)
        url = url_text(parsed)
        report = sync(store, url, password=password, user=args.user,
                      progress=_progress if sys.stderr.isatty() else None)
    except (SyncError, ServerError) as error:
        message = f"valctl: {error}"
        if "login" in str(error) and not credentials.keychain_available():
            message += f" {credentials.NO_KEYCHAIN}"
        print(message, file=sys.stderr)
        return USAGE
    finally:
        store.close()
    if report.offline:
        print(f"Working offline: {report.error} Your changes are kept here and go next time.")
        return OK
    print(f"Pushed {report.pushed} changes: {report.accepted} accepted, {report.merged} merged, "
          f"{report.conflicts} conflicts, {report.rejected} rejected.")
    print(f"Pulled {report.pulled} rows (central version {report.version}) in "
          f"{report.seconds:.1f} s.")
    if report.open_conflicts:
        print(f"{report.open_conflicts} conflicts wait for a person to resolve them.")
    if report.error:
        print(f"valctl: {report.error}", file=sys.stderr)
    return OK


def _progress(step) -> None:
    total = f"/{step.total}" if step.total else ""
    sys.stderr.write(f"\r{step.phase}: {step.done}{total}   ")
    sys.stderr.flush()


def _last_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[-1] if text else type(error).__name__
