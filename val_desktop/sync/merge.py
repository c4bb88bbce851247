"""The three-way field merge: pure functions, no database.

A pushed change carries the client's row (`mine`), the server version it started from (`base`,
with its sequence number) and meets the server's current row (`theirs`):

- no server row: the change inserts it;
- the server row is still at the base: the change is applied as it is;
- otherwise field by field: a field changed on one side only takes that side's value; a field
  changed on both sides to different values is a conflict (the server keeps its value, the
  client's goes into a conflict record for a person to choose). A delete on one side against
  an edit on the other is always a conflict: nobody's edit disappears into a tombstone unseen.
  Equal values on both sides are agreement, not a conflict. Clocks are never compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Decision:
    outcome: str  # accepted, merged, conflict
    insert: bool = False
    write: dict | None = None  # the full row to write (canonical values), or None: leave it
    applied: list[str] = field(default_factory=list)
    conflicting: list[str] = field(default_factory=list)
    kind: str | None = None  # edit or delete, for a conflict


def decide(
    fields: tuple[str, ...],
    mine: dict,
    base: dict | None,
    base_seq: int | None,
    theirs: dict | None,
    theirs_seq: int | None,
) -> Decision:
    if theirs is None:
        return Decision("accepted", insert=True, write=dict(mine), applied=list(fields))
    if base is not None and base_seq is not None and base_seq == theirs_seq:
        applied = [f for f in fields if mine.get(f) != base.get(f)]
        return Decision("accepted", write=dict(mine), applied=applied)

    known = base is not None
    base = base or {}
    differs = {f for f in fields if mine.get(f) != theirs.get(f)}
    if known:
        mine_changed = {f for f in fields if mine.get(f) != base.get(f)}
        theirs_changed = {f for f in fields if theirs.get(f) != base.get(f)}
    else:  # no base (should not happen): every difference counts as changed on both sides
        mine_changed = theirs_changed = set(differs)
    overlap = mine_changed & theirs_changed & differs
    kind = "edit"
    if "deleted" in differs:
        mine_deletes = bool(mine.get("deleted")) and not base.get("deleted")
        theirs_deletes = bool(theirs.get("deleted")) and not base.get("deleted")
        their_edits = theirs_changed - {"deleted"}
        my_edits = mine_changed - {"deleted"}
        if mine_deletes and their_edits:
            overlap |= their_edits | {"deleted"}
            kind = "delete"
        if theirs_deletes and my_edits:
            overlap |= (my_edits & differs) | {"deleted"}
            kind = "delete"
    applied = sorted((mine_changed & differs) - overlap)
    write = None
    if applied or overlap:
        write = dict(theirs)
        for name in applied:
            write[name] = mine.get(name)
        if applied:
            write["updated_at"] = mine.get("updated_at")
            write["updated_by"] = mine.get("updated_by")
    if overlap:
        return Decision("conflict", write=write, applied=applied, conflicting=sorted(overlap),
                        kind=kind)
    return Decision("merged", write=write, applied=applied)
