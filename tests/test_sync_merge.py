"""The three-way field merge on its own: no database."""

from __future__ import annotations

from val_desktop.sync.merge import decide

FIELDS = ("town", "phone", "postcode", "deleted")
BASE = {"id": "a", "town": "Worcester", "phone": "1", "postcode": "WR1", "deleted": False,
        "updated_at": "t0", "updated_by": "x"}


def row(**changes):
    return {**BASE, **changes}


def test_a_new_row_is_inserted():
    decision = decide(FIELDS, row(), None, None, None, None)
    assert decision.outcome == "accepted" and decision.insert


def test_a_change_on_the_current_version_is_applied_as_it_is():
    decision = decide(FIELDS, row(town="Malvern"), BASE, 5, row(), 5)
    assert decision.outcome == "accepted"
    assert decision.write["town"] == "Malvern" and decision.applied == ["town"]


def test_edits_of_different_fields_merge():
    decision = decide(FIELDS, row(town="Malvern", updated_by="me"), BASE, 5, row(phone="2"), 7)
    assert decision.outcome == "merged"
    assert decision.write["town"] == "Malvern" and decision.write["phone"] == "2"
    assert decision.write["updated_by"] == "me"


def test_the_same_field_changed_differently_is_a_conflict_and_the_rest_merges():
    decision = decide(FIELDS, row(town="Malvern", postcode="WR14"), BASE, 5,
                      row(town="Pershore"), 7)
    assert decision.outcome == "conflict" and decision.conflicting == ["town"]
    assert decision.write["town"] == "Pershore"  # the server keeps its value...
    assert decision.write["postcode"] == "WR14"  # ...and the other field merges
    assert decision.kind == "edit"


def test_the_same_value_on_both_sides_is_agreement():
    decision = decide(FIELDS, row(town="Malvern"), BASE, 5, row(town="Malvern"), 7)
    assert decision.outcome == "merged" and decision.conflicting == []


def test_a_delete_against_an_edit_is_a_conflict_either_way():
    mine_deletes = decide(FIELDS, row(deleted=True), BASE, 5, row(phone="2"), 7)
    assert mine_deletes.outcome == "conflict" and mine_deletes.kind == "delete"
    assert set(mine_deletes.conflicting) == {"deleted", "phone"}
    assert mine_deletes.write["deleted"] is False

    theirs_deleted = decide(FIELDS, row(town="Malvern"), BASE, 5, row(deleted=True), 7)
    assert theirs_deleted.outcome == "conflict" and theirs_deleted.kind == "delete"
    assert set(theirs_deleted.conflicting) == {"deleted", "town"}
    assert theirs_deleted.write["deleted"] is True and theirs_deleted.write["town"] == "Worcester"


def test_both_deleting_is_agreement():
    decision = decide(FIELDS, row(deleted=True), BASE, 5, row(deleted=True), 7)
    assert decision.outcome == "merged"


def test_without_a_base_every_difference_is_a_conflict_never_an_overwrite():
    decision = decide(FIELDS, row(town="Malvern"), None, None, row(phone="2"), 7)
    assert decision.outcome == "conflict"
    assert set(decision.conflicting) == {"town", "phone"}
