"""Composition root for `val-desktop` (DESIGN section 5).

    val-desktop [--demo] [--data-dir DIR] [--screenshot PNG] [--user NAME]

Opens the local store (offering another data folder when it cannot be opened), fills an empty
store with synthetic demo data on --demo, asks who is at the keyboard, and shows the main window.
--screenshot renders the main window to a PNG and exits.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEMO_CASES = 1500
DEMO_SEED = 1


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="val-desktop", description="VAL Desktop")
    parser.add_argument("--demo", action="store_true",
                        help="fill an empty store with synthetic demo cases first")
    parser.add_argument("--data-dir", metavar="DIR", help="the folder holding the case store")
    parser.add_argument("--screenshot", metavar="PNG", help="render the main window and exit")
    parser.add_argument("--user", metavar="NAME", help="sign in as this user name")
    parser.add_argument("--page", default=None,
                        help="with --screenshot: the page to show (my_work, cases, team, ...)")
    parser.add_argument("--size", default="1366x768", help="with --screenshot: window size")
    parser.add_argument("--case", metavar="REF", help="open this case at start")
    parser.add_argument("--tab", type=int, default=0, help="with --case: the case tab to show")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("VAL")
    app.setApplicationName("VAL Desktop")
    apply_style(app)
    interactive = args.screenshot is None

    store = open_store_or_ask(args.data_dir, interactive)
    if store is None:
        return 2
    if args.demo:
        fill_demo_if_empty(store)
    settings = QSettings()
    if not interactive:
        # A screenshot shows the defaults, never one person's saved layout.
        import tempfile

        scratch = Path(tempfile.mkdtemp(prefix="val-screenshot-")) / "settings.ini"
        settings = QSettings(str(scratch), QSettings.Format.IniFormat)
        if args.user is None:
            settings.remove("user/last")
    user = choose_user(store, settings, args.user, interactive)
    if user is None:
        return 2 if not interactive else 0
    window = build_window(store, user, settings)
    from val_desktop.ui.sync_controller import install_sync

    install_sync(window, start=interactive)  # a --screenshot run shows the indicator, never syncs
    if args.case:
        open_case_by_ref(window, args.case, args.tab)
    if args.screenshot:
        return screenshot(app, window, Path(args.screenshot), args.page, args.size)
    window.show()
    window.start_reminders()
    return app.exec()


def apply_style(app) -> None:
    from val_desktop.resources_path import read_text

    app.setStyleSheet(read_text("style.qss"))


def open_store_or_ask(data_dir, interactive: bool):
    """The store, or None. A store that cannot be opened explains why and offers another
    folder — the app never dies with a traceback."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from val_desktop.store.database import StoreError, open_store

    while True:
        try:
            return open_store(data_dir)
        except StoreError as error:
            if not interactive:
                print(f"val-desktop: {error}", file=sys.stderr)
                return None
            box = QMessageBox(QMessageBox.Icon.Critical, "VAL Desktop cannot open the case store",
                              str(error))
            other = box.addButton("Choose another data folder…", QMessageBox.ButtonRole.AcceptRole)
            box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not other:
                return None
            folder = QFileDialog.getExistingDirectory(None, "Choose a data folder")
            if not folder:
                return None
            data_dir = folder


def fill_demo_if_empty(store) -> None:
    from sqlalchemy import func, select

    from val_desktop.domain.clock import uk_today
    from val_desktop.store.demo import fill_demo
    from val_desktop.store.directory import seed_directory
    from val_desktop.store.models import Case

    with store.session(write=True) as session:
        seed_directory(session, user="demo")
        session.commit()
        if session.scalar(select(func.count()).select_from(Case)):
            return
    fill_demo(store, cases=DEMO_CASES, seed=DEMO_SEED, today=uk_today())


def choose_user(store, settings, username: str | None, interactive: bool):
    from val_desktop.store.staff import active_staff
    from val_desktop.ui.sign_in_dialog import SignInDialog, signed_in

    wanted = username or settings.value("user/last")
    with store.session() as session:
        people = active_staff(session)
        if username or not interactive:
            match = next((p for p in people if p.username == wanted), None)
            if match is None and not username:
                # A screenshot with nobody chosen: the busiest caseworker, as a demo would show.
                match = _busiest_caseworker(session, people)
            if match is None:
                print(f"val-desktop: there is nobody called {wanted!r} in this store.",
                      file=sys.stderr)
                return None
            return signed_in(match)
    dialog = SignInDialog(store, wanted)
    if not dialog.exec() or dialog.chosen is None:
        return None
    settings.setValue("user/last", dialog.chosen.username)
    return dialog.chosen


def _busiest_caseworker(session, people):
    from sqlalchemy import func, select

    from val_desktop.store.models import Case

    loads = dict(session.execute(
        select(Case.spoc_id, func.count()).where(Case.status != "closed").group_by(Case.spoc_id)
    ).all())
    caseworkers = [p for p in people if p.role == "caseworker"]
    return max(caseworkers, key=lambda p: loads.get(p.id, 0), default=people[0] if people else None)


def build_window(store, user, settings, today=None):
    from val_desktop.store.cases import Rulebook
    from val_desktop.ui.context import AppContext
    from val_desktop.ui.main_window import MainWindow

    context = AppContext(store=store, user=user, rulebook=Rulebook.default(), settings=settings)
    if today is not None:
        context.today = lambda: today
    return MainWindow(context)


def open_case_by_ref(window, ref: str, tab: int = 0) -> None:
    from sqlalchemy import select

    from val_desktop.domain.case_ref import normalise_case_ref
    from val_desktop.store.models import Case

    with window.context.store.session() as session:
        case_id = session.scalar(select(Case.id).where(Case.ref == normalise_case_ref(ref)))
    if case_id is None:
        print(f"val-desktop: there is no case {ref}.", file=sys.stderr)
        return
    window.open_case(case_id)
    window.open_cases.currentWidget().ui.tabs.setCurrentIndex(tab)


def screenshot(app, window, path: Path, page: str | None, size: str) -> int:
    from val_desktop.ui.workers import wait_for_background

    width, height = (int(v) for v in size.lower().split("x"))
    window.persist_state = False
    window.resize(width, height)
    window.show()
    if page:
        window.show_page(page)
    elif window.open_cases.count():
        window.show_page("open_cases")
    for _ in range(20):  # let background queries finish and their results arrive
        app.processEvents()
        wait_for_background(5000)
    app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(path))
    window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
