"""Row ids are version 7 UUIDs: unique, and in the order they were made (store/ids.py)."""

from __future__ import annotations

import uuid

from intake_files import row, write_file
from sqlalchemy import select

from val_desktop.store.ids import new_id
from val_desktop.store.importer import import_referrals
from val_desktop.store.models import Case, Obligation, Victim


def test_new_ids_are_standard_uuids_of_version_7_in_the_order_made():
    made = [new_id() for _ in range(10_000)]
    assert all(isinstance(i, uuid.UUID) and i.version == 7 for i in made)
    assert len(set(made)) == len(made)
    assert made == sorted(made)


def test_imported_rows_get_time_ordered_ids(store, tmp_path):
    path = write_file(tmp_path / "in.csv", [row(f"T-{i}", last_name=f"Order{i}")
                                           for i in range(20)])
    import_referrals(store, path)
    with store.session() as session:
        for model in (Victim, Case, Obligation):
            ids = list(session.scalars(select(model.id).order_by(model.updated_at)))
            assert ids and all(i.version == 7 for i in ids)
        cases = session.scalars(select(Case)).all()
        # Made one after another as the file was read: the file order is the id order.
        by_line = sorted(cases, key=lambda c: c.referrals[0].file_line)
        assert [c.id for c in by_line] == sorted(c.id for c in cases)
