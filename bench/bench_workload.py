"""My work today and Team caseloads on a 100,000-case store (target: each page filled in well
under a second).

Times the store queries for the busiest caseworker (the longest lists) and a typical one, the
team's caseloads, one caseworker's cases and a bulk reassignment of 500 cases (rolled back), then
the two pages themselves, offscreen, from construction to their lists shown. A full scan of the
cases table is timed in the same run as a baseline.

    python bench/bench_workload.py [--cases 100000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _desktop_store import AS_OF, demo_store_dir  # noqa: E402
from sqlalchemy import func, select, text  # noqa: E402

from val_desktop.store.cases import Rulebook  # noqa: E402
from val_desktop.store.database import open_store  # noqa: E402
from val_desktop.store.models import Case, Staff  # noqa: E402
from val_desktop.store.workload import (  # noqa: E402
    caseworker_cases,
    my_work,
    reassign_cases,
    team_caseloads,
)


def timed(function, repeat: int = 5) -> tuple[float, object]:
    """Median milliseconds of `repeat` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args()
    store = open_store(demo_store_dir(args.cases))
    rulebook = Rulebook.default()
    with store.session() as session:
        loads = session.execute(
            select(Case.spoc_id, func.count()).where(Case.status != "closed")
            .group_by(Case.spoc_id).order_by(func.count().desc())
        ).all()
        busiest, typical = loads[0][0], loads[len(loads) // 2][0]
        names = dict(session.execute(select(Staff.id, Staff.display_name)).all())
        total = session.scalar(select(func.count()).select_from(Case))
        scan, _ = timed(lambda: session.execute(
            text("SELECT count(*) FROM cases WHERE notes LIKE '%zzz%'")).scalar())
        print(f"store: {total:,} cases; open cases per caseworker "
              f"{loads[0][1]:,} (most) .. {loads[-1][1]:,} (fewest)")
        print(f"baseline: one full scan of the cases table {scan:7.1f} ms")
        for label, who in (("busiest", busiest), ("typical", typical)):
            ms, work = timed(lambda who=who: my_work(session, who, rulebook, AS_OF))
            print(f"my_work ({label}: {names[who]}) {ms:7.1f} ms  "
                  f"({len(work.first_contacts)} new, {len(work.obligations)} obligations, "
                  f"{len(work.reassessments)} assessments, {len(work.activity)} activity; "
                  f"{ms / scan:.2f} x scan)")
        ms, rows = timed(lambda: team_caseloads(session, AS_OF))
        print(f"team_caseloads {ms:7.1f} ms  ({len(rows)} rows; {ms / scan:.2f} x scan)")
        ms, cases = timed(lambda: caseworker_cases(session, busiest, AS_OF))
        print(f"caseworker_cases (busiest) {ms:7.1f} ms  ({len(cases):,} cases)")
    to = typical if typical != busiest else loads[1][0]
    with store.session(write=True) as session:
        ids = [c.case_id for c in cases[:500]]
        started = time.perf_counter()
        result = reassign_cases(session, ids, to, "Benchmark", by="bench", from_staff_id=busiest)
        ms = (time.perf_counter() - started) * 1000
        session.rollback()
    print(f"reassign_cases (500, rolled back) {ms:7.1f} ms  ({len(result.moved)} moved)")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from val_desktop.ui.context import AppContext, SignedIn
    from val_desktop.ui.my_work_page import MyWorkPage
    from val_desktop.ui.team_page import TeamPage

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(Path("/tmp") / "bench-workload.ini"), QSettings.Format.IniFormat)
    with store.session() as session:
        me = session.get(Staff, busiest)
        supervisor = session.scalars(select(Staff).where(Staff.role == "supervisor")).first()
    for label, person, page_class, ready in (
        ("My work page (busiest)", me, MyWorkPage, lambda p: p.work is not None and not p.loading),
        ("Team page", supervisor, TeamPage,
         lambda p: bool(p.caseloads) and not p.loading and not p.cases_loading),
    ):
        context = AppContext(store=store, user=SignedIn(person.id, person.username,
                                                        person.display_name, person.role),
                             rulebook=rulebook, settings=settings)
        context.today = lambda: AS_OF
        times = []
        for _ in range(3):
            started = time.perf_counter()
            page = page_class(context)
            page.resize(1166, 700)
            page.show()
            while not ready(page):
                app.processEvents()
                time.sleep(0.001)
            times.append((time.perf_counter() - started) * 1000)
            page.close()
            page.deleteLater()
            app.processEvents()
        print(f"{label}: filled in {statistics.median(times):7.1f} ms (median of 3)")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
