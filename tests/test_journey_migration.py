"""Migration 0004 (the journey tables) on a workstation and on the central database: upgrading a
store that holds data, change capture and version stamping, and a prosecution that travels
between two workstations through the real PostgreSQL server."""

from __future__ import annotations

import uuid
from datetime import date, time

import psycopg
import pytest
from alembic import command
from journey_fixtures import NOW, RULEBOOK, make_case
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session
from test_sync_helpers import assert_converged, new_store, pg_connect, sync_ok
from test_sync_helpers import central as central  # noqa: F401 - fixture

from val_desktop.domain.court import CourtResult, Milestone, MilestoneKind
from val_desktop.domain.restorative_justice import Risk, RiskAssessment, record_risk_assessment
from val_desktop.store import migrate
from val_desktop.store.court import (
    create_prosecution,
    prosecution_view,
    record_milestone,
    update_prosecution,
)
from val_desktop.store.database import STORE_FILE, Store, open_store, sqlite_engine
from val_desktop.store.demo import fill_demo
from val_desktop.store.journey_models import JOURNEY_TABLES, ProsecutionRecord, RJReferral
from val_desktop.store.models import Case, Obligation, Victim
from val_desktop.store.rj import case_rj_referrals, create_rj_referral, rj_step
from val_desktop.sync import local
from val_desktop.sync.tables import specs

TODAY = date(2026, 11, 20)
CHARGE = Milestone(kind=MilestoneKind.CHARGE, occurred_on=date(2026, 11, 13),
                   received_on=date(2026, 11, 16))


def _waiting(store) -> dict[str, int]:
    with local.raw_connection(store) as raw:
        return dict(raw.execute("SELECT table_name, count(*) FROM sync_outbox"
                                " WHERE change_id IS NULL GROUP BY table_name").fetchall())


def test_the_journey_tables_are_synchronised_tables():
    assert set(JOURNEY_TABLES) <= set(specs())
    order = list(specs())
    assert order.index("prosecutions") < order.index("prosecution_cases")
    assert order.index("court_milestones") < order.index("milestone_events")
    assert order.index("journey_events") < order.index("milestone_events")


def test_upgrading_a_store_that_holds_data_adds_the_tables_and_captures_their_changes(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    engine = sqlite_engine(folder / STORE_FILE)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0003")
    old = Store(engine, folder / STORE_FILE)
    counts = fill_demo(old, cases=30, seed=5, today=TODAY)  # no journey tables yet: skipped
    assert "prosecutions" not in counts
    engine.dispose()

    store = open_store(folder)  # upgrades to the latest revision, after a backup
    assert (folder / f"{STORE_FILE}.before-0003").exists()
    with store.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
    with store.session() as session:
        assert session.scalar(select(text("count(*)")).select_from(Case)) == 30
        assert session.scalar(select(text("count(*)")).select_from(ProsecutionRecord)) == 0
    before = _waiting(store)
    assert not set(before) & set(JOURNEY_TABLES)  # nothing of theirs to push yet

    with store.session(write=True) as session:
        case_ids = session.scalars(select(Case.id).order_by(Case.ref).limit(2)).all()
        row = create_prosecution(session, defendant_ref="WM-1", case_ids=case_ids, user="t")
        session.commit()
    after = _waiting(store)
    assert after["prosecutions"] == 1 and after["prosecution_cases"] == 2
    with local.raw_connection(store) as raw:
        triggers = {name for (name,) in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'")}
    assert {f"sync_{t}_{s}" for t in JOURNEY_TABLES for s in ("ai", "au", "ad")} <= triggers
    store.close()
    assert row.id


def test_on_postgresql_the_upgrade_keeps_data_stamps_versions_and_refuses_deletes(pg_url):
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0003")
        connection.execute(text(
            "INSERT INTO victims (id, first_name, last_name, row_version, updated_at, deleted)"
            " VALUES (:id, 'Łucja', 'Nowak', 1, now(), false)"), {"id": uuid.uuid4()})
    with engine.begin() as connection:
        assert migrate.upgrade(connection) is True
        assert migrate.current_revision(connection) == migrate.head_revision()
    with Session(engine) as session:
        assert session.scalars(select(Victim.last_name)).all() == ["Nowak"]
        row = ProsecutionRecord(defendant_ref="WM-9", charges=["Theft"], updated_by="t")
        session.add(row)
        session.commit()
        first = session.get(ProsecutionRecord, row.id)
        assert first.server_seq is not None and first.row_version == 1
        seq = first.server_seq
        first.court = "Worcester Crown Court"
        session.commit()
        session.refresh(first)
        assert first.server_seq > seq and first.row_version == 2
    with engine.connect() as connection, pytest.raises(Exception, match="never deleted"):
        connection.execute(text("DELETE FROM prosecutions"))
    engine.dispose()


@pytest.fixture
def two_workstations(tmp_path, central):  # noqa: F811
    a, b = new_store(tmp_path / "a"), new_store(tmp_path / "b")
    yield a, b, central
    a.close()
    b.close()


def test_a_prosecution_shared_by_two_victims_travels_between_workstations(two_workstations):
    a, b, url = two_workstations
    ava, ben = make_case(a, first_name="Ava"), make_case(a, first_name="Ben", vulnerable=True)
    with a.session(write=True) as session:
        prosecution = create_prosecution(session, defendant_ref="WM-4471", case_ids=[ava, ben],
                                         court="Worcester Crown Court", charges=["Burglary"],
                                         user="w.care")
        record_milestone(session, prosecution.id, CHARGE, RULEBOOK, user="w.care", now=NOW)
        record_milestone(session, prosecution.id, Milestone(
            kind=MilestoneKind.PLEA, occurred_on=date(2026, 11, 18),
            received_on=date(2026, 11, 18), result=CourtResult.NOT_GUILTY), RULEBOOK,
            user="w.care", now=NOW)
        record_milestone(session, prosecution.id, Milestone(
            kind=MilestoneKind.TRIAL_DATE_LISTED, occurred_on=date(2026, 11, 18),
            received_on=date(2026, 11, 19), hearing_on=date(2027, 1, 11),
            hearing_time=time(10, 0)), RULEBOOK, user="w.care", now=NOW)
        referral = create_rj_referral(session, ava, referred_on=date(2026, 11, 2), user="p.w")
        rj_step(session, referral.id, record_risk_assessment, RiskAssessment(
            assessed_on=date(2026, 11, 4), assessed_by="p.w", suitable=True,
            risks=(Risk(description="Same street", management="Meet elsewhere"),)),
            user="p.w", rulebook=RULEBOOK, now=NOW)
        session.commit()
        prosecution_id = prosecution.id
    sync_ok(a, url)
    sync_ok(b, url)

    with b.session() as session:
        view = prosecution_view(session, prosecution_id, TODAY)
        assert {c.victim_name.split()[0] for c in view.cases} == {"Ava", "Ben"}
        assert [m.milestone.kind for m in view.milestones] == [
            MilestoneKind.CHARGE, MilestoneKind.PLEA, MilestoneKind.TRIAL_DATE_LISTED]
        assert [h.on for h in view.hearings] == [date(2027, 1, 11)]
        dues = {(o.case_id, o.rule_id): o.due for o in session.scalars(
            select(Obligation).where(Obligation.rule_id == "decision_update"))}
        assert dues == {(ava, "decision_update"): date(2026, 11, 23),
                        (ben, "decision_update"): date(2026, 11, 17)}
        [pathway] = case_rj_referrals(session, ava, TODAY)
        assert pathway.pathway.latest_assessment.risks[0].management == "Meet elsewhere"
        assert session.get(RJReferral, pathway.id).stage == "suitability_assessed"

    with b.session(write=True) as session:  # the other workstation changes the court
        update_prosecution(session, prosecution_id, user="o.case", court="Hereford Crown Court")
        session.commit()
    sync_ok(b, url)
    sync_ok(a, url)
    with a.session() as session:
        assert session.get(ProsecutionRecord, prosecution_id).court == "Hereford Crown Court"
    assert_converged([a, b], url)
    with pg_connect(url) as pg:
        assert pg.execute("SELECT count(*) FROM milestone_events").fetchone()[0] == 6
        with pytest.raises(psycopg.errors.RaiseException):
            pg.execute("DELETE FROM court_milestones")
