"""Rows written in bulk (store/bulk_insert.py) are stored exactly as SQLAlchemy stores them."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from sqlalchemy import insert

from val_desktop.store import bulk_insert
from val_desktop.store.bulk_insert import StorageRows, sqlite_insert
from val_desktop.store.database import open_store
from val_desktop.store.ids import new_id
from val_desktop.store.models import Case, Victim

STAMP = {"updated_by": "a.khan", "updated_at": datetime(2026, 3, 4, 5, 6, 7, 891011),
         "row_version": 1, "deleted": False, "server_seq": None}


def victim(i: int, **changes) -> dict:
    values = {
        "id": new_id(), "first_name": f"Ava{i}", "last_name": "O'Brien 😀 مرحبا",
        "date_of_birth": date(1985, 5, 1 + i % 28), "gender": None, "phone": "+447700900123",
        "email": None, "address_line1": "1 High Street", "address_line2": None,
        "town": "Worcester", "postcode": "WR1 2AB", "preferred_language": "English",
        "interpreter_needed": i % 2 == 0, "disability": None, **STAMP,
    }
    values.update(changes)
    return values


def case(victim_id, i: int) -> dict:
    return {
        "id": new_id(), "ref": f"VAL-26-TEST-{i:04d}", "victim_id": victim_id, "status": "new",
        "referred_at": datetime(2026, 2, 1, 9, 30), "closed_at": None, "closure_reason": None,
        "risk_level": "standard", "caseworker_enhanced_reasons": [], "spoc_id": None,
        "next_reassessment_due": date(2026, 3, 1), "notes": "Prefers calls; \"after 4pm\"",
        "offence_category": "assault", "offence_date": date(2026, 1, 30),
        "crime_reference": "22/12345/26", "reported_to_police": True, "consent_to_contact": True,
        "vulnerable": False, "intimidated": i % 3 == 0, "persistently_targeted": False,
        "enhanced": True, "enhanced_reasons": [{"code": "intimidated", "text": "Intimidated"}],
        **STAMP,
    }


def stored(path, table: str) -> list[tuple]:
    """Every value as SQLite holds it, with its storage class."""
    connection = sqlite3.connect(path)
    try:
        columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
        select_list = ", ".join(f"{c}, typeof({c})" for c in columns)
        return connection.execute(f"SELECT {select_list} FROM {table} ORDER BY id").fetchall()
    finally:
        connection.close()


def test_bulk_rows_are_stored_exactly_as_sqlalchemy_stores_them(tmp_path):
    victims = [victim(i) for i in range(5)] + [victim(5, date_of_birth=None, postcode=None)]
    cases = [case(v["id"], i) for i, v in enumerate(victims)]
    by_orm = open_store(tmp_path / "orm")
    in_bulk = open_store(tmp_path / "bulk")
    with by_orm.session(write=True) as session:
        session.execute(insert(Victim.__table__), victims)
        session.execute(insert(Case.__table__), cases)
        session.commit()
    with in_bulk.session(write=True) as session:
        for model, rows in ((Victim, victims), (Case, cases)):
            storage = StorageRows(model.__table__, tuple(rows[0]))
            sqlite_insert(session, model.__table__, storage.keys,
                          [storage.row(r) for r in rows])
        session.commit()
    for table in ("victims", "cases"):
        expected = stored(by_orm.path, table)
        assert len(expected) == 6
        assert stored(in_bulk.path, table) == expected
    by_orm.close()
    in_bulk.close()
    # And they read back as the same Python values.
    with open_store(tmp_path / "bulk").session() as session:
        read = {c.ref: c for c in session.query(Case)}
        assert read["VAL-26-TEST-0003"].intimidated is True
        assert read["VAL-26-TEST-0003"].enhanced_reasons == cases[3]["enhanced_reasons"]
        assert read["VAL-26-TEST-0003"].referred_at == datetime(2026, 2, 1, 9, 30)
        assert read["VAL-26-TEST-0005"].victim.date_of_birth is None


def test_more_rows_than_one_statement_holds_all_go_in(store, monkeypatch):
    monkeypatch.setattr(bulk_insert, "ROWS_PER_STATEMENT", 7)
    victims = [victim(i, first_name=f"Bulk{i}") for i in range(50)]
    storage = StorageRows(Victim.__table__, tuple(victims[0]))
    with store.session(write=True) as session:
        sqlite_insert(session, Victim.__table__, storage.keys, [storage.row(v) for v in victims])
        session.commit()
    with store.session() as session:
        names = sorted(v.first_name for v in session.query(Victim))
    assert names == sorted(f"Bulk{i}" for i in range(50))


def test_a_failing_row_leaves_none_of_its_statement_behind(store):
    victims = [victim(i) for i in range(4)]
    victims[3]["id"] = victims[0]["id"]  # the same key twice
    storage = StorageRows(Victim.__table__, tuple(victims[0]))
    with store.session(write=True) as session:
        with pytest.raises(Exception, match="UNIQUE"):
            with session.begin_nested():
                sqlite_insert(session, Victim.__table__, storage.keys,
                              [storage.row(v) for v in victims])
        session.commit()
    with store.session() as session:
        assert session.query(Victim).count() == 0


def test_rows_that_leave_out_a_column_with_a_default_are_refused():
    with pytest.raises(ValueError, match="rows for victims must give .*id"):
        StorageRows(Victim.__table__, ("first_name", "last_name"))


def test_a_sqlite_library_allowing_few_parameters_still_takes_every_row(store):
    """Older SQLite libraries allow 999 parameters a statement; here 99 (5 victims' worth)."""
    victims = [victim(i, first_name=f"Few{i}") for i in range(60)]
    storage = StorageRows(Victim.__table__, tuple(victims[0]))
    with store.session(write=True) as session:
        driver = session.connection().connection.driver_connection
        before = driver.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 99)
        try:
            assert bulk_insert.parameter_limit(session) == 99
            sqlite_insert(session, Victim.__table__, storage.keys,
                          [storage.row(v) for v in victims])
            session.commit()
        finally:
            driver.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, before)
    with store.session() as session:
        assert session.query(Victim).count() == 60
