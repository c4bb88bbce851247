"""Finding cases: what a person types never breaks the query; deleted cases are not found."""

from __future__ import annotations

from intake_files import row, write_file
from sqlalchemy import select

from val_desktop.store.importer import import_referrals
from val_desktop.store.models import Case
from val_desktop.store.search import fts_query, search_case_ids


def test_typed_text_becomes_quoted_prefix_terms():
    assert fts_query("Nowak WR3") == '"Nowak"* AND "WR3"*'
    assert fts_query('") OR 1=1; DROP TABLE cases; --') == (
        '"OR"* AND "1 1"* AND "DROP"* AND "TABLE"* AND "cases"*'
    )
    assert fts_query("22/1234") == '"22 1234"*'  # a reference's parts, in order
    assert fts_query("  -- ;; ") is None


def test_a_tombstoned_case_leaves_the_search_and_returns_when_restored(store, tmp_path):
    import_referrals(store, write_file(tmp_path / "in.csv", [row("S-1", last_name="Quill")]))
    with store.session(write=True) as session:
        case = session.scalars(select(Case)).one()
        assert search_case_ids(session, "quill") == [case.id]
        case.deleted = True
        session.commit()
        assert search_case_ids(session, "quill") == []
        case.deleted = False
        session.commit()
        assert search_case_ids(session, "quill") == [case.id]


def test_the_most_recently_added_matches_come_first_and_the_count_is_capped(store, tmp_path):
    rows = [row(f"N-{i}", last_name="Quill", referred_at=f"2026-11-{1 + i:02d}T10:00")
            for i in range(12)]
    import_referrals(store, write_file(tmp_path / "in.csv", rows))
    with store.session() as session:
        found = search_case_ids(session, "quill", limit=5)
        refs_by_id = dict(session.execute(select(Case.id, Case.referred_at)).all())
    assert len(found) == 5
    dates = [refs_by_id[i] for i in found]
    assert dates == sorted(dates, reverse=True)
