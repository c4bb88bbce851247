"""The referral file (DESIGN section 6): file-level checks, row structure, every column rule,
the sample file and the rejects file."""

from __future__ import annotations

import csv
import io
import random
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from val_desktop.intake.referral_file import (
    COLUMNS,
    REQUIRED_COLUMNS,
    ReferralFile,
    ReferralFileError,
    ReferralRecord,
    RejectedRow,
    rejects_path_for,
    write_rejects,
)

SAMPLE = Path("/work/shared/data/referrals-sample.csv")
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

GOOD = {
    "source_id": "ATH-2026-1",
    "referral_source": "police",
    "referred_at": "2026-11-09T04:46",
    "crime_reference": "22/86387/26",
    "reported_to_police": "yes",
    "offence_category": "assault",
    "offence_date": "2026-11-08",
    "first_name": "Ava",
    "last_name": "Lewis",
    "date_of_birth": "1990-05-17",
    "gender": "female",
    "phone": "07700 900444",
    "email": "ava@example.org",
    "address_line1": "31 Church Lane",
    "address_line2": "Claines",
    "town": "Worcester",
    "postcode": "WR3 8SP",
    "safe_to_call": "yes",
    "safe_to_leave_voicemail": "no",
    "safe_to_text": "yes",
    "safe_to_write": "no",
    "safe_to_email": "unknown",
    "consent_to_contact": "yes",
    "vulnerable": "no",
    "intimidated": "yes",
    "persistently_targeted": "no",
    "interpreter_needed": "no",
    "disability": "not_stated",
    "preferred_language": "English",
    "notes": "Prefers afternoon calls.",
}


# --- helpers -----------------------------------------------------------------------------


def csv_text(rows: list[dict[str, str]], header: list[str] | None = None, eol: str = "\n") -> str:
    header = list(header or GOOD)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=eol)
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    return out.getvalue()


def write(tmp_path: Path, content: str | bytes, name: str = "referrals.csv") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def read_all(path: Path, now: datetime = NOW) -> list[ReferralRecord | RejectedRow]:
    return list(ReferralFile(path, now=now).rows())


def parse_rows(tmp_path: Path, rows: list[dict[str, str]], **kw) -> list:
    return read_all(write(tmp_path, csv_text(rows, **kw)))


def one(tmp_path: Path, now: datetime = NOW, **changes: str) -> ReferralRecord | RejectedRow:
    [result] = read_all(write(tmp_path, csv_text([{**GOOD, **changes}])), now)
    return result


def accepted(tmp_path: Path, now: datetime = NOW, **changes: str) -> ReferralRecord:
    result = one(tmp_path, now, **changes)
    assert isinstance(result, ReferralRecord), getattr(result, "reason", result)
    return result


def rejected(tmp_path: Path, **changes: str) -> str:
    result = one(tmp_path, **changes)
    assert isinstance(result, RejectedRow), f"expected a rejection, got {result}"
    return result.reason


def file_error(tmp_path: Path, content: str | bytes) -> str:
    path = write(tmp_path, content)
    with pytest.raises(ReferralFileError) as caught:
        ReferralFile(path, now=NOW)
    return str(caught.value)


# --- interface -----------------------------------------------------------------------------


def test_columns_are_the_documented_ones_in_order():
    assert COLUMNS == tuple(GOOD)
    assert REQUIRED_COLUMNS == {
        "source_id",
        "referral_source",
        "referred_at",
        "crime_reference",
        "offence_category",
        "first_name",
        "last_name",
    }


def test_a_good_row_becomes_a_record_with_every_value(tmp_path):
    record = accepted(tmp_path)
    assert record == ReferralRecord(
        line=2,
        source_id="ATH-2026-1",
        referral_source="police",
        referred_at=datetime(2026, 11, 9, 4, 46, tzinfo=UTC),
        crime_reference="22/86387/26",
        reported_to_police=True,
        offence_category="assault",
        offence_date=date(2026, 11, 8),
        first_name="Ava",
        last_name="Lewis",
        date_of_birth=date(1990, 5, 17),
        gender="female",
        phone="+447700900444",
        email="ava@example.org",
        address_line1="31 Church Lane",
        address_line2="Claines",
        town="Worcester",
        postcode="WR3 8SP",
        safe_to_call="yes",
        safe_to_leave_voicemail="no",
        safe_to_text="yes",
        safe_to_write="no",
        safe_to_email="unknown",
        consent_to_contact=True,
        vulnerable=False,
        intimidated=True,
        persistently_targeted=False,
        interpreter_needed=False,
        disability="not_stated",
        preferred_language="English",
        notes="Prefers afternoon calls.",
    )


def test_missing_optional_values_are_none_and_permissions_unknown(tmp_path):
    optional = set(COLUMNS) - REQUIRED_COLUMNS
    record = accepted(
        tmp_path, referral_source="self", crime_reference="", **dict.fromkeys(optional, "")
    )
    for column in optional - {c for c in COLUMNS if c.startswith("safe_to_")}:
        assert getattr(record, column) is None, column
    assert record.crime_reference is None
    assert [record.safe_to_call, record.safe_to_leave_voicemail, record.safe_to_text] == [
        "unknown"
    ] * 3
    assert [record.safe_to_write, record.safe_to_email] == ["unknown"] * 2


def test_optional_columns_may_be_left_out_of_the_header(tmp_path):
    header = sorted(REQUIRED_COLUMNS)
    [record] = parse_rows(tmp_path, [GOOD], header=header)
    assert isinstance(record, ReferralRecord)
    assert record.postcode is None and record.phone is None and record.notes is None
    assert record.safe_to_write == "unknown"


def test_values_are_trimmed(tmp_path):
    record = accepted(
        tmp_path, source_id="  ATH-9 \t", first_name=" Ava ", town="  Worcester  ", notes="  hi  "
    )
    assert (record.source_id, record.first_name, record.town, record.notes) == (
        "ATH-9",
        "Ava",
        "Worcester",
        "hi",
    )


# --- file-level problems -----------------------------------------------------------------


def test_not_utf8_is_a_file_error_naming_the_line_even_at_the_end_of_the_file(tmp_path):
    good = csv_text([GOOD, {**GOOD, "source_id": "ATH-2"}]).encode()
    latin1 = csv_text([{**GOOD, "source_id": "ATH-3", "first_name": "Siân"}], header=list(GOOD))
    latin1_row = latin1.splitlines(keepends=True)[1].encode("latin-1")
    message = file_error(tmp_path, good + latin1_row)
    assert "not UTF-8" in message
    assert "line 4" in message
    assert "0xE2" in message


def test_utf16_file_is_a_file_error(tmp_path):
    message = file_error(tmp_path, csv_text([GOOD]).encode("utf-16"))
    assert "UTF-16" in message and "UTF-8" in message


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\n\n  \r\n", b",,,\n"])
def test_empty_file_has_no_header(tmp_path, content):
    assert "no header" in file_error(tmp_path, content)


def test_header_only_gives_no_rows(tmp_path):
    assert read_all(write(tmp_path, ",".join(COLUMNS) + "\r\n")) == []


def test_unknown_column_is_a_file_error_with_a_suggestion(tmp_path):
    header = [*GOOD, "victim_mood", "postcod"]
    message = file_error(tmp_path, csv_text([GOOD], header=header))
    assert "unknown column 'victim_mood'" in message
    assert "unknown column 'postcod' (did you mean 'postcode'?)" in message


def test_column_names_are_case_sensitive(tmp_path):
    header = ["Source_ID" if c == "source_id" else c for c in GOOD]
    message = file_error(tmp_path, csv_text([GOOD], header=header))
    assert "unknown column 'Source_ID' (did you mean 'source_id'?)" in message
    assert "missing from the header: source_id" in message


@pytest.mark.parametrize("column", sorted(REQUIRED_COLUMNS))
def test_required_column_missing_is_a_file_error(tmp_path, column):
    header = [c for c in GOOD if c != column]
    message = file_error(tmp_path, csv_text([GOOD], header=header))
    assert message == f"required column(s) missing from the header: {column}"


def test_several_missing_columns_are_named_together(tmp_path):
    header = [c for c in GOOD if c not in ("first_name", "last_name")]
    message = file_error(tmp_path, csv_text([GOOD], header=header))
    assert "first_name, last_name" in message


def test_duplicate_column_is_a_file_error(tmp_path):
    header = [*GOOD, "notes"]
    message = file_error(tmp_path, csv_text([GOOD], header=header))
    assert "column 'notes' appears 2 times in the header" in message


def test_header_with_an_empty_name_is_a_file_error(tmp_path):
    message = file_error(tmp_path, ",".join(COLUMNS) + ",\n")
    assert f"column {len(COLUMNS) + 1} of the header has no name" in message


def test_header_with_an_unclosed_quote_is_a_file_error(tmp_path):
    message = file_error(tmp_path, 'source_id,"referral_source\nATH-1,police\n')
    assert "the header row is damaged: a quotation mark opened on line 1 is never closed" in message


def test_now_must_be_aware(tmp_path):
    with pytest.raises(ValueError, match="aware"):
        ReferralFile(write(tmp_path, csv_text([GOOD])), now=datetime(2026, 11, 27))


def test_missing_file_is_a_file_error(tmp_path):
    with pytest.raises(ReferralFileError, match="no file"):
        ReferralFile(tmp_path / "nowhere.csv")


def test_folder_is_a_file_error(tmp_path):
    with pytest.raises(ReferralFileError, match="folder"):
        ReferralFile(tmp_path)


def test_header_names_are_trimmed_and_the_bom_stripped(tmp_path):
    text = ", ".join(GOOD) + "\n" + csv_text([GOOD]).split("\n", 1)[1]
    referral_file = ReferralFile(write(tmp_path, b"\xef\xbb\xbf" + text.encode()), now=NOW)
    assert referral_file.header == list(GOOD)
    [record] = referral_file.rows()
    assert isinstance(record, ReferralRecord) and record.source_id == "ATH-2026-1"


# --- structure of the text -----------------------------------------------------------------


def test_bom_is_allowed(tmp_path):
    path = write(tmp_path, b"\xef\xbb\xbf" + csv_text([GOOD]).encode())
    [record] = read_all(path)
    assert isinstance(record, ReferralRecord)
    assert record.source_id == "ATH-2026-1"


def test_crlf_line_ends(tmp_path):
    rows = [
        GOOD,
        {**GOOD, "source_id": "ATH-2", "notes": "one\r\ntwo"},
        {**GOOD, "source_id": "ATH-3"},
    ]
    content = csv_text(rows, eol="\r\n")
    assert content.count("\r\n") == 5
    results = read_all(write(tmp_path, content))
    assert [r.line for r in results] == [2, 3, 5]
    assert results[1].notes == "one\ntwo"
    assert all(isinstance(r, ReferralRecord) for r in results)


def test_line_numbers_after_quoted_line_breaks(tmp_path):
    rows = [
        {**GOOD, "source_id": "A", "notes": "line one\nline two\nline three"},
        {**GOOD, "source_id": "B", "notes": 'says "hello",\nthen leaves'},
        {**GOOD, "source_id": "C"},
    ]
    results = read_all(write(tmp_path, csv_text(rows)))
    assert [(r.source_id, r.line) for r in results] == [("A", 2), ("B", 5), ("C", 7)]
    assert results[0].notes == "line one\nline two\nline three"
    assert results[1].notes == 'says "hello",\nthen leaves'


def test_blank_lines_are_skipped_and_not_counted(tmp_path):
    lines = csv_text([GOOD, {**GOOD, "source_id": "ATH-2"}]).splitlines()
    content = "\n".join([lines[0], "", lines[1], "   ", "", ",,,", lines[2], ""]) + "\n\n"
    results = read_all(write(tmp_path, content))
    assert [(r.source_id, r.line) for r in results] == [("ATH-2026-1", 3), ("ATH-2", 7)]


def test_a_row_with_too_many_fields_is_rejected(tmp_path):
    line = csv_text([GOOD]).splitlines()[1].replace("31 Church Lane", "31, Church Lane")
    [result] = read_all(write(tmp_path, ",".join(GOOD) + "\n" + line + "\n"))
    assert isinstance(result, RejectedRow)
    assert "the row has 31 values but the header has 30 columns" in result.reason
    assert "'Prefers afternoon calls.'" in result.reason  # the value pushed past the end
    assert result.values["address_line1"] == "31"
    assert result.line == 2


def test_a_row_with_too_few_fields_is_rejected(tmp_path):
    line = csv_text([GOOD]).splitlines()[1].rsplit(",", 2)[0]
    [result] = read_all(write(tmp_path, ",".join(GOOD) + "\n" + line + "\n"))
    assert isinstance(result, RejectedRow)
    assert "the row has 28 values but the header has 30 columns" in result.reason
    assert result.values["notes"] == "" and result.values["source_id"] == "ATH-2026-1"


def test_an_unclosed_quote_rejects_the_row_and_says_where(tmp_path):
    head = csv_text([GOOD, {**GOOD, "source_id": "ATH-2"}])
    content = head + 'ATH-3,police,"2026-11-09T04:46\nATH-4,police\n'
    results = read_all(write(tmp_path, content))
    assert [type(r) for r in results] == [ReferralRecord, ReferralRecord, RejectedRow]
    assert "a quotation mark opened on line 4 is never closed" in results[2].reason
    assert results[2].line == 4


def test_text_after_a_closing_quote_rejects_the_row(tmp_path):
    line = csv_text([GOOD]).splitlines()[1].replace("Worcester", '"Worcester" city', 1)
    [result] = read_all(write(tmp_path, ",".join(GOOD) + "\n" + line + "\n"))
    assert isinstance(result, RejectedRow)
    assert "text after a closing quotation mark" in result.reason


def test_column_order_is_free(tmp_path):
    shuffled = list(GOOD)
    random.Random(7).shuffle(shuffled)
    assert shuffled != list(GOOD)
    [normal] = parse_rows(tmp_path, [GOOD])
    [other] = read_all(write(tmp_path, csv_text([GOOD], header=shuffled), "shuffled.csv"))
    assert isinstance(other, ReferralRecord)
    assert other == normal


# --- control characters --------------------------------------------------------------------


def test_nul_byte_rejects_only_its_row(tmp_path):
    rows = [
        GOOD,
        {**GOOD, "source_id": "ATH-2", "last_name": "Le\x00wis"},
        {**GOOD, "source_id": "ATH-3"},
    ]
    content = csv_text(rows).encode()
    assert b"\x00" in content
    results = read_all(write(tmp_path, content))
    assert [type(r) for r in results] == [ReferralRecord, RejectedRow, ReferralRecord]
    assert results[1].line == 3 and results[2].line == 4
    assert "last_name contains a NUL character" in results[1].reason
    assert results[1].values["last_name"] == "Le\x00wis"


def test_nul_byte_inside_a_quoted_multiline_value(tmp_path):
    rows = [{**GOOD, "notes": "a,\nb\x00"}, {**GOOD, "source_id": "ATH-2"}]
    results = read_all(write(tmp_path, csv_text(rows)))
    assert isinstance(results[0], RejectedRow) and "notes contains a NUL" in results[0].reason
    assert isinstance(results[1], ReferralRecord) and results[1].line == 4


def test_nul_byte_in_a_row_with_the_wrong_field_count_is_reported_too(tmp_path):
    content = ",".join(GOOD) + "\nATH-1,\x00\n"
    [result] = read_all(write(tmp_path, content))
    assert "the row has 2 values" in result.reason
    assert "referral_source contains a NUL character" in result.reason


@pytest.mark.parametrize(
    "char", ["\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\x9f"]
)
def test_control_characters_reject_the_row(tmp_path, char):
    reason = rejected(tmp_path, notes=f"call{char}me")
    assert f"notes contains an invisible control character (U+{ord(char):04X})" in reason


def test_control_character_alone_on_a_line_is_a_rejected_row_not_a_blank_line(tmp_path):
    content = csv_text([GOOD]) + "\x0c\n"
    results = read_all(write(tmp_path, content))
    assert isinstance(results[1], RejectedRow) and results[1].line == 3


def test_tab_and_line_breaks_in_notes_are_allowed(tmp_path):
    record = accepted(tmp_path, notes="a\tb\r\nc\rd\ne")
    assert record.notes == "a\tb\nc\nd\ne"


@pytest.mark.parametrize("column", ["first_name", "address_line1", "town", "preferred_language"])
def test_line_break_outside_notes_is_rejected(tmp_path, column):
    reason = rejected(tmp_path, **{column: "two\nlines"})
    assert f"{column} has a line break in it" in reason


# --- names and hostile text ---------------------------------------------------------------


@pytest.mark.parametrize(
    "first, last",
    [
        ("Łucja", "Nowak"),
        ("Siân", "Roberts"),
        ("محمد", "عبد الله"),
        ("Aoife", "O'Brien-Smith"),
        ("芳", "王"),
        ("Zoë", "D'Arcy"),
        ("Ngũgĩ", "wa Thiong'o"),
        ("Дмитрий", "Иванов"),
    ],
)
def test_names_in_any_script(tmp_path, first, last):
    record = accepted(tmp_path, first_name=first, last_name=last)
    assert (record.first_name, record.last_name) == (first, last)


@pytest.mark.parametrize("name", ["123", "'-", "   .  ", "42 😀"])
def test_name_without_a_letter_is_rejected(tmp_path, name):
    assert "last_name" in rejected(tmp_path, last_name=name)
    assert "has no letters" in rejected(tmp_path, last_name=name)


@pytest.mark.parametrize("column", ["first_name", "last_name"])
def test_name_length_limit(tmp_path, column):
    assert getattr(accepted(tmp_path, **{column: "A" * 100}), column) == "A" * 100
    assert f"{column} is 101 characters long; at most 100" in rejected(
        tmp_path, **{column: "A" * 101}
    )


@pytest.mark.parametrize("column", ["first_name", "last_name"])
def test_name_required(tmp_path, column):
    assert rejected(tmp_path, **{column: "  "}) == f"{column} is missing"


HOSTILE = [
    "Robert'); DROP TABLE victims;--",
    '"quoted", with commas; and semicolons',
    "emoji 😀👩‍👩‍👧 and ZWJ",
    "مرحبا، هذه ملاحظة باللغة العربية",
    "<script>alert('x')</script> =HYPERLINK(\"http://x\") %s %n {0} \\N",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_kept_verbatim(tmp_path, text):
    record = accepted(tmp_path, notes=text, address_line1=text[:200], preferred_language=text[:40])
    assert record.notes == text
    assert record.address_line1 == text[:200]
    assert record.preferred_language == text[:40]


def test_hostile_name_is_kept_verbatim(tmp_path):
    record = accepted(tmp_path, first_name="Robert'); DROP TABLE victims;--", last_name="محمد 😀")
    assert record.first_name == "Robert'); DROP TABLE victims;--"
    assert record.last_name == "محمد 😀"


# --- source_id, referral_source, crime_reference ------------------------------------------


def test_source_id_required_and_limited(tmp_path):
    assert rejected(tmp_path, source_id="") == "source_id is missing"
    assert "source_id is 101 characters long" in rejected(tmp_path, source_id="X" * 101)
    assert accepted(tmp_path, source_id="X" * 100).source_id == "X" * 100


@pytest.mark.parametrize(
    "raw, code", [("police", "police"), ("Self", "self"), ("PARTNER", "partner")]
)
def test_referral_source_accepted(tmp_path, raw, code):
    assert accepted(tmp_path, referral_source=raw).referral_source == code


def test_referral_source_rejected(tmp_path):
    assert rejected(tmp_path, referral_source="court") == (
        "referral_source must be police, self or partner, not 'court'"
    )
    assert rejected(tmp_path, referral_source="") == "referral_source is missing"


def test_crime_reference_required_for_police_only(tmp_path):
    reason = rejected(tmp_path, referral_source="police", crime_reference="")
    assert reason == "crime_reference is missing; a police referral must have one"
    assert accepted(tmp_path, referral_source="self", crime_reference="").crime_reference is None
    assert (
        accepted(tmp_path, referral_source="partner", crime_reference=" 22/1/26 ").crime_reference
        == "22/1/26"
    )


def test_crime_reference_length(tmp_path):
    assert accepted(tmp_path, crime_reference="C" * 40).crime_reference == "C" * 40
    assert "crime_reference is 41 characters long; at most 40" in rejected(
        tmp_path, crime_reference="C" * 41
    )


# --- referred_at ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, utc",
    [
        ("2026-07-01T10:00", datetime(2026, 7, 1, 9, 0)),  # BST
        ("2026-12-01T10:00", datetime(2026, 12, 1, 10, 0)),  # GMT
        ("2026-07-01 10:00", datetime(2026, 7, 1, 9, 0)),
        ("2026-07-01T10:00:30", datetime(2026, 7, 1, 9, 0, 30)),
        ("2026-07-01T10:00:30.1234567", datetime(2026, 7, 1, 9, 0, 30, 123456)),
        ("2026-07-01T10:00Z", datetime(2026, 7, 1, 10, 0)),
        ("2026-07-01T10:00:00z", datetime(2026, 7, 1, 10, 0)),
        ("2026-07-01T10:00+01:00", datetime(2026, 7, 1, 9, 0)),
        ("2026-12-01T10:00+01:00", datetime(2026, 12, 1, 9, 0)),
        ("2026-07-01T10:00-0530", datetime(2026, 7, 1, 15, 30)),
        ("2026-03-29T00:59", datetime(2026, 3, 29, 0, 59)),  # last minute of GMT
        ("2026-03-29T02:00", datetime(2026, 3, 29, 1, 0)),  # first hour of BST
        ("2026-03-29T01:30", datetime(2026, 3, 29, 1, 30)),  # never happens: read as GMT
        ("2026-10-25T01:30", datetime(2026, 10, 25, 0, 30)),  # happens twice: the first (BST)
        ("2026-10-25T02:30", datetime(2026, 10, 25, 2, 30)),
    ],
)
def test_referred_at_is_converted_to_utc(tmp_path, raw, utc):
    later = datetime(2027, 6, 1, tzinfo=UTC)
    referred_at = accepted(tmp_path, later, referred_at=raw, offence_date="").referred_at
    assert referred_at == utc.replace(tzinfo=UTC)
    assert referred_at.utcoffset().total_seconds() == 0


@pytest.mark.parametrize(
    "raw, words",
    [
        ("2026-11-09", "must be a date and time like 2026-11-09T14:30"),
        ("09/11/2026 10:00", "not '09/11/2026 10:00'"),
        ("2026-11-09T10", "must be a date and time"),
        ("2026-11-09T10:00 +01:00", "must be a date and time"),
        ("2026-02-30T10:00", "'2026-02-30T10:00' is not a real date and time"),
        ("2026-11-09T24:00", "is not a real date and time"),
        ("2026-11-09T10:60", "is not a real date and time"),
        ("2026-11-09T10:00+24:00", "is not a real date and time"),
        ("٢٠٢٦-١١-٠٩T10:00", "must be a date and time"),
        ("1999-12-31T23:00Z", "'1999-12-31T23:00Z' is before 2000"),
        ("1066-10-14T09:00+01:00", "'1066-10-14T09:00+01:00' is before 2000"),
        ("9999-12-31T23:59-12:00", "is not a real date and time"),
        ("2026-11-28T12:01Z", "'2026-11-28T12:01Z' is in the future"),
        ("", "referred_at is missing"),
    ],
)
def test_referred_at_rejected(tmp_path, raw, words):
    reason = rejected(tmp_path, referred_at=raw, offence_date="")
    assert reason.startswith("referred_at ")
    assert words in reason


def test_referred_at_allows_one_day_of_clock_skew(tmp_path):
    assert accepted(
        tmp_path, referred_at="2026-11-28T12:00Z", offence_date=""
    ).referred_at == datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def test_future_is_judged_against_the_real_clock_by_default(tmp_path):
    path = write(tmp_path, csv_text([{**GOOD, "referred_at": "2999-01-01T00:00"}, GOOD]))
    results = list(ReferralFile(path).rows())
    assert "is in the future" in results[0].reason
    assert isinstance(results[1], ReferralRecord)


# --- offence_date, date_of_birth ------------------------------------------------------------


@pytest.mark.parametrize(
    "raw", ["08/11/2026", "2026-11-8", "20261108", "2026-W45-7", "8 Nov 2026", "2026-11-08T00:00"]
)
def test_dates_must_be_strict_iso(tmp_path, raw):
    for column in ("offence_date", "date_of_birth"):
        reason = rejected(tmp_path, **{column: raw})
        assert (
            reason == f"{column} must be a date written YYYY-MM-DD (e.g. 2026-11-09), not '{raw}'"
        )


def test_dates_must_be_real(tmp_path):
    assert (
        rejected(tmp_path, offence_date="2026-11-31")
        == "offence_date '2026-11-31' is not a real date"
    )
    assert (
        rejected(tmp_path, date_of_birth="2001-02-29")
        == "date_of_birth '2001-02-29' is not a real date"
    )
    assert accepted(tmp_path, date_of_birth="2000-02-29").date_of_birth == date(2000, 2, 29)


def test_offence_date_not_after_referral(tmp_path):
    assert accepted(tmp_path, offence_date="2026-11-09").offence_date == date(2026, 11, 9)
    reason = rejected(tmp_path, offence_date="2026-11-10")
    assert reason == "offence_date '2026-11-10' is after the date of the referral (2026-11-09)"


def test_offence_date_compared_with_the_uk_date_of_the_referral(tmp_path):
    # 23:30 UTC on 1 July is 00:30 on 2 July in London (BST).
    record = accepted(tmp_path, referred_at="2026-07-01T23:30Z", offence_date="2026-07-02")
    assert record.offence_date == date(2026, 7, 2)
    # 00:30 on 2 July at +02:00 is 23:30 on 1 July in London.
    reason = rejected(tmp_path, referred_at="2026-07-02T00:30+02:00", offence_date="2026-07-02")
    assert "after the date of the referral (2026-07-01)" in reason


def test_offence_date_not_before_1900(tmp_path):
    assert "offence_date '1899-12-31' is before 1900" in rejected(
        tmp_path, offence_date="1899-12-31", date_of_birth=""
    )
    assert accepted(
        tmp_path, offence_date="1975-06-01", date_of_birth="1960-01-01"
    ).offence_date == date(1975, 6, 1)


def test_date_of_birth_rules(tmp_path):
    assert accepted(tmp_path, date_of_birth="1900-01-01").date_of_birth == date(1900, 1, 1)
    assert accepted(tmp_path, date_of_birth="2026-11-08").date_of_birth == date(2026, 11, 8)
    assert (
        rejected(tmp_path, date_of_birth="1899-12-31")
        == "date_of_birth '1899-12-31' is before 1900"
    )
    assert rejected(tmp_path, date_of_birth="2026-11-09") == (
        "date_of_birth '2026-11-09' is after the offence date (2026-11-08)"
    )
    assert rejected(tmp_path, date_of_birth="2026-11-28", offence_date="") == (
        "date_of_birth '2026-11-28' is in the future"
    )
    assert accepted(tmp_path, date_of_birth="2026-11-27", offence_date="").date_of_birth == date(
        2026, 11, 27
    )


# --- vocabularies and answers ---------------------------------------------------------------


def test_offence_category(tmp_path):
    assert (
        accepted(tmp_path, offence_category="Domestic_Abuse").offence_category == "domestic_abuse"
    )
    assert (
        accepted(tmp_path, offence_category="antisocial_behaviour").offence_category
        == "antisocial_behaviour"
    )
    assert rejected(tmp_path, offence_category="burglery") == (
        "offence_category 'burglery' is not a known offence category (did you mean 'burglary'?)"
    )
    assert rejected(tmp_path, offence_category="") == "offence_category is missing"


@pytest.mark.parametrize(
    "raw, code",
    [
        ("female", "female"),
        ("Male", "male"),
        ("NON_BINARY", "non_binary"),
        ("other", "other"),
        ("not_stated", "not_stated"),
        ("", None),
    ],
)
def test_gender_accepted(tmp_path, raw, code):
    assert accepted(tmp_path, gender=raw).gender == code


def test_gender_rejected(tmp_path):
    assert rejected(tmp_path, gender="f") == (
        "gender must be female, male, non_binary, other or not_stated, not 'f'"
    )


YES_NO = [
    "reported_to_police",
    "consent_to_contact",
    "vulnerable",
    "intimidated",
    "persistently_targeted",
    "interpreter_needed",
]


@pytest.mark.parametrize("column", YES_NO)
@pytest.mark.parametrize(
    "raw, value", [("yes", True), ("YES", True), (" No ", False), ("no", False), ("", None)]
)
def test_yes_no_accepted(tmp_path, column, raw, value):
    assert getattr(accepted(tmp_path, **{column: raw}), column) is value


@pytest.mark.parametrize("column", YES_NO)
@pytest.mark.parametrize("raw", ["y", "true", "1", "unknown", "maybe"])
def test_yes_no_rejected(tmp_path, column, raw):
    assert rejected(tmp_path, **{column: raw}) == f"{column} must be yes or no, not '{raw}'"


PERMISSIONS = [
    "safe_to_call",
    "safe_to_leave_voicemail",
    "safe_to_text",
    "safe_to_write",
    "safe_to_email",
]


@pytest.mark.parametrize("column", PERMISSIONS)
@pytest.mark.parametrize(
    "raw, value", [("yes", "yes"), ("No", "no"), ("UNKNOWN", "unknown"), ("", "unknown")]
)
def test_permission_accepted(tmp_path, column, raw, value):
    assert getattr(accepted(tmp_path, **{column: raw}), column) == value


@pytest.mark.parametrize("column", PERMISSIONS)
def test_permission_rejected(tmp_path, column):
    assert (
        rejected(tmp_path, **{column: "maybe"})
        == f"{column} must be yes, no or unknown, not 'maybe'"
    )


@pytest.mark.parametrize(
    "raw, value", [("yes", "yes"), ("No", "no"), ("not_stated", "not_stated"), ("", None)]
)
def test_disability_accepted(tmp_path, raw, value):
    assert accepted(tmp_path, disability=raw).disability == value


def test_disability_rejected(tmp_path):
    assert rejected(tmp_path, disability="unknown") == (
        "disability must be yes, no or not_stated, not 'unknown'"
    )


# --- contact details ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, e164",
    [
        ("07700 900444", "+447700900444"),
        ("07700900005", "+447700900005"),
        ("+44 7700 900444", "+447700900444"),
        ("0044 7700 900444", "+447700900444"),
        ("+44 (0)7700 900444", "+447700900444"),
        ("07700-900-444", "+447700900444"),
        ("01905 123456", "+441905123456"),
        ("(01632) 960123", "+441632960123"),
        ("020 7946 0018", "+442079460018"),
        ("0800 123 4567", "+448001234567"),
    ],
)
def test_phone_accepted_and_normalised(tmp_path, raw, e164):
    assert accepted(tmp_path, phone=raw).phone == e164


@pytest.mark.parametrize(
    "raw",
    [
        "12345",
        "07700 90044",
        "07700 9004444",
        "07700 901000",
        "+33 1 42 68 53 00",
        "+1 202 555 0143",
        "abc07700900444",
        "07700 900444 ext 2",
        "999",
        "phone me",
    ],
)
def test_phone_rejected(tmp_path, raw):
    assert rejected(tmp_path, phone=raw) == f"phone '{raw}' is not a valid UK phone number"


@pytest.mark.parametrize(
    "raw, normalised",
    [
        ("ava@example.org", "ava@example.org"),
        ("Ava.Lewis@EXAMPLE.ORG", "Ava.Lewis@example.org"),
        ("siâ42@example.org", "siâ42@example.org"),
        ("o'brien+val@example.co.uk", "o'brien+val@example.co.uk"),
    ],
)
def test_email_accepted_and_normalised(tmp_path, raw, normalised):
    assert accepted(tmp_path, email=raw).email == normalised


@pytest.mark.parametrize(
    "raw", ["ava.example.org", "ava@", "a@b", "a b@example.org", "a..b@example.org", "@example.org"]
)
def test_email_rejected(tmp_path, raw):
    reason = rejected(tmp_path, email=raw)
    assert reason.startswith(f"email '{raw}' is not a valid email address: ")


@pytest.mark.parametrize(
    "raw, normalised",
    [
        ("WR3 8SP", "WR3 8SP"),
        ("wr38sp", "WR3 8SP"),
        (" wr3   8sp ", "WR3 8SP"),
        ("EC1A 1BB", "EC1A 1BB"),
        ("w1a0ax", "W1A 0AX"),
        ("M1 1AE", "M1 1AE"),
        ("B33 8TH", "B33 8TH"),
        ("CR2 6XH", "CR2 6XH"),
        ("DN55 1PT", "DN55 1PT"),
        ("gir 0aa", "GIR 0AA"),
    ],
)
def test_postcode_accepted_and_normalised(tmp_path, raw, normalised):
    assert accepted(tmp_path, postcode=raw).postcode == normalised


@pytest.mark.parametrize(
    "raw", ["WR99 ZZZ", "QA1 1AA", "WR3 8CP", "WR3", "WR3 8SPX", "12345", "ŁR3 8SP"]
)
def test_postcode_rejected(tmp_path, raw):
    assert rejected(tmp_path, postcode=raw) == f"postcode '{raw}' is not a valid UK postcode"


@pytest.mark.parametrize("column", ["address_line1", "address_line2", "town"])
def test_address_lines_kept_and_limited(tmp_path, column):
    assert (
        getattr(accepted(tmp_path, **{column: "Flat 2, 10 High St"}), column)
        == "Flat 2, 10 High St"
    )
    assert f"{column} is 201 characters long; at most 200" in rejected(
        tmp_path, **{column: "x" * 201}
    )


def test_preferred_language_length(tmp_path):
    assert accepted(tmp_path, preferred_language="L" * 40).preferred_language == "L" * 40
    assert rejected(tmp_path, preferred_language="L" * 41) == (
        "preferred_language is 41 characters long; at most 40 are allowed"
    )


def test_notes_length(tmp_path):
    assert accepted(tmp_path, notes="n" * 4000).notes == "n" * 4000
    assert accepted(tmp_path, notes="😀" * 4000).notes == "😀" * 4000  # characters, not bytes
    assert (
        rejected(tmp_path, notes="n" * 4001)
        == "notes is 4001 characters long; at most 4000 are allowed"
    )


def test_every_problem_of_a_row_is_reported_in_column_order(tmp_path):
    reason = rejected(
        tmp_path,
        postcode="WR99 ZZZ",
        first_name="",
        phone="12345",
        referral_source="court",
        notes="bell\x07",
    )
    assert reason == (
        "referral_source must be police, self or partner, not 'court'; "
        "first_name is missing; "
        "phone '12345' is not a valid UK phone number; "
        "postcode 'WR99 ZZZ' is not a valid UK postcode; "
        "notes contains an invisible control character (U+0007); remove it"
    )


def test_long_values_are_cut_short_in_the_reason(tmp_path):
    reason = rejected(tmp_path, email="x" * 300)
    assert "x" * 39 + "…'" in reason
    assert "x" * 41 not in reason


# --- the sample file ------------------------------------------------------------------------


@pytest.fixture
def sample_results() -> list[ReferralRecord | RejectedRow]:
    return read_all(SAMPLE)


def test_sample_every_row_is_a_record(sample_results):
    assert len(sample_results) == 60  # 68 lines: the header and 7 rows with a line break in notes
    assert [r for r in sample_results if isinstance(r, RejectedRow)] == []
    ids = [r.source_id for r in sample_results]
    assert len(set(ids)) == 60
    assert ids[0] == "ATH-2026-100000" and ids[-1] == "PART-2026-100059"


def test_sample_specific_rows(sample_results):
    by_id = {r.source_id: r for r in sample_results}
    first = by_id["ATH-2026-100000"]
    assert first.line == 2
    assert first.referred_at == datetime(2026, 11, 9, 4, 46, tzinfo=UTC)
    assert first.phone == "+447700900444"
    assert first.postcode == "WR5 7BY"
    assert first.date_of_birth is None
    assert first.notes == "Hearing impaired; text first."
    assert first.offence_category == "wounding_gbh"

    multi = by_id["ATH-2026-100005"]
    assert multi.line == 7
    assert multi.notes == "Second incident this month,\nneighbour involved."
    assert multi.safe_to_email == "unknown"
    assert by_id["ATH-2026-100006"].line == 9
    assert by_id["PART-2026-100059"].line == 68

    assert by_id["ATH-2026-100002"].notes == 'Works nights, "do not call before noon".'
    assert by_id["PART-2026-100007"].crime_reference is None
    assert by_id["PART-2026-100007"].referral_source == "partner"
    assert by_id["SELF-2026-100021"].first_name == "Siân"
    assert by_id["SELF-2026-100042"].email == "siâ42@example.org"
    assert by_id["ATH-2026-100039"].first_name == "Łucja"
    assert by_id["ATH-2026-100011"].last_name == "O'Brien"
    assert by_id["ATH-2026-100011"].phone is None
    assert by_id["ATH-2026-100016"].disability == "not_stated"
    assert by_id["ATH-2026-100004"].interpreter_needed is True


def test_damaged_sample_counts_add_up(tmp_path):
    # Rows end in CRLF; the line breaks inside quoted notes are LF, so they do not split here.
    lines = SAMPLE.read_bytes().split(b"\r\n")
    lines[1] = lines[1].replace(b"WR5 7BY", b"WR99 ZZZ")  # ATH-2026-100000
    lines[3] = lines[3].replace(b",police,", b",court,")  # ATH-2026-100002
    lines[8] = lines[8].replace(b"Oliver", b"Oli\x00ver")  # PART-2026-100007 (line 10)
    lines.insert(20, b"")  # a blank line: not a row
    path = write(tmp_path, b"\r\n".join(lines))
    results = read_all(path)
    rejects = {r.values["source_id"]: r for r in results if isinstance(r, RejectedRow)}
    records = [r for r in results if isinstance(r, ReferralRecord)]
    assert len(records) + len(rejects) == 60
    assert set(rejects) == {"ATH-2026-100000", "ATH-2026-100002", "PART-2026-100007"}
    assert rejects["ATH-2026-100000"].reason == "postcode 'WR99 ZZZ' is not a valid UK postcode"
    assert rejects["ATH-2026-100002"].line == 4
    assert "first_name contains a NUL character" in rejects["PART-2026-100007"].reason
    assert records[-1].line == 69  # one blank line more than the original


def test_sample_with_lf_line_ends_reads_the_same(tmp_path):
    path = write(tmp_path, SAMPLE.read_bytes().replace(b"\r\n", b"\n"))
    assert read_all(path) == read_all(SAMPLE)


# --- the rejects file -----------------------------------------------------------------------


def test_rejects_path_for():
    assert rejects_path_for("referrals.csv") == Path("referrals.csv.rejects.csv")
    assert rejects_path_for(Path("/data/in/x.csv")) == Path("/data/in/x.csv.rejects.csv")


def test_write_rejects_round_trip(tmp_path):
    header = list(GOOD)
    rows = [
        {**GOOD, "source_id": "R-1", "postcode": "WR99 ZZZ", "notes": 'he said "no", then,\nleft'},
        {**GOOD, "source_id": "R-2", "first_name": "Łucja", "last_name": "محمد", "phone": "12345"},
        {**GOOD, "source_id": "R-3", "notes": "NUL\x00here"},
        GOOD,
    ]
    source = write(tmp_path, csv_text(rows, header=header))
    referral_file = ReferralFile(source, now=NOW)
    rejects = [r for r in referral_file.rows() if isinstance(r, RejectedRow)]
    assert [r.values["source_id"] for r in rejects] == ["R-1", "R-2", "R-3"]

    out = rejects_path_for(source)
    write_rejects(out, referral_file.header, rejects)

    with out.open(encoding="utf-8-sig", newline="") as handle:
        back = list(csv.DictReader(handle))
    assert list(back[0]) == [*header, "line", "reason"]
    assert [row["line"] for row in back] == ["2", "4", "5"]
    assert back[0]["notes"] == 'he said "no", then,\nleft'
    assert back[0]["reason"] == "postcode 'WR99 ZZZ' is not a valid UK postcode"
    assert (back[1]["first_name"], back[1]["last_name"]) == ("Łucja", "محمد")
    assert back[1]["reason"] == "phone '12345' is not a valid UK phone number"
    assert back[2]["notes"] == "NUL\x00here"
    for reject, row in zip(rejects, back, strict=True):
        assert {c: row[c] for c in header} == reject.values


def test_write_rejects_is_utf8_with_crlf_and_quoting(tmp_path):
    out = tmp_path / "x.csv.rejects.csv"
    reject = RejectedRow(line=7, values={"source_id": "A,1", "notes": 'a "b"'}, reason="too; many")
    write_rejects(out, ["source_id", "notes"], [reject])
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert (
        data.decode("utf-8-sig") == 'source_id,notes,line,reason\r\n"A,1","a ""b""",7,too; many\r\n'
    )


def test_write_rejects_replaces_an_old_file_and_leaves_no_temporary_files(tmp_path):
    out = tmp_path / "x.csv.rejects.csv"
    out.write_text("old")
    write_rejects(out, ["source_id"], [RejectedRow(2, {"source_id": "A"}, "bad")])
    assert "old" not in out.read_text(encoding="utf-8-sig")
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv.rejects.csv"]


# --- robustness -----------------------------------------------------------------------------


def test_damaged_files_never_crash(tmp_path):
    """Random damage to the sample: always a file error or a result per row, never a crash."""
    original = SAMPLE.read_bytes()
    rng = random.Random(20261127)
    nasty = [b"\x00", b'"', b",", b"\r", b"\n", b"\xff", b"\xc3", b" ", b"\x07", "😀".encode()]
    for attempt in range(200):
        data = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(data))
            data[at : at + rng.randint(0, 3)] = rng.choice(nasty)
        path = write(tmp_path, bytes(data), f"damaged{attempt}.csv")
        try:
            referral_file = ReferralFile(path, now=NOW)
        except ReferralFileError as error:
            assert str(error)
            continue
        results = list(referral_file.rows())
        lines = [r.line for r in results]
        assert lines == sorted(set(lines))
        assert all(isinstance(r, (ReferralRecord, RejectedRow)) for r in results)
        assert all(r.reason for r in results if isinstance(r, RejectedRow))
