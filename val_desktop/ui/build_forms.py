"""Compile the Qt Designer forms in forms/ into val_desktop/ui/generated/ (DESIGN section 4).

    python -m val_desktop.ui.build_forms

The generated modules are never edited by hand; tests/test_forms.py fails when a .ui file and
its module disagree, so run this after changing a form.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
FORMS = ROOT / "forms"
GENERATED = Path(__file__).resolve().parent / "generated"


def module_for(form: Path) -> Path:
    return GENERATED / f"ui_{form.stem}.py"


def compile_form(form: Path) -> str:
    """The Python that pyside6-uic makes of a form, without its version-stamped header."""
    result = subprocess.run(
        [_uic(), "-g", "python", str(form)],
        capture_output=True, text=True, check=True,
    )
    return normalise(result.stdout)


def normalise(code: str) -> str:
    # The header names the Qt version that compiled the form; the code below it is what matters.
    lines = [line for line in code.splitlines() if not line.startswith("##")]
    return "\n".join(lines).strip() + "\n"


def _uic() -> str:
    candidate = Path(sys.executable).parent / "pyside6-uic"
    return str(candidate) if candidate.exists() else "pyside6-uic"


def main() -> int:
    GENERATED.mkdir(exist_ok=True)
    (GENERATED / "__init__.py").write_text('"""Generated from forms/*.ui by build_forms; do not edit."""\n')
    for form in sorted(FORMS.glob("*.ui")):
        module_for(form).write_text(compile_form(form), encoding="utf-8")
        print(f"{form.name} -> {module_for(form).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
