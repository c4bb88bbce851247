"""The Victims' Code rules table and the obligations it creates (DESIGN section 3).

Expected periods are copied from the DESIGN table; expected due dates were counted by hand on a
printed calendar with the England and Wales bank holidays.
"""

from __future__ import annotations

from datetime import date

import pytest

from val_desktop.domain.journey import EVENT_KINDS, trigger_for
from val_desktop.domain.rules import (
    MET,
    MET_LATE,
    OPEN,
    OVERDUE,
    RulesError,
    load_default_rules,
    obligation_status,
    obligations_for_event,
    parse_rules,
    rules_met_by,
)

# DESIGN section 3, one row per rule: id, trigger, code right, requirement,
# standard working days, enhanced working days.
DESIGN_TABLE = {
    "support_referral_offered": ("referral_received", "Right 4", "support_offer", 2, 2),
    "first_contact_attempt": ("referral_received", "Service standard", "contact_attempt", 2, 1),
    "investigation_update": ("investigation_step", "Right 6", "victim_update", 5, 1),
    "decision_update": ("charge_decision", "Right 6", "victim_update", 5, 1),
    "hearing_update": ("hearing_listed", "Right 8", "victim_update", 1, 1),
    "bail_update": ("bail_outcome", "Right 8", "victim_update", 5, 1),
    "outcome_update": ("court_outcome", "Right 9", "victim_update", 1, 1),
    "complaint_response": ("complaint_received", "Right 12", "complaint_response", 10, 10),
}

# Due dates by hand, for an event on each start day and a period of 1, 2, 5 or 10 working days.
#  Thu 24 Dec 2026: Fri 25 Christmas, weekend, Mon 28 Boxing Day substitute, Fri 1 Jan 2027.
#  Thu 25 Mar 2027: Good Friday 26, weekend, Easter Monday 29.
#  Mon 12 Oct 2026: an ordinary fortnight.
DUE_BY_HAND = {
    date(2026, 12, 24): {
        1: date(2026, 12, 29),
        2: date(2026, 12, 30),
        5: date(2027, 1, 5),
        10: date(2027, 1, 12),
    },
    date(2027, 3, 25): {
        1: date(2027, 3, 30),
        2: date(2027, 3, 31),
        5: date(2027, 4, 5),
        10: date(2027, 4, 12),
    },
    date(2026, 10, 12): {
        1: date(2026, 10, 13),
        2: date(2026, 10, 14),
        5: date(2026, 10, 19),
        10: date(2026, 10, 26),
    },
}

# Which rules each journey event starts (journey.EVENT_KINDS -> rules-table trigger).
RULES_STARTED_BY_EVENT = {
    "referral_received": {"support_referral_offered", "first_contact_attempt"},
    "arrest": {"investigation_update"},
    "interview": {"investigation_update"},
    "release": {"investigation_update"},
    "police_bail": {"investigation_update"},
    "released_under_investigation": {"investigation_update"},
    "no_investigation": {"investigation_update"},
    "charge": {"decision_update"},
    "no_further_action": {"decision_update"},
    "out_of_court_disposal": {"decision_update"},
    "first_hearing_listed": {"hearing_update"},
    "trial_date_listed": {"hearing_update"},
    "hearing_adjourned": {"hearing_update"},
    "bail_outcome": {"bail_update"},
    "warrant": {"bail_update"},
    "verdict": {"outcome_update"},
    "sentence": {"outcome_update"},
    "appeal": {"outcome_update"},
    "rj_outcome": set(),
    "complaint_received": {"complaint_response"},
}


@pytest.fixture(scope="module")
def rules():
    return load_default_rules()


def a_rule(**overrides):
    rule = {
        "id": "r1",
        "title": "A rule",
        "code_right": "Right 6",
        "trigger": "charge_decision",
        "applies_to": "all",
        "standard_days": 5,
        "enhanced_days": 1,
        "requires": "victim_update",
    }
    rule.update(overrides)
    return rule


# --- the shipped table is the DESIGN table --------------------------------------------------------


def test_shipped_table_holds_exactly_the_design_rules(rules):
    assert sorted(rule.id for rule in rules) == sorted(DESIGN_TABLE)


@pytest.mark.parametrize("rule_id", sorted(DESIGN_TABLE))
def test_shipped_rule_matches_design(rules, rule_id):
    trigger, right, requires, standard, enhanced = DESIGN_TABLE[rule_id]
    rule = next(r for r in rules if r.id == rule_id)
    assert rule.trigger == trigger
    assert rule.code_right == right
    assert rule.requires == requires
    assert rule.applies_to == "all"
    assert rule.title.strip()
    assert rule.period_for(enhanced=False) == standard
    assert rule.period_for(enhanced=True) == enhanced


@pytest.mark.parametrize("start", sorted(DUE_BY_HAND), ids=lambda d: d.isoformat())
@pytest.mark.parametrize("rule_id", sorted(DESIGN_TABLE))
@pytest.mark.parametrize("enhanced", [False, True], ids=["standard", "enhanced"])
def test_every_rule_due_date_on_a_real_calendar(rules, rule_id, start, enhanced):
    trigger, _right, _requires, standard, enhanced_days = DESIGN_TABLE[rule_id]
    period = enhanced_days if enhanced else standard
    created = obligations_for_event(trigger, start, enhanced, rules)
    mine = [o for o in created if o.rule_id == rule_id]
    assert len(mine) == 1
    assert mine[0].starts_on == start
    assert mine[0].due == DUE_BY_HAND[start][period]


def test_referral_on_christmas_eve_2026(rules):
    # Thu 24 Dec 2026, standard victim: offer support and first attempt both by Wed 30 Dec.
    standard = {
        o.rule_id: o.due
        for o in obligations_for_event("referral_received", date(2026, 12, 24), False, rules)
    }
    assert standard == {
        "support_referral_offered": date(2026, 12, 30),
        "first_contact_attempt": date(2026, 12, 30),
    }
    # Enhanced victim: the first contact attempt is due a day sooner, on Tue 29 Dec.
    enhanced = {
        o.rule_id: o.due
        for o in obligations_for_event("referral_received", date(2026, 12, 24), True, rules)
    }
    assert enhanced == {
        "support_referral_offered": date(2026, 12, 30),
        "first_contact_attempt": date(2026, 12, 29),
    }


def test_referral_on_a_saturday(rules):
    # Sat 10 Oct 2026: the first working day after it is Mon 12; the second Tue 13.
    due = {
        o.rule_id: o.due
        for o in obligations_for_event("referral_received", date(2026, 10, 10), True, rules)
    }
    assert due == {
        "support_referral_offered": date(2026, 10, 13),
        "first_contact_attempt": date(2026, 10, 12),
    }


@pytest.mark.parametrize("kind", sorted(EVENT_KINDS))
def test_each_journey_event_starts_the_right_rules(rules, kind):
    trigger = trigger_for(kind)
    if trigger is None:
        assert RULES_STARTED_BY_EVENT[kind] == set()
        return
    created = obligations_for_event(trigger, date(2026, 10, 12), False, rules)
    assert {o.rule_id for o in created} == RULES_STARTED_BY_EVENT[kind]


def test_every_journey_event_is_listed_in_this_test():
    assert set(RULES_STARTED_BY_EVENT) == set(EVENT_KINDS)


def test_unknown_journey_event_is_refused(rules):
    with pytest.raises(ValueError, match="parole_hearing"):
        obligations_for_event("parole_hearing", date(2026, 10, 12), False, rules)
    with pytest.raises(ValueError, match="parole_hearing"):
        trigger_for("parole_hearing")


# --- enhanced-only rules -----------------------------------------------------------------------------------


def test_enhanced_only_rule_creates_nothing_for_a_standard_victim():
    table = parse_rules(
        {
            "rules": [
                a_rule(
                    id="vps_offer",
                    trigger="charge_decision",
                    applies_to="enhanced",
                    standard_days=None,
                    enhanced_days=2,
                ),
                a_rule(id="decision_update", standard_days=5, enhanced_days=1),
            ]
        }
    )
    standard = obligations_for_event("charge_decision", date(2026, 10, 12), False, table)
    assert [o.rule_id for o in standard] == ["decision_update"]
    enhanced = obligations_for_event("charge_decision", date(2026, 10, 12), True, table)
    assert {o.rule_id: o.due for o in enhanced} == {
        "vps_offer": date(2026, 10, 14),
        "decision_update": date(2026, 10, 13),
    }


def test_enhanced_only_rule_ignores_a_standard_period_left_in_the_table():
    # An administrator narrows a rule to enhanced victims but leaves its standard period in:
    # standard victims must still get no obligation from it.
    table = parse_rules(
        {"rules": [a_rule(id="vps_offer", applies_to="enhanced", standard_days=3, enhanced_days=2)]}
    )
    assert obligations_for_event("charge_decision", date(2026, 10, 12), False, table) == []
    (enhanced,) = obligations_for_event("charge_decision", date(2026, 10, 12), True, table)
    assert enhanced.due == date(2026, 10, 14)


def test_enhanced_only_rule_may_omit_the_standard_period():
    rule = a_rule(applies_to="enhanced", enhanced_days=3)
    del rule["standard_days"]
    (parsed,) = parse_rules({"rules": [rule]})
    assert parsed.period_for(enhanced=False) is None
    assert parsed.period_for(enhanced=True) == 3


# --- obligation status ---------------------------------------------------------------------------------------

DUE = date(2026, 12, 30)


@pytest.mark.parametrize(
    ("met_on", "as_of", "status"),
    [
        (date(2026, 12, 29), date(2026, 12, 29), MET),  # met early
        (DUE, DUE, MET),  # met on the due day: on time (by the end of that day)
        (DUE, date(2027, 3, 1), MET),  # still on time when looked at later
        (date(2026, 12, 31), date(2026, 12, 31), MET_LATE),  # met the day after
        (date(2027, 2, 1), date(2027, 2, 1), MET_LATE),
        (None, date(2026, 12, 24), OPEN),  # not met, not yet due
        (None, DUE, OPEN),  # not met on the due day: still open
        (None, date(2026, 12, 31), OVERDUE),  # not met the day after
        (None, date(2027, 6, 1), OVERDUE),
    ],
)
def test_obligation_status(met_on, as_of, status):
    assert obligation_status(DUE, met_on, as_of) == status


def test_statuses_are_the_contract_words():
    # valctl obligations --format json promises these strings (DESIGN section 5).
    assert (MET, MET_LATE, OVERDUE, OPEN) == ("met", "met_late", "overdue", "open")


# --- which action meets which rules --------------------------------------------------------------------------


def test_rules_met_by(rules):
    assert rules_met_by("victim_update", rules) == {
        "investigation_update",
        "decision_update",
        "hearing_update",
        "bail_update",
        "outcome_update",
    }
    assert rules_met_by("contact_attempt", rules) == {"first_contact_attempt"}
    assert rules_met_by("support_offer", rules) == {"support_referral_offered"}
    assert rules_met_by("complaint_response", rules) == {"complaint_response"}
    assert rules_met_by("home_visit", rules) == set()


# --- a bad table is refused, and says why ----------------------------------------------------------------------


def test_a_good_custom_table_parses():
    (rule,) = parse_rules({"rules": [a_rule(standard_days=0, enhanced_days=0)]})
    assert rule.id == "r1"
    assert rule.period_for(enhanced=False) == 0


def test_applies_to_defaults_to_all():
    raw = a_rule()
    del raw["applies_to"]
    (rule,) = parse_rules({"rules": [raw]})
    assert rule.applies_to == "all"
    assert rule.period_for(enhanced=False) == 5


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ({"rules": []}, ["no rules"]),
        ({}, ["no rules"]),
        ({"rules": [a_rule(trigger="moon_phase")]}, ["r1", "unknown event", "moon_phase"]),
        ({"rules": [a_rule(requires="cake")]}, ["r1", "unknown action", "cake"]),
        ({"rules": [a_rule(), a_rule()]}, ["r1", "twice"]),
        ({"rules": [a_rule(applies_to="some")]}, ["r1", "some", "all or enhanced"]),
        ({"rules": [a_rule(standard_days=None)]}, ["r1", "no standard period"]),
        ({"rules": [a_rule(enhanced_days=None)]}, ["r1", "no enhanced period"]),
        ({"rules": [a_rule(standard_days=-1)]}, ["r1", "period"]),
        ({"rules": [a_rule(enhanced_days=-2)]}, ["r1", "period"]),
        ({"rules": [a_rule(standard_days=2.5)]}, ["r1", "period"]),
        ({"rules": [a_rule(enhanced_days="1")]}, ["r1", "period"]),
        ({"rules": [a_rule(standard_days=True)]}, ["r1", "period"]),
    ],
    ids=[
        "empty",
        "no-rules-key",
        "unknown-trigger",
        "unknown-requirement",
        "duplicate-id",
        "bad-applies-to",
        "missing-standard-period",
        "null-enhanced-period",
        "negative-standard",
        "negative-enhanced",
        "fractional",
        "text-period",
        "boolean-period",
    ],
)
def test_bad_table_is_refused_with_a_clear_message(table, words):
    with pytest.raises(RulesError) as caught:
        parse_rules(table)
    message = str(caught.value)
    for word in words:
        assert word in message


@pytest.mark.parametrize("key", ["id", "title", "trigger", "enhanced_days", "requires"])
def test_rule_missing_a_required_field_is_refused(key):
    raw = a_rule()
    del raw[key]
    with pytest.raises(RulesError, match=key):
        parse_rules({"rules": [raw]})


def test_missing_standard_period_is_refused_for_a_rule_for_everyone():
    raw = a_rule()
    del raw["standard_days"]
    with pytest.raises(RulesError, match="r1.*no standard period"):
        parse_rules({"rules": [raw]})


def test_the_duplicate_is_named_even_among_good_rules():
    table = {"rules": [a_rule(id="a"), a_rule(id="b"), a_rule(id="a")]}
    with pytest.raises(RulesError, match="'a' appears twice"):
        parse_rules(table)


@pytest.mark.parametrize("table", [[a_rule()], {"rules": ["not a rule"]}, {"rules": a_rule()}])
def test_malformed_table_is_a_rules_error_not_a_crash(table):
    with pytest.raises(RulesError):
        parse_rules(table)
