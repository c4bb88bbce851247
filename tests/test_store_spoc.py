"""store.spoc_history: a case's SPOC, its assignment history and a single reassignment."""

from __future__ import annotations

from datetime import datetime

import pytest
from needs_spoc_cases import add_people, case_row, new_case
from sqlalchemy import func, select

from val_desktop.store.models import Case, SpocAssignment
from val_desktop.store.spoc_history import (
    ReassignError,
    assignment_history,
    caseworker_choices,
    current_spoc,
    reassign_spoc,
)


@pytest.fixture
def people(store):
    return add_people(store)


@pytest.fixture
def case_id(store, people, tmp_path):
    return new_case(store, tmp_path)


def reassign(store, case_id, staff_id, reason="SPOC on long-term leave", by="p.ellis",
             at=datetime(2026, 11, 16, 9, 30)):
    with store.session(write=True) as session:
        reassign_spoc(session, case_id, staff_id, reason=reason, by=by, at=at)
        session.commit()


def history(store, case_id):
    with store.session() as session:
        return assignment_history(session, case_id)


def test_a_new_case_has_one_open_assignment(store, case_id):
    (only,) = history(store, case_id)
    assert only.staff_name == "Aisha Khan" and only.current and only.previous_name is None


def test_reassigning_ends_the_previous_assignment_and_keeps_who_when_and_why(
        store, case_id, people):
    before = case_row(store, case_id)
    moment = datetime(2026, 11, 16, 9, 30)
    reassign(store, case_id, people["b.morgan"], at=moment)

    newest, oldest = history(store, case_id)
    assert (newest.staff_name, newest.previous_name) == ("Ben Morgan", "Aisha Khan")
    assert newest.reason == "SPOC on long-term leave"
    assert (newest.assigned_by, newest.assigned_by_name) == ("p.ellis", "Pat Ellis")
    assert newest.started_at == moment and newest.current
    assert oldest.staff_name == "Aisha Khan" and oldest.ended_at == moment
    after = case_row(store, case_id)
    assert after.spoc_id == people["b.morgan"]
    assert (after.row_version, after.updated_by) == (before.row_version + 1, "p.ellis")


def test_there_is_only_ever_one_open_assignment(store, case_id, people):
    reassign(store, case_id, people["b.morgan"], at=datetime(2026, 11, 2, 9))
    reassign(store, case_id, people["c.nowak"], at=datetime(2026, 11, 9, 9))
    reassign(store, case_id, people["a.khan"], at=datetime(2026, 11, 16, 9))
    with store.session() as session:
        open_rows = session.scalars(select(SpocAssignment).where(
            SpocAssignment.case_id == case_id, SpocAssignment.ended_at.is_(None))).all()
    assert [r.staff_id for r in open_rows] == [people["a.khan"]]
    assert [r.staff_name for r in history(store, case_id)] == [
        "Aisha Khan", "Cara Nowak", "Ben Morgan", "Aisha Khan"]


@pytest.mark.parametrize("reason", ["", "   \n "])
def test_a_reason_is_required(store, case_id, people, reason):
    with pytest.raises(ReassignError, match="reason"):
        reassign(store, case_id, people["b.morgan"], reason=reason)
    assert len(history(store, case_id)) == 1
    assert case_row(store, case_id).spoc_id == people["a.khan"]


@pytest.mark.parametrize(
    ("who", "message"),
    [("d.price", "active caseworker"), ("p.ellis", "active caseworker"),
     ("s.hughes", "active caseworker"), ("a.khan", "already the SPOC")],
)
def test_only_another_active_caseworker_can_take_over(store, case_id, people, who, message):
    with pytest.raises(ReassignError, match=message):
        reassign(store, case_id, people[who])
    assert len(history(store, case_id)) == 1


def test_a_closed_case_keeps_its_last_spoc(store, case_id, people):
    with store.session(write=True) as session:
        session.get(Case, case_id).status = "closed"
        session.commit()
    with pytest.raises(ReassignError, match="closed"):
        reassign(store, case_id, people["b.morgan"])


def test_caseworker_choices_show_active_caseworkers_with_their_open_cases(
        store, people, tmp_path):
    new_case(store, tmp_path, "T-1", spoc="a.khan")
    new_case(store, tmp_path, "T-2", spoc="a.khan", first_name="Noor", last_name="Haddad")
    closed = new_case(store, tmp_path, "T-3", spoc="b.morgan", first_name="Iwan",
                      last_name="Rees")
    with store.session(write=True) as session:
        session.get(Case, closed).status = "closed"
        session.commit()
    with store.session() as session:
        choices = {c.name: c.open_cases for c in caseworker_choices(session)}
    assert choices == {"Aisha Khan": 2, "Ben Morgan": 0, "Cara Nowak": 0}


def test_current_spoc_says_since_when(store, case_id, people):
    reassign(store, case_id, people["b.morgan"], at=datetime(2026, 11, 16, 9, 30))
    with store.session() as session:
        current = current_spoc(session, case_id)
        assert session.scalar(select(func.count()).select_from(SpocAssignment)) == 2
    assert (current.name, current.since, current.active) == (
        "Ben Morgan", datetime(2026, 11, 16, 9, 30), True)
