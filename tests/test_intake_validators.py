"""Single-value checks of the referral file: postcodes, phones, emails, names, dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from val_desktop.intake.validators import (
    Invalid,
    control_characters,
    parse_choice,
    parse_code,
    parse_date,
    parse_date_time,
    parse_email,
    parse_name,
    parse_phone,
    parse_postcode,
    show,
    uk_date,
)

# --- postcodes: every outward form and Royal Mail's letter rules --------------------------


@pytest.mark.parametrize(
    "raw, normalised",
    [
        ("M1 1AE", "M1 1AE"),  # A9
        ("B33 8TH", "B33 8TH"),  # A99
        ("W1A 0AX", "W1A 0AX"),  # A9A
        ("CR2 6XH", "CR2 6XH"),  # AA9
        ("DN55 1PT", "DN55 1PT"),  # AA99
        ("EC1A 1BB", "EC1A 1BB"),  # AA9A
        ("SW1A 2AA", "SW1A 2AA"),
        ("BT1 5GS", "BT1 5GS"),  # Northern Ireland
        ("GY1 1AA", "GY1 1AA"),  # Guernsey
        ("GIR 0AA", "GIR 0AA"),
        ("gir0aa", "GIR 0AA"),
        ("wr38sp", "WR3 8SP"),
        ("  Wr3 8sP ", "WR3 8SP"),
        ("WR3\t8SP", "WR3 8SP"),
        ("W R 3 8 S P", "WR3 8SP"),
        ("HR4 5DF", "HR4 5DF"),
    ],
)
def test_postcode_accepted(raw, normalised):
    assert parse_postcode(raw) == normalised


@pytest.mark.parametrize(
    "raw",
    [
        "WR99 ZZZ",  # inward code must start with a digit
        "QA1 1AA",  # Q never first
        "VA1 1AA",  # V never first
        "XA1 1AA",  # X never first
        "AI1 1AA",  # I never second
        "AJ1 1AA",  # J never second
        "AZ1 1AA",  # Z never second
        "W1I 0AX",  # A9A third letter only from ABCDEFGHJKPSTUW
        "W1L 0AX",
        "EC1C 1BB",  # AA9A fourth letter only from ABEHMNPRVWXY
        "EC1Z 1BB",
        "WR3 8CP",  # inward letters never C, I, K, M, O, V
        "WR3 8SI",
        "WR3 8KS",
        "WR3 8MS",
        "WR3 8OS",
        "WR3 8VS",
        "WR3",  # outward only
        "8SP",
        "WR3 8SPX",
        "WR123 8SP",  # three digits
        "9R3 8SP",  # starts with a digit
        "WR3 88P",
        "GIR 0AB",
        "12345",
        "WR3-8SP",
        "ＷＲ３ ８ＳＰ",  # full-width letters and digits
    ],
)
def test_postcode_rejected(raw):
    with pytest.raises(Invalid, match="is not a valid UK postcode"):
        parse_postcode(raw)


# --- phones ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, e164",
    [
        ("07700 900000", "+447700900000"),  # Ofcom drama range, first
        ("07700 900999", "+447700900999"),  # Ofcom drama range, last
        ("01632 960001", "+441632960001"),  # drama, geographic
        ("0115 496 0123", "+441154960123"),  # drama, Nottingham
        ("0113 496 0000", "+441134960000"),  # drama, valid in metadata already
        ("07400 123456", "+447400123456"),  # an ordinary mobile
        ("+44 1905 123456", "+441905123456"),
        ("01905.123456", "+441905123456"),
        ("028 9649 6123", "+442896496123"),  # Northern Ireland
        ("07911 123456", "+447911123456"),  # +44 number the metadata places in Guernsey
    ],
)
def test_phone_accepted(raw, e164):
    assert parse_phone(raw) == e164


@pytest.mark.parametrize(
    "raw",
    [
        "12345",
        "07700 90044",  # one digit short of a drama number
        "07700 9004444",  # one digit too many
        "07700 901000",  # just outside the drama range, and not allocated
        "01632 96012",
        "+353 1 234 5678",  # Ireland
        "+1 202 555 0143",
        "07700 900444 x12",
        "07700 900444 / 07700 900445",
        "+44+7700900444",
        "tel:07700900444",
        "",
        "0",
    ],
)
def test_phone_rejected(raw):
    with pytest.raises(Invalid, match="is not a valid UK phone number"):
        parse_phone(raw)


# --- email ----------------------------------------------------------------------------------


def test_email_normalised_domain_lower_case_local_part_kept():
    assert parse_email("Ava.Lewis@Example.ORG") == "Ava.Lewis@example.org"
    assert parse_email("łuc50@example.org") == "łuc50@example.org"


@pytest.mark.parametrize(
    "raw", ["no-at-sign", "two@@example.org", "a@localhost", "a@example", "a@test.test"]
)
def test_email_rejected_with_the_reason(raw):
    with pytest.raises(Invalid) as caught:
        parse_email(raw)
    message = str(caught.value)
    assert message.startswith(f"'{raw}' is not a valid email address: ")
    assert not message.endswith(".")


# --- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["Łucja", "Siân", "محمد", "O'Brien-Smith", "王芳", "Nguyễn", "אברהם", "J"]
)
def test_name_any_script(name):
    assert parse_name(name) == name


@pytest.mark.parametrize("name", ["1", "--", "'", "😀", "٣"])
def test_name_needs_a_letter(name):
    with pytest.raises(Invalid, match="has no letters"):
        parse_name(name)


# --- dates and times --------------------------------------------------------------------------


def test_parse_date():
    assert parse_date("2026-11-09") == date(2026, 11, 9)
    for raw in ("2026-11-9", "2026/11/09", "26-11-09", "2026-11-09 ", "+2026-11-09"):
        with pytest.raises(Invalid, match="YYYY-MM-DD"):
            parse_date(raw)
    with pytest.raises(Invalid, match="not a real date"):
        parse_date("2026-13-01")


def test_parse_date_time_summer_winter_and_offsets():
    assert parse_date_time("2026-07-01T10:00") == datetime(2026, 7, 1, 9, tzinfo=UTC)
    assert parse_date_time("2026-12-01T10:00") == datetime(2026, 12, 1, 10, tzinfo=UTC)
    assert parse_date_time("2026-07-01T10:00+01") == datetime(2026, 7, 1, 9, tzinfo=UTC)
    assert parse_date_time("2026-07-01T10:00:00,5Z") == datetime(
        2026, 7, 1, 10, 0, 0, 500000, tzinfo=UTC
    )
    assert parse_date_time("2026-07-01T10:00:00.000000000+00:00").tzinfo is UTC


def test_parse_date_time_result_is_utc_even_across_midnight():
    moment = parse_date_time("2026-07-01T00:30")
    assert moment == datetime(2026, 6, 30, 23, 30, tzinfo=UTC)
    assert uk_date(moment) == date(2026, 7, 1)


# --- small helpers --------------------------------------------------------------------------


def test_control_characters_found_except_tab_cr_lf():
    assert control_characters("a\tb\r\nc") == []
    assert control_characters("a\x00b\x07\x00") == ["\x00", "\x07"]
    assert control_characters("\u200f\u200d\u2028") == []  # RTL mark, ZWJ, line separator: not Cc


def test_choice_and_code():
    assert parse_choice("YES", ("yes", "no")) == "yes"
    with pytest.raises(Invalid, match="must be yes or no, not 'ja'"):
        parse_choice("ja", ("yes", "no"))
    with pytest.raises(Invalid, match=r"did you mean 'theft'\?"):
        parse_code("thef", ["theft", "fraud"], "offence category")
    with pytest.raises(Invalid) as caught:
        parse_code("zzzzzz", ["theft", "fraud"], "offence category")
    assert str(caught.value) == "'zzzzzz' is not a known offence category"


def test_show_cuts_long_values():
    assert show("short") == "'short'"
    assert show("x" * 100) == "'" + "x" * 39 + "…'"
