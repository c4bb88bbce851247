"""The store's schema: created by migrations, upgraded with data in it, never downgraded."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
import warnings
from datetime import date, datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from val_desktop.store import migrate
from val_desktop.store.database import STORE_FILE, StoreTooNewError, open_store
from val_desktop.store.models import Base, Case, ContactPermissions, Referral, Victim
from val_desktop.store.search import search_case_ids

FTS_TABLES = {"case_search_doc", "case_fts", "case_fts_config", "case_fts_data",
              "case_fts_docsize", "case_fts_idx"}


def _add_case(session: Session, last_name: str = "Nowak") -> uuid.UUID:
    victim = Victim(id=uuid.uuid4(), first_name="Łucja", last_name=last_name,
                    date_of_birth=date(1967, 4, 1), postcode="SY8 1JF")
    session.add(victim)
    session.add(ContactPermissions(victim_id=victim.id, safe_to_write="no"))
    case = Case(id=uuid.uuid4(), ref="VAL-26-AAAA-0001", victim_id=victim.id,
                referred_at=datetime(2026, 11, 4, 19, 24), offence_category="domestic_abuse",
                crime_reference="22/39394/26", enhanced=True,
                enhanced_reasons=[{"code": "most_serious_offence", "text": "Domestic abuse"}],
                caseworker_enhanced_reasons=[])
    session.add(case)
    session.flush()
    session.add(Referral(case_id=case.id, source="police", source_id="ATH-1",
                         referred_at=case.referred_at))
    session.commit()
    return case.id


def _schema_differences(connection) -> list:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    with warnings.catch_warnings():  # expression indexes cannot be reflected for comparison
        warnings.simplefilter("ignore")
        diffs = compare_metadata(context, Base.metadata)
    return [d for d in diffs if not (d[0] == "remove_table" and d[1].name in FTS_TABLES)]


def test_a_new_store_is_at_the_latest_schema_and_matches_the_models(data_dir):
    store = open_store(data_dir)
    with store.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        assert _schema_differences(connection) == []


def test_upgrading_a_store_that_holds_data_keeps_every_record_and_a_backup(data_dir):
    path = data_dir / STORE_FILE
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0001")
    with Session(engine) as session:
        case_id = _add_case(session)
    engine.dispose()

    store = open_store(data_dir)

    with store.session() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.ref == "VAL-26-AAAA-0001"
        assert case.victim.first_name == "Łucja"
        assert case.victim.permissions.safe_to_write == "no"
        assert search_case_ids(session, "nowak") == [case_id]
        store_id = session.execute(
            select(Base.metadata.tables["local_settings"].c.value)
        ).scalar_one()
        assert len(store_id) == 32
    backup = data_dir / f"{STORE_FILE}.before-0001"
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT ref FROM cases").fetchall() == [("VAL-26-AAAA-0001",)]


def test_a_store_from_a_newer_version_refuses_to_open_and_is_left_unchanged(data_dir):
    store = open_store(data_dir)
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    store.close()
    path = data_dir / STORE_FILE
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    with pytest.raises(StoreTooNewError, match="newer version of VAL Desktop"):
        open_store(data_dir)

    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not list(data_dir.glob("*.before-*"))


def test_migrations_run_on_postgresql_and_upgrade_a_database_holding_data(pg_url):
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0001")
    with Session(engine) as session:
        case_id = _add_case(session)
    with engine.begin() as connection:
        assert migrate.upgrade(connection) is True
        assert migrate.current_revision(connection) == migrate.head_revision()
        assert _schema_differences(connection) == []
    with Session(engine) as session:
        assert session.get(Case, case_id).victim.last_name == "Nowak"
    with engine.begin() as connection:
        assert migrate.upgrade(connection) is False  # safe to run again
    engine.dispose()


def test_the_quick_schema_check_agrees_with_alembic(data_dir):
    from val_desktop.store import schema_version

    assert schema_version.head() == migrate.head_revision()
    open_store(data_dir).close()
    assert schema_version.stored_revision(data_dir / STORE_FILE) == migrate.head_revision()
    assert schema_version.stored_revision(data_dir / "none.sqlite3") is None


def test_every_foreign_key_has_an_index_to_find_the_rows_pointing_at_a_row(data_dir):
    """Without one, adding a case during an import read all of milestone_events (0005)."""
    open_store(data_dir).close()
    with sqlite3.connect(data_dir / STORE_FILE) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        unindexed = []
        for table in tables:
            leading = {
                connection.execute(f"PRAGMA index_info('{index[1]}')").fetchone()[2]
                for index in connection.execute(f"PRAGMA index_list('{table}')")
                if not index[4]  # a partial index does not hold every row
            }
            for fk in connection.execute(f"PRAGMA foreign_key_list('{table}')"):
                if fk[3] not in leading:
                    unindexed.append(f"{table}.{fk[3]}")
    assert unindexed == [], unindexed


def test_upgrading_from_0004_with_data_adds_the_indexes_and_keeps_the_rows(data_dir):
    path = data_dir / STORE_FILE
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0004")
    with Session(engine) as session:
        case_id = _add_case(session)
    engine.dispose()

    store = open_store(data_dir)
    with store.session() as session:
        assert session.get(Case, case_id).victim.last_name == "Nowak"
    store.close()
    with sqlite3.connect(path) as connection:
        names = {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"ix_milestone_events_case_id", "ix_contact_log_staff_id"} <= names
