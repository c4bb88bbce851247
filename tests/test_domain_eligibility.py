"""Enhanced rights under the Victims' Code, with the reasons a caseworker sees (DESIGN sections 2, 3)."""

from __future__ import annotations

from datetime import date

import pytest

from val_desktop.domain.eligibility import EligibilityFacts, enhanced_reasons, is_enhanced
from val_desktop.domain.vocabulary import OFFENCE_CATEGORIES

# DESIGN section 3: "victims of the most serious crime (bereaved close relatives, domestic abuse,
# hate crime, terrorism, sexual offences, human trafficking and modern slavery, attempted murder,
# kidnap, false imprisonment, arson with intent to endanger life, wounding or GBH with intent)",
# mapped onto the offence categories of the referral file, with the label the screen shows.
MOST_SERIOUS = {
    "homicide_bereaved": "Homicide (bereaved family)",
    "road_death_bereaved": "Road death (bereaved family)",
    "attempted_murder": "Attempted murder",
    "sexual_offence": "Sexual offence",
    "child_sexual_exploitation": "Child sexual exploitation",
    "domestic_abuse": "Domestic abuse",
    "hate_crime": "Hate crime",
    "terrorism": "Terrorism",
    "modern_slavery": "Modern slavery and human trafficking",
    "wounding_gbh": "Wounding or GBH with intent",
    "arson_endanger_life": "Arson with intent to endanger life",
}
NOT_MOST_SERIOUS = [
    "stalking",
    "harassment",
    "criminal_exploitation",
    "assault",
    "robbery",
    "burglary",
    "theft",
    "criminal_damage",
    "fraud",
    "cyber_crime",
    "road_traffic_collision",
    "rural_crime",
    "antisocial_behaviour",
    "other",
]

OFFENCE_DAY = date(2026, 6, 10)


def codes(facts: EligibilityFacts, today: date | None = None) -> list[str]:
    return [reason.code for reason in enhanced_reasons(facts, today)]


def test_every_offence_category_is_classified_by_this_test():
    # A new category must be placed on one side or the other deliberately.
    assert set(MOST_SERIOUS) | set(NOT_MOST_SERIOUS) == set(OFFENCE_CATEGORIES)
    assert not set(MOST_SERIOUS) & set(NOT_MOST_SERIOUS)


def test_no_reason_means_the_standard_service():
    facts = EligibilityFacts(
        offence_category="burglary",
        offence_date=OFFENCE_DAY,
        date_of_birth=date(1980, 3, 1),
        vulnerable=False,
        intimidated=False,
        persistently_targeted=False,
    )
    assert enhanced_reasons(facts, today=date(2026, 6, 12)) == []
    assert is_enhanced(facts, today=date(2026, 6, 12)) is False


def test_unknown_answers_are_not_reasons():
    facts = EligibilityFacts(offence_category="theft")  # everything else unknown (None)
    assert enhanced_reasons(facts) == []
    assert not is_enhanced(facts)


# --- under 18 at the time of the offence ---------------------------------------------------------


@pytest.mark.parametrize(
    ("date_of_birth", "under_18"),
    [
        (date(2008, 6, 11), True),  # 18th birthday the day after the offence: still 17
        (date(2008, 6, 10), False),  # 18th birthday on the day of the offence: 18
        (date(2008, 6, 9), False),  # 18th birthday the day before: 18
        (date(2015, 1, 1), True),  # a child of 11
        (date(1990, 6, 11), False),  # an adult whose birthday is tomorrow
    ],
)
def test_under_18_at_the_offence(date_of_birth, under_18):
    facts = EligibilityFacts("theft", offence_date=OFFENCE_DAY, date_of_birth=date_of_birth)
    reasons = enhanced_reasons(facts, today=date(2026, 9, 1))
    if under_18:
        assert [(r.code, r.text) for r in reasons] == [
            ("under_18", "Under 18 at the time of the offence")
        ]
        assert is_enhanced(facts, today=date(2026, 9, 1))
    else:
        assert reasons == []
        assert not is_enhanced(facts, today=date(2026, 9, 1))


def test_age_is_taken_at_the_offence_not_at_referral():
    # 17 when the offence happened, 18 by the time VAL hears of it: still enhanced.
    facts = EligibilityFacts(
        "assault", offence_date=date(2026, 1, 5), date_of_birth=date(2008, 3, 1)
    )
    assert codes(facts, today=date(2026, 6, 1)) == ["under_18"]


def test_leap_day_birthday():
    # Born 29 Feb 2008: in 2026 (not a leap year) the 18th birthday is taken as 1 March.
    born = date(2008, 2, 29)
    on_28_feb = EligibilityFacts("theft", offence_date=date(2026, 2, 28), date_of_birth=born)
    on_1_mar = EligibilityFacts("theft", offence_date=date(2026, 3, 1), date_of_birth=born)
    assert codes(on_28_feb) == ["under_18"]
    assert codes(on_1_mar) == []


def test_no_offence_date_falls_back_to_today():
    facts = EligibilityFacts("theft", offence_date=None, date_of_birth=date(2008, 6, 11))
    assert codes(facts, today=date(2026, 6, 10)) == ["under_18"]  # 17 today
    assert codes(facts, today=date(2026, 6, 11)) == []  # 18 today


def test_no_date_of_birth_gives_no_age_reason():
    facts = EligibilityFacts("theft", offence_date=OFFENCE_DAY, date_of_birth=None)
    assert codes(facts, today=OFFENCE_DAY) == []


# --- most serious crime -----------------------------------------------------------------------------


@pytest.mark.parametrize("category", sorted(MOST_SERIOUS))
def test_most_serious_crime_is_a_reason(category):
    facts = EligibilityFacts(category, offence_date=OFFENCE_DAY, date_of_birth=date(1980, 1, 1))
    reasons = enhanced_reasons(facts, today=OFFENCE_DAY)
    assert [r.code for r in reasons] == ["most_serious_offence"]
    assert reasons[0].text == f"Victim of the most serious crime: {MOST_SERIOUS[category]}"
    assert is_enhanced(facts, today=OFFENCE_DAY)


@pytest.mark.parametrize("category", NOT_MOST_SERIOUS)
def test_other_crimes_are_not_a_reason_on_their_own(category):
    facts = EligibilityFacts(category, offence_date=OFFENCE_DAY, date_of_birth=date(1980, 1, 1))
    assert enhanced_reasons(facts, today=OFFENCE_DAY) == []
    assert not is_enhanced(facts, today=OFFENCE_DAY)


# --- vulnerable, intimidated, persistently targeted ---------------------------------------------------


@pytest.mark.parametrize(
    ("flag", "code", "text"),
    [
        ("vulnerable", "vulnerable", "Vulnerable victim"),
        ("intimidated", "intimidated", "Intimidated victim"),
        ("persistently_targeted", "persistently_targeted", "Persistently targeted victim"),
    ],
)
def test_each_flag_alone_is_a_reason(flag, code, text):
    facts = EligibilityFacts("criminal_damage", **{flag: True})
    reasons = enhanced_reasons(facts, today=OFFENCE_DAY)
    assert [(r.code, r.text) for r in reasons] == [(code, text)]
    assert is_enhanced(facts, today=OFFENCE_DAY)
    assert enhanced_reasons(EligibilityFacts("criminal_damage", **{flag: False})) == []


# --- the caseworker's own reasons ----------------------------------------------------------------------


def test_caseworker_reason_alone_makes_the_victim_enhanced():
    facts = EligibilityFacts("other", caseworker_reasons=("Kidnapped and held for two days",))
    reasons = enhanced_reasons(facts)
    assert [(r.code, r.text) for r in reasons] == [
        ("caseworker", "Caseworker: Kidnapped and held for two days")
    ]
    assert is_enhanced(facts)


def test_caseworker_reasons_are_kept_verbatim_in_order_and_blank_ones_ignored():
    facts = EligibilityFacts(
        "theft",
        caseworker_reasons=(
            "  Lives with the suspect's family, O'Brien-Smith ",
            "",
            "   ",
            "Siân asked for a Welsh speaker; elderly and alone",
        ),
    )
    assert [r.text for r in enhanced_reasons(facts)] == [
        "Caseworker: Lives with the suspect's family, O'Brien-Smith",
        "Caseworker: Siân asked for a Welsh speaker; elderly and alone",
    ]


def test_only_blank_caseworker_reasons_leave_the_victim_standard():
    facts = EligibilityFacts("theft", caseworker_reasons=("", "  ", "\t"))
    assert enhanced_reasons(facts) == []
    assert not is_enhanced(facts)


# --- several at once --------------------------------------------------------------------------------------


def test_every_reason_is_kept_when_several_apply():
    facts = EligibilityFacts(
        "domestic_abuse",
        offence_date=OFFENCE_DAY,
        date_of_birth=date(2010, 2, 2),
        vulnerable=True,
        intimidated=True,
        persistently_targeted=True,
        caseworker_reasons=("Suspect has made threats to kill",),
    )
    reasons = enhanced_reasons(facts, today=date(2026, 6, 12))
    assert [(r.code, r.text) for r in reasons] == [
        ("under_18", "Under 18 at the time of the offence"),
        ("most_serious_offence", "Victim of the most serious crime: Domestic abuse"),
        ("vulnerable", "Vulnerable victim"),
        ("intimidated", "Intimidated victim"),
        ("persistently_targeted", "Persistently targeted victim"),
        ("caseworker", "Caseworker: Suspect has made threats to kill"),
    ]
    assert is_enhanced(facts, today=date(2026, 6, 12))


def test_two_reasons_both_shown():
    facts = EligibilityFacts("hate_crime", intimidated=True)
    assert codes(facts) == ["most_serious_offence", "intimidated"]
