"""Randomised convergence: simulated workstations (each its own SQLite store) doing random work
with random disconnects, then a final sync: every replica equals the server, and every change
the server acknowledged is there (its value, or a later acknowledged one, or a conflict record).
"""

from __future__ import annotations

import random

import psycopg
import pytest
from test_sync_helpers import (
    add_case,
    assert_converged,
    central,  # noqa: F401 - fixture
    edit,
    insert,
    new_store,
    now_text,
    pg_connect,
)

from val_desktop.sync import list_conflicts, resolve_conflict, sync, verify

SEEDS = (11, 23, 37, 41)
CLIENTS = 4
OPERATIONS = 100  # per seed, over all clients

EDITABLE = {
    "victims": {"town": ["Worcester", "Malvern", "Ludlow", None], "phone": ["+447700900001",
                                                                            "+447700900002"]},
    "cases": {"notes": ["called", "wrote", "met", None], "status": ["new", "contacted", "open"],
              "risk_level": ["standard", "high"]},
    "contact_permissions": {"safe_to_call": ["yes", "no", "unknown"],
                            "safe_to_write": ["yes", "no", "unknown"]},
    "contact_log": {"summary": ["reached", "no answer", "voicemail"], "deleted": [True]},
}


class Run:
    def __init__(self, tmp_path, url, seed):
        self.rng = random.Random(seed)
        self.url = url
        self.stores = [new_store(tmp_path / f"s{seed}-{i}") for i in range(CLIENTS)]
        self.acknowledged: dict[str, tuple] = {}  # change id -> (payload, outcome)
        self.disconnects = 0
        self.cuts: dict[str, int] = {}
        self.counts: dict[str, int] = {}

    def known(self, store, table):
        return [row for row in verify.local_rows(store)[table].values()]

    def sync(self, store, disconnect=False):
        hooks = {"acknowledged": self._acknowledged}
        if disconnect:
            self.disconnects += 1
            where = self.rng.choice(["before_commit", "after_commit", "mid_apply"])
            hooks[where] = self._cut(where)
        report = sync(store, self.url, hooks=hooks, pull_batch=25, push_batch=7)
        if not disconnect:
            assert report.ok, report.summary()

    def _acknowledged(self, batch, outcomes):
        for payload in batch:
            outcome = outcomes.get(payload["change_id"])
            if outcome is not None:
                self.acknowledged[payload["change_id"]] = (payload, outcome)

    def _cut(self, where):
        fired = []

        def cut(target, *_):
            if fired or self.rng.random() < 0.3:
                return
            fired.append(where)
            self.cuts[where] = self.cuts.get(where, 0) + 1
            if where == "before_commit":  # the server really loses the connection
                with pg_connect(self.url, autocommit=True) as admin:
                    admin.execute("SELECT pg_terminate_backend(%s)", (target.info.backend_pid,))
            raise psycopg.OperationalError(f"network cut {where}")

        return cut

    def step(self):
        store = self.rng.choice(self.stores)
        op = self.rng.choices(["case", "edit", "log", "sync", "cut", "resolve"],
                              [2, 8, 3, 3, 2, 1])[0]
        self.counts[op] = self.counts.get(op, 0) + 1
        if op == "case":
            add_case(store, self.rng)
        elif op == "edit":
            table = self.rng.choice(list(EDITABLE))
            rows = self.known(store, table)
            if rows:
                row = self.rng.choice(rows)
                column = self.rng.choice(list(EDITABLE[table]))
                edit(store, table, row["id"], **{column: self.rng.choice(EDITABLE[table][column]),
                                                 "updated_by": "random"})
        elif op == "log":
            cases = self.known(store, "cases")
            if cases:
                insert(store, "contact_log", case_id=self.rng.choice(cases)["id"], at=now_text(),
                       kind="call", summary="new")
        elif op == "sync":
            self.sync(store)
        elif op == "cut":
            self.sync(store, disconnect=True)
        elif op == "resolve":
            open_ones = list_conflicts(store)
            if open_ones:
                conflict = self.rng.choice(open_ones)
                choices = {f.name: self.rng.choice(["mine", "theirs"]) for f in conflict.fields}
                resolve_conflict(store, conflict.id, choices, user="supervisor")

    def finish(self):
        for _ in range(2):
            for store in self.stores:
                self.sync(store)
        for store in self.stores:
            self.sync(store)

    def check_acknowledged(self):
        """The server's value of every field is the last acknowledged value written to it."""
        with pg_connect(self.url) as pg:
            central_rows = verify.server_rows(pg)
            applied = {r.hex: (outcome, v) for r, outcome, v in pg.execute(
                "SELECT change_id, outcome, v FROM sync_applied")}
        last: dict[tuple, tuple[int, object]] = {}
        for change_id, (payload, outcome) in self.acknowledged.items():
            assert applied[change_id] == (outcome.outcome, outcome.v)  # recorded, exactly once
            if outcome.outcome == "conflict":
                conflict = central_rows["sync_conflicts"][outcome.conflict_id]
                for name in outcome.conflicting:  # the losing value is kept for a person
                    assert conflict["client_values"][name] == payload["values"][name]
            assert outcome.outcome != "rejected"
            for name in outcome.applied:
                key = (payload["table"], payload["row_id"], name)
                if key not in last or last[key][0] < outcome.v:
                    last[key] = (outcome.v, payload["values"][name])
        for (table, row_id, name), (_, value) in last.items():
            assert central_rows[table][row_id][name] == value, (table, row_id, name)
        return len(self.acknowledged)


@pytest.mark.parametrize("seed", SEEDS)
def test_random_work_with_disconnects_converges(tmp_path, central, seed):  # noqa: F811
    run = Run(tmp_path, central, seed)
    for _ in range(OPERATIONS):
        run.step()
    run.finish()
    assert_converged(run.stores, central)
    acknowledged = run.check_acknowledged()
    assert acknowledged > 20 and sum(run.cuts.values()) > 0
    outcomes = {}
    for _, outcome in run.acknowledged.values():
        outcomes[outcome.outcome] = outcomes.get(outcome.outcome, 0) + 1
    print(f"seed {seed}: {OPERATIONS} operations {run.counts}; connections cut {run.cuts}; "
          f"{acknowledged} acknowledged changes {outcomes}")
    for store in run.stores:
        store.close()
