"""Needs assessment scores and the reassessment schedule (DESIGN section 2).

Expected dates are counted by hand (October has 31 days); none comes from the code under test.
"""

from __future__ import annotations

from datetime import date

import pytest

from val_desktop.domain.needs import (
    DUE,
    NEED_DOMAINS,
    NOT_DUE,
    OVERDUE,
    ReassessmentSchedule,
    change_by_domain,
    load_default_schedule,
    next_reassessment,
    reassessment_status,
    validate_scores,
)

REFERRED = date(2026, 10, 12)  # Monday
ASSESSED = date(2026, 10, 20)  # Tuesday

ALL_DOMAIN_LABELS = [
    "Safety and security",
    "Health and wellbeing",
    "Emotional impact and confidence",
    "Housing and accommodation",
    "Money and practical needs",
    "Support networks",
    "Children and family",
    "Work and learning",
    "Criminal justice information and legal needs",
    "Communication and access needs",
]


def full_scores(value: int = 1) -> dict[str, int]:
    return {domain: value for domain in NEED_DOMAINS}


@pytest.fixture(scope="module")
def schedule():
    return load_default_schedule()


# --- domains and scores --------------------------------------------------------------------------------


def test_the_design_need_domains_are_all_there():
    assert list(NEED_DOMAINS.values()) == ALL_DOMAIN_LABELS


@pytest.mark.parametrize("score", [0, 1, 2, 3])
def test_a_complete_assessment_can_be_saved(score):
    assert validate_scores(full_scores(score)) == []


@pytest.mark.parametrize("bad", [4, -1, 10, "2", 1.5, None])
def test_a_score_outside_0_to_3_is_refused(bad):
    scores = full_scores()
    scores["housing"] = bad
    assert validate_scores(scores) == ["Housing and accommodation: the score must be 0, 1, 2 or 3"]


def test_an_unknown_domain_is_refused():
    scores = full_scores()
    scores["pets"] = 2
    assert validate_scores(scores) == ["unknown need domain 'pets'"]


def test_unscored_domains_are_listed_by_name():
    scores = full_scores()
    del scores["money"]
    del scores["communication_access"]
    assert validate_scores(scores) == [
        "not scored: Money and practical needs, Communication and access needs"
    ]


def test_an_empty_assessment_lists_every_domain():
    assert validate_scores({}) == ["not scored: " + ", ".join(ALL_DOMAIN_LABELS)]


def test_several_problems_are_all_reported():
    scores = full_scores()
    scores["safety"] = 7
    scores["pets"] = 1
    del scores["health"]
    problems = validate_scores(scores)
    assert "Safety and security: the score must be 0, 1, 2 or 3" in problems
    assert "unknown need domain 'pets'" in problems
    assert "not scored: Health and wellbeing" in problems
    assert len(problems) == 3


def test_change_by_domain_shows_recovery_as_negative():
    earlier = full_scores(2)
    earlier["safety"] = 3
    later = full_scores(2)
    later["safety"] = 1  # eased by 2
    later["housing"] = 3  # worse by 1
    change = change_by_domain(earlier, later)
    assert change["safety"] == -2
    assert change["housing"] == 1
    assert change["health"] == 0
    assert set(change) == set(NEED_DOMAINS)


def test_change_by_domain_only_compares_domains_scored_both_times():
    change = change_by_domain({"safety": 3, "money": 1}, {"safety": 0, "housing": 2})
    assert change == {"safety": -3}


# --- the schedule ---------------------------------------------------------------------------------------


def test_default_schedule_is_the_design_schedule(schedule):
    assert (schedule.high_risk_days, schedule.enhanced_days, schedule.standard_days) == (7, 14, 28)
    # Charge decision, trial date set, verdict, sentence, RJ outcome.
    assert schedule.trigger_events == {
        "charge",
        "no_further_action",
        "out_of_court_disposal",
        "trial_date_listed",
        "verdict",
        "sentence",
        "rj_outcome",
    }


@pytest.mark.parametrize(
    ("risk", "enhanced", "days", "why"),
    [
        ("standard", False, 28, "standard schedule"),
        ("medium", False, 28, "standard schedule"),
        ("standard", True, 14, "enhanced rights"),
        ("medium", True, 14, "enhanced rights"),
        ("high", False, 7, "high risk"),
        ("high", True, 7, "high risk"),
    ],
)
def test_the_shortest_interval_that_applies_wins(schedule, risk, enhanced, days, why):
    assert schedule.interval(risk, enhanced) == (days, why)


def test_shortest_wins_whichever_it_is():
    # An administrator makes enhanced shorter than high risk: enhanced then wins for both.
    custom = ReassessmentSchedule(high_risk_days=10, enhanced_days=5, standard_days=20)
    assert custom.interval("high", True) == (5, "enhanced rights")
    assert custom.interval("high", False) == (10, "high risk")
    # And a standard interval shorter than the others is never beaten by them.
    short = ReassessmentSchedule(high_risk_days=7, enhanced_days=14, standard_days=3)
    assert short.interval("high", True) == (3, "standard schedule")


def test_from_mapping_reads_an_administrators_schedule():
    custom = ReassessmentSchedule.from_mapping(
        {
            "intervals": {"high_risk": 5, "enhanced": 10, "standard": 21},
            "due_soon_days": 2,
            "trigger_events": ["verdict", "sentence"],
        }
    )
    assert (custom.high_risk_days, custom.enhanced_days, custom.standard_days) == (5, 10, 21)
    assert custom.due_soon_days == 2
    assert custom.trigger_events == {"verdict", "sentence"}


def test_from_mapping_fills_gaps_with_the_defaults():
    custom = ReassessmentSchedule.from_mapping({"intervals": {"standard": 21}})
    assert (custom.high_risk_days, custom.enhanced_days, custom.standard_days) == (7, 14, 21)
    assert custom.due_soon_days == 3
    assert "charge" in custom.trigger_events


def test_from_mapping_refuses_unknown_events():
    with pytest.raises(ValueError, match="parole_board, pub_quiz"):
        ReassessmentSchedule.from_mapping(
            {"trigger_events": ["verdict", "pub_quiz", "parole_board"]}
        )


# --- first assessment -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("risk", "enhanced", "due", "reason"),
    [
        ("standard", False, date(2026, 11, 9), "28 days after the referral (standard schedule)"),
        ("standard", True, date(2026, 10, 26), "14 days after the referral (enhanced rights)"),
        ("high", False, date(2026, 10, 19), "7 days after the referral (high risk)"),
        ("high", True, date(2026, 10, 19), "7 days after the referral (high risk)"),
    ],
)
def test_first_assessment_due_after_the_referral(schedule, risk, enhanced, due, reason):
    result = next_reassessment(REFERRED, [], [], risk, enhanced, schedule)
    assert result.due == due
    assert result.reason == reason


# --- reassessment by time -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("risk", "enhanced", "due", "reason"),
    [
        (
            "standard",
            False,
            date(2026, 11, 17),
            "28 days after the last assessment (standard schedule)",
        ),
        (
            "standard",
            True,
            date(2026, 11, 3),
            "14 days after the last assessment (enhanced rights)",
        ),
        ("high", False, date(2026, 10, 27), "7 days after the last assessment (high risk)"),
    ],
)
def test_reassessment_due_after_the_last_assessment(schedule, risk, enhanced, due, reason):
    result = next_reassessment(REFERRED, [ASSESSED], [], risk, enhanced, schedule)
    assert result.due == due
    assert result.reason == reason


def test_the_latest_assessment_counts_whatever_the_order(schedule):
    assessments = [date(2026, 11, 2), ASSESSED, date(2026, 10, 14)]
    result = next_reassessment(REFERRED, assessments, [], "standard", False, schedule)
    assert result.due == date(2026, 11, 30)  # 2 Nov + 28 days


def test_assessments_may_be_given_as_a_generator(schedule):
    result = next_reassessment(
        REFERRED, (d for d in [ASSESSED]), iter([]), "standard", False, schedule
    )
    assert result.due == date(2026, 11, 17)


# --- reassessment brought forward by journey events -------------------------------------------------------------


def test_a_trigger_event_after_the_last_assessment_makes_it_due_that_day(schedule):
    result = next_reassessment(
        REFERRED, [ASSESSED], [("charge", date(2026, 11, 2))], "standard", False, schedule
    )
    assert result.due == date(2026, 11, 2)
    assert "Suspect charged" in result.reason
    assert "2 Nov 2026" in result.reason


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        ("charge", "Suspect charged"),
        ("no_further_action", "No further action"),
        ("out_of_court_disposal", "Out-of-court disposal"),
        ("trial_date_listed", "Trial date listed"),
        ("verdict", "Verdict"),
        ("sentence", "Sentence"),
        ("rj_outcome", "Restorative justice outcome"),
    ],
)
def test_each_design_trigger_event_brings_reassessment_forward(schedule, kind, label):
    result = next_reassessment(
        REFERRED, [ASSESSED], [(kind, date(2026, 10, 28))], "standard", False, schedule
    )
    assert result.due == date(2026, 10, 28)
    assert result.reason.startswith(label)


def test_an_event_the_day_after_the_assessment_counts(schedule):
    result = next_reassessment(
        REFERRED, [ASSESSED], [("verdict", date(2026, 10, 21))], "standard", False, schedule
    )
    assert result.due == date(2026, 10, 21)


@pytest.mark.parametrize("on", [ASSESSED, date(2026, 10, 19), date(2026, 10, 13)])
def test_an_event_on_or_before_the_last_assessment_was_already_covered(schedule, on):
    result = next_reassessment(REFERRED, [ASSESSED], [("charge", on)], "standard", False, schedule)
    assert result.due == date(2026, 11, 17)
    assert result.reason == "28 days after the last assessment (standard schedule)"


@pytest.mark.parametrize("kind", ["arrest", "first_hearing_listed", "bail_outcome", "appeal"])
def test_an_event_not_in_the_trigger_list_does_not(schedule, kind):
    result = next_reassessment(
        REFERRED, [ASSESSED], [(kind, date(2026, 11, 2))], "standard", False, schedule
    )
    assert result.due == date(2026, 11, 17)


def test_an_administrator_can_take_an_event_off_the_list():
    custom = ReassessmentSchedule.from_mapping({"trigger_events": ["verdict", "sentence"]})
    charged = next_reassessment(
        REFERRED, [ASSESSED], [("charge", date(2026, 11, 2))], "standard", False, custom
    )
    assert charged.due == date(2026, 11, 17)
    sentenced = next_reassessment(
        REFERRED, [ASSESSED], [("sentence", date(2026, 11, 2))], "standard", False, custom
    )
    assert sentenced.due == date(2026, 11, 2)


def test_the_earliest_trigger_event_counts(schedule):
    events = [
        ("sentence", date(2026, 11, 10)),
        ("arrest", date(2026, 10, 22)),  # not a trigger
        ("verdict", date(2026, 11, 5)),
        ("charge", date(2026, 10, 19)),  # before the assessment
    ]
    result = next_reassessment(REFERRED, [ASSESSED], events, "standard", False, schedule)
    assert result.due == date(2026, 11, 5)
    assert result.reason.startswith("Verdict")


def test_time_wins_when_it_comes_before_the_event(schedule):
    # High risk: due 27 Oct by time; a verdict on 5 Nov does not push it later.
    result = next_reassessment(
        REFERRED, [ASSESSED], [("verdict", date(2026, 11, 5))], "high", False, schedule
    )
    assert result.due == date(2026, 10, 27)
    assert result.reason == "7 days after the last assessment (high risk)"


# --- due, overdue, not yet due ------------------------------------------------------------------------------------

DUE_ON = date(2026, 11, 9)


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        (date(2026, 10, 20), NOT_DUE),
        (date(2026, 11, 5), NOT_DUE),  # 4 days ahead
        (date(2026, 11, 6), DUE),  # 3 days ahead: due soon, shown to the SPOC
        (date(2026, 11, 8), DUE),
        (DUE_ON, DUE),  # on the day
        (date(2026, 11, 10), OVERDUE),  # the day after
        (date(2027, 1, 4), OVERDUE),
    ],
)
def test_reassessment_status_boundaries(schedule, as_of, status):
    assert reassessment_status(DUE_ON, as_of, schedule) == status


def test_due_soon_window_follows_the_schedule():
    custom = ReassessmentSchedule(due_soon_days=0)
    assert reassessment_status(DUE_ON, date(2026, 11, 8), custom) == NOT_DUE
    assert reassessment_status(DUE_ON, DUE_ON, custom) == DUE
    assert reassessment_status(DUE_ON, date(2026, 11, 10), custom) == OVERDUE
