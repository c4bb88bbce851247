"""A referral typed in is checked by the referral file's own row rules, each problem kept by the
field at fault (intake.manual_referral)."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime

import pytest
from intake_files import row, write_file

from val_desktop.intake.manual_referral import (
    FIELD_LABELS,
    build_referral,
    enhanced_preview,
    generate_source_id,
    iso_date_text,
    iso_date_time_text,
)
from val_desktop.intake.referral_file import COLUMNS, ReferralFile, RejectedRow

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def self_referral(**values: str) -> dict[str, str]:
    fields = {
        "referral_source": "self", "source_id": "", "referred_at": "20/11/2026 14:30",
        "offence_category": "domestic_abuse", "offence_date": "18/11/2026",
        "first_name": "Siân", "last_name": "O'Brien-Smith", "date_of_birth": "02/01/1990",
        "phone": "07700 900444", "postcode": "wr3 8sp", "safe_to_call": "yes",
    }
    fields.update(values)
    return fields


def test_every_column_of_the_file_has_a_label_on_the_form():
    assert set(FIELD_LABELS) == set(COLUMNS)


def test_a_self_referral_becomes_the_record_an_import_makes_of_the_same_values(tmp_path):
    typed = {
        **row("SELF-X1", referral_source="self", crime_reference="", notes="Line one,\nline two"),
    }
    path = write_file(tmp_path / "one.csv", [typed])
    from_file = next(ReferralFile(path, now=NOW).rows())
    typed_in = build_referral(typed, now=NOW)
    assert typed_in.ok, typed_in.problems
    assert dataclasses.replace(from_file, line=None) == typed_in.record


def test_british_dates_are_read_and_values_normalised_as_in_the_file():
    result = build_referral(self_referral(), now=NOW)
    assert result.ok, result.problems
    record = result.record
    assert record.date_of_birth == date(1990, 1, 2)
    assert record.offence_date == date(2026, 11, 18)
    assert record.referred_at == datetime(2026, 11, 20, 14, 30, tzinfo=UTC)  # GMT in November
    assert record.postcode == "WR3 8SP"
    assert record.phone == "+447700900444"
    assert record.safe_to_write == "unknown"  # left at the default: unknown, which means no
    assert record.line is None


@pytest.mark.parametrize("source", ["self", "partner"])
def test_a_self_or_partner_referral_without_an_id_is_given_one(source):
    result = build_referral(self_referral(referral_source=source), now=NOW)
    assert result.ok
    assert re.fullmatch(rf"{source.upper()}-20261120-[A-Z2-9]{{6}}", result.source_id)
    assert result.record.source_id == result.source_id
    other = build_referral(self_referral(referral_source=source), now=NOW)
    assert other.source_id != result.source_id


def test_a_given_id_is_kept_and_generation_can_be_fixed():
    assert build_referral(self_referral(source_id=" VS-991 "), now=NOW).source_id == "VS-991"
    assert generate_source_id("self", date(2026, 11, 20), "ABC123") == "SELF-20261120-ABC123"


def test_a_police_referral_typed_in_needs_its_id_and_crime_reference():
    result = build_referral(self_referral(referral_source="police"), now=NOW)
    assert not result.ok
    assert result.problems == {
        "source_id": "This is required.",
        "crime_reference": "This is missing; a police referral must have one.",
    }


def test_a_bad_postcode_is_reported_against_the_postcode_field_only():
    result = build_referral(self_referral(postcode="WR99 ZZZZ"), now=NOW)
    assert result.record is None
    assert result.problems == {"postcode": "'WR99 ZZZZ' is not a valid UK postcode."}


def test_missing_names_and_offence_are_required():
    result = build_referral(self_referral(first_name=" ", last_name="", offence_category=""),
                            now=NOW)
    assert result.problems == {
        "offence_category": "This is required.",
        "first_name": "This is required.",
        "last_name": "This is required.",
    }


def test_date_problems_quote_the_date_as_typed():
    result = build_referral(self_referral(date_of_birth="31/02/1990", offence_date="2026-13-01"),
                            now=NOW)
    assert result.problems["date_of_birth"] == "'31/02/1990' is not a real date."
    assert result.problems["offence_date"] == "'2026-13-01' is not a real date."
    result = build_referral(self_referral(offence_date="21/11/2026"), now=NOW)
    assert result.problems == {
        "offence_date": "'21/11/2026' is after the date of the referral (2026-11-20)."}
    result = build_referral(self_referral(date_of_birth="last year"), now=NOW)
    assert "DD/MM/YYYY" in result.problems["date_of_birth"]


def test_a_referral_in_the_future_is_refused():
    result = build_referral(self_referral(referred_at="25/11/2026 09:00"), now=NOW)
    assert result.problems == {"referred_at": "'25/11/2026 09:00' is in the future."}


@pytest.mark.parametrize(
    "column, value",
    [
        ("postcode", "WR99 ZZZZ"),
        ("email", "nope"),
        ("phone", "12345"),
        ("offence_category", "asault"),
        ("first_name", "123"),
        ("last_name", "x" * 101),
        ("crime_reference", "R" * 41),
        ("preferred_language", "L" * 41),
        ("notes", "n" * 4001),
        ("town", "Worcester\nCity"),
        ("date_of_birth", "2030-01-01"),
        ("notes", "bell \x07 inside"),
        ("gender", "unknown"),
        ("safe_to_text", "maybe"),
    ],
)
def test_the_form_rejects_exactly_what_the_file_rejects(tmp_path, column, value):
    values = row("SAME-1", **{column: value})
    path = write_file(tmp_path / "one.csv", [values])
    rejected = next(ReferralFile(path, now=NOW).rows())
    assert isinstance(rejected, RejectedRow)
    result = build_referral(values, now=NOW)
    assert set(result.problems) == {column}
    # The file's reason is "<column> <message>"; the form shows the same message as a sentence.
    message = rejected.reason.removeprefix(f"{column} ")
    shown = result.problems[column].rstrip(".").removeprefix("This ")
    assert shown.lower() == message.rstrip(".").lower()


def test_the_form_refuses_columns_the_file_does_not_have():
    with pytest.raises(ValueError):
        build_referral({"nickname": "Bob"}, now=NOW)


def test_dates_are_turned_into_iso_only_when_they_look_british():
    assert iso_date_text("9/11/2026") == "2026-11-09"
    assert iso_date_text(" 2026-11-09 ") == "2026-11-09"
    assert iso_date_text("09.11.2026") == "09.11.2026"
    assert iso_date_time_text("09/11/2026 7:05") == "2026-11-09T07:05"


def test_the_preview_shows_enhanced_rights_as_the_facts_are_typed():
    assert enhanced_preview({"offence_category": ""}, date(2026, 11, 20)) == []
    assert enhanced_preview({"offence_category": "theft"}, date(2026, 11, 20)) == []
    reasons = enhanced_preview(
        {"offence_category": "theft", "date_of_birth": "01/06/2010", "vulnerable": "yes",
         "offence_date": "not a date"},
        date(2026, 11, 20),
    )
    assert [r.code for r in reasons] == ["under_18", "vulnerable"]
    reasons = enhanced_preview({"offence_category": "domestic_abuse"}, date(2026, 11, 20))
    assert [r.code for r in reasons] == ["most_serious_offence"]
