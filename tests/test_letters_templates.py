"""Letter templates: editable text files whose placeholders are checked when they load."""

from __future__ import annotations

import shutil
import uuid
from datetime import date, datetime

import pytest

from val_desktop.domain.letters import VICTIM_LETTERS, ConsentRecord, urgency
from val_desktop.letters import referral as referral_module
from val_desktop.letters import victim as victim_module
from val_desktop.letters.templates import (
    PLACEHOLDERS,
    TEMPLATE_NAMES,
    TemplateError,
    load_templates,
    parse_template,
)
from val_desktop.resources_path import resource
from val_desktop.store.documents import (
    ProviderInfo,
    ReferralLetterData,
    SpocContact,
    VictimLetterData,
)


def test_the_shipped_templates_load_and_use_only_known_placeholders():
    templates = load_templates()
    assert set(templates) == set(TEMPLATE_NAMES)
    for name, template in templates.items():
        assert template.placeholders <= PLACEHOLDERS[name]
        assert template.placeholders, f"{name} fills in nothing"


def test_an_unknown_placeholder_is_an_error_naming_file_and_line():
    source = "subject: Hello\n---\nDear {victim_first_name},\n\nYour worker is {spoc_nmae}.\n"
    with pytest.raises(TemplateError) as error:
        parse_template(source, "victim_introduction")
    message = str(error.value)
    assert "victim_introduction.txt, line 5" in message
    assert "{spoc_nmae}" in message and "{spoc_name}" in message  # says what is allowed


def test_a_placeholder_of_another_letter_is_unknown_here():
    source = "subject: Update\n---\nOn {court_event_date} we closed your case.\n"
    with pytest.raises(TemplateError, match="unknown placeholder {court_event_date}"):
        parse_template(source, "victim_closure")


@pytest.mark.parametrize("body, words", [
    ("Dear {victim_first_name!r}", "not a placeholder"),
    ("Dear {victim_first_name:>10}", "not a placeholder"),
    ("Dear {Victim}", "not a placeholder"),
    ("Dear {victim_first_name", "literal brace"),
    ("Dear victim_first_name}", "literal brace"),
])
def test_malformed_placeholders_are_errors(body, words):
    with pytest.raises(TemplateError, match=words):
        parse_template(f"subject: x\n---\n{body}\n", "victim_introduction")


def test_literal_braces_bold_bullets_and_line_breaks():
    template = parse_template(
        "# a comment\nsubject: For {victim_name}\n---\n"
        "Costs {{nothing}}: **{case_ref}**\\\nsecond line\n\n- a point\n",
        "victim_introduction")
    values = {name: name.upper() for name in PLACEHOLDERS["victim_introduction"]}
    first, bullet = template.body
    assert first.text.fill(values) == "Costs {nothing}: <b>CASE_REF</b><br/>second line"
    assert bullet.kind == "bullet"
    assert template.subject.fill(values) == "For VICTIM_NAME"


def test_values_are_escaped_not_read_as_markup():
    template = parse_template("subject: s\n---\nHello {victim_name}\n", "victim_introduction")
    values = dict.fromkeys(PLACEHOLDERS["victim_introduction"], "")
    values["victim_name"] = "<b>O'Brien & **Smith**</b>"
    filled = template.body[0].text.fill(values)
    assert "&lt;b&gt;" in filled and "&amp;" in filled and "<b>" not in filled


@pytest.mark.parametrize("source, words", [
    ("subject: x\n", "no line ---"),
    ("Dear {victim_first_name}\n", "expected 'subject"),
    ("---\nDear {victim_first_name}\n", "no subject"),
    ("title: x\n---\nDear\n", "expected 'subject"),
    ("subject: x\n---\n\n", "no text"),
    ("subject: x\n---\nHi\n[details]\n", r"line 4: unknown block \[details\]"),
])
def test_a_template_must_be_whole(source, words):
    with pytest.raises(TemplateError, match=words):
        parse_template(source, "victim_introduction")


def test_the_referral_letter_must_place_its_details():
    with pytest.raises(TemplateError, match=r"must place \[details\]"):
        parse_template("subject: x\n---\nDear {provider_name}\n", "referral")


def test_a_bad_template_in_a_folder_stops_the_load(tmp_path):
    for name in TEMPLATE_NAMES:
        shutil.copy(str(resource(f"letters/{name}.txt")), tmp_path / f"{name}.txt")
    assert set(load_templates(tmp_path)) == set(TEMPLATE_NAMES)
    closure = tmp_path / "victim_closure.txt"
    closure.write_text(closure.read_text(encoding="utf-8").replace("{closed_date}",
                                                                    "{date_closed}"),
                       encoding="utf-8")
    with pytest.raises(TemplateError, match=r"victim_closure.txt, line \d+: unknown placeholder "
                                            r"\{date_closed\}"):
        load_templates(tmp_path)
    closure.unlink()
    with pytest.raises(TemplateError, match="victim_closure.txt: the letter's template is "
                                            "missing"):
        load_templates(tmp_path)


def test_every_placeholder_a_letter_declares_is_filled():
    """The code fills every placeholder it allows: no template can end up with a blank."""
    spoc = SpocContact("Jane Smith", "j.smith", "+447700900123", "j@example.org")
    for kind, spec in VICTIM_LETTERS.items():
        letter = VictimLetterData(uuid.uuid4(), "VAL-1", kind, "post", date(2025, 6, 20), "Ava",
                                  "Ava Lewis", ("1 Lane", "WR5 7BY"), None, spoc)
        assert set(victim_module.values(letter)) == PLACEHOLDERS[spec.template], kind
    referral = ReferralLetterData(
        uuid.uuid4(), "VAL-1", date(2025, 6, 20),
        ProviderInfo(uuid.uuid4(), "Brake", "Road death and serious injury", None, None, ()),
        frozenset(), "Ava", "Ava Lewis",
        ConsentRecord("Brake", "given", datetime(2025, 6, 3), "Jane"),
        urgency(False, [], "standard"), "Calls are safe.", spoc, (), None, (), "Because")
    assert set(referral_module.values(referral)) == PLACEHOLDERS["referral"]
