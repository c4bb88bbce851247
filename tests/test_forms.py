"""Every Designer form has its generated module, and they agree (DESIGN section 4)."""

from __future__ import annotations

import pytest

from val_desktop.ui.build_forms import FORMS, compile_form, module_for

FORM_FILES = sorted(FORMS.glob("*.ui"))


def test_there_are_forms():
    assert FORM_FILES


@pytest.mark.parametrize("form", FORM_FILES, ids=lambda p: p.name)
def test_the_generated_module_matches_its_form(form):
    module = module_for(form)
    assert module.exists(), f"run python -m val_desktop.ui.build_forms ({module.name} is missing)"
    assert module.read_text(encoding="utf-8") == compile_form(form), (
        f"{form.name} changed since {module.name} was generated: "
        "run python -m val_desktop.ui.build_forms"
    )
