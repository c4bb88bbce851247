"""The RFC 4180 reader under the referral file: fields, quoting, line numbers, damage."""

from __future__ import annotations

import csv
import io
import random

import pytest

from val_desktop.intake.csv_scanner import scan


def records(text: str) -> list[tuple[int, list[str]]]:
    return [(r.line, list(r.fields)) for r in scan(text)]


def test_plain_rows_lf_and_crlf():
    assert records("a,b\nc,d\n") == [(1, ["a", "b"]), (2, ["c", "d"])]
    assert records("a,b\r\nc,d\r\n") == [(1, ["a", "b"]), (2, ["c", "d"])]
    assert records("a,b\r\nc,d") == [(1, ["a", "b"]), (2, ["c", "d"])]


def test_lone_cr_is_a_line_end():
    assert records("a\rb\r") == [(1, ["a"]), (2, ["b"])]


def test_quoted_commas_quotes_and_line_breaks():
    text = 'x,"a, b","say ""hi""","one\r\ntwo\nthree"\nnext,row\n'
    assert records(text) == [
        (1, ["x", "a, b", 'say "hi"', "one\r\ntwo\nthree"]),
        (4, ["next", "row"]),
    ]


def test_empty_fields_and_trailing_comma():
    assert records(",a,,\n") == [(1, ["", "a", "", ""])]
    assert records('"",x\n') == [(1, ["", "x"])]


def test_blank_and_empty_rows_are_skipped_and_lines_still_counted():
    text = "\n\nh1,h2\n\n  \n,\n , \t\nv1,v2\n\n"
    assert records(text) == [(3, ["h1", "h2"]), (8, ["v1", "v2"])]


def test_quote_inside_unquoted_field_is_kept():
    assert records('O"Brien,x"y"\n') == [(1, ['O"Brien', 'x"y"'])]


def test_spaces_around_a_quoted_field_are_ignored():
    assert records('a,  "b, c"  ,d\n') == [(1, ["a", "b, c", "d"])]


def test_text_after_closing_quote_is_a_problem_of_the_record():
    [record] = scan('a,"b"c,d\n')
    assert record.fields == ("a", "bc", "d")
    assert "text after a closing quotation mark on line 1" in record.problems[0]


def test_unclosed_quote_runs_to_the_end_and_says_where_it_opened():
    result = list(scan('h\nok\n"never\nclosed\nat all\n'))
    assert [r.line for r in result] == [1, 2, 3]
    assert result[2].fields == ("never\nclosed\nat all\n",)
    assert result[2].problems == (
        "a quotation mark opened on line 3 is never closed, so the rest of the file was read as one value",
    )


def test_nul_and_other_characters_are_just_characters():
    assert records("a\x00b,\x07\n\x00\n") == [(1, ["a\x00b", "\x07"]), (2, ["\x00"])]


def test_a_record_of_only_a_control_character_is_not_blank():
    assert records("\x0c\n") == [(1, ["\x0c"])]


FIELD_PARTS = ["a", "Łucja", " ", ",", '"', "\n", "\r\n", "\r", "\t", "😀", "\x00", "محمد", "x y"]


@pytest.mark.parametrize("seed", range(20))
def test_agrees_with_the_csv_module_on_what_it_writes(seed):
    """Whatever csv.writer writes (with either line end), scan reads back the same fields,
    on the right lines."""
    rng = random.Random(seed)
    rows = [
        [
            "".join(rng.choices(FIELD_PARTS, k=rng.randint(0, 4))) or "v"
            for _ in range(rng.randint(1, 5))
        ]
        for _ in range(rng.randint(1, 30))
    ]
    rows = [row for row in rows if any(field.strip() for field in row)]
    out = io.StringIO()
    eol = rng.choice(["\n", "\r\n"])
    # Python 3.11's writer leaves a lone CR unquoted unless it is part of the line terminator.
    quoting = csv.QUOTE_MINIMAL if eol == "\r\n" else csv.QUOTE_ALL
    csv.writer(out, lineterminator=eol, quoting=quoting).writerows(rows)
    text = out.getvalue()
    scanned = list(scan(text))
    assert [list(r.fields) for r in scanned] == rows
    assert all(r.problems == () for r in scanned)
    expected_line, lines = 1, []
    for row in rows:
        lines.append(expected_line)
        expected_line += 1 + sum(f.count("\n") + f.count("\r") - f.count("\r\n") for f in row)
    assert [r.line for r in scanned] == lines
