"""The installed package, built as a wheel, finds its resources (not only an editable install)."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(work / "dist"), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    wheel = next((work / "dist").glob("val_desktop-*.whl"))
    # The dependencies (Qt, SQLAlchemy...) come from this interpreter's site-packages; the
    # package itself only from the wheel, installed into the fresh venv.
    venv.EnvBuilder(with_pip=False, system_site_packages=True).create(work / "venv")
    python = work / "venv" / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
         str(wheel)],
        check=True, capture_output=True, timeout=300,
    )
    return work, python


def run(work, *command):
    return subprocess.run(command, capture_output=True, text=True, cwd=work, timeout=120)


def test_the_wheel_holds_the_resources_and_migrations(installed):
    work, _ = installed
    import zipfile

    names = zipfile.ZipFile(next((work / "dist").glob("*.whl"))).namelist()
    for needed in ("val_desktop/resources/code_rules.json",
                   "val_desktop/resources/reassessment.json",
                   "val_desktop/resources/service_directory.json",
                   "val_desktop/store/migrations/env.py",
                   "val_desktop/store/migrations/script.py.mako",
                   "val_desktop/store/migrations/versions/0001_initial_case_store.py"):
        assert needed in names


def test_valctl_from_the_wheel_runs_and_reads_its_resources(installed):
    work, python = installed
    valctl = python.parent / "valctl"
    assert run(work, str(valctl), "--help").returncode == 0
    probe = run(work, str(python), "-c",
                "import val_desktop, val_desktop.domain.rules as r;"
                "print(val_desktop.__file__); print(len(r.load_default_rules()))")
    assert probe.returncode == 0, probe.stderr
    where, rules = probe.stdout.split()
    assert str(work / "venv") in where  # the wheel's copy, not the checkout
    assert int(rules) >= 8
    data = work / "data"
    created = run(work, str(valctl), "--data-dir", str(data), "init")
    assert created.returncode == 0, created.stderr
    listed = run(work, str(valctl), "--data-dir", str(data), "providers", "--format", "json")
    assert "Victim Support" in listed.stdout


def test_every_package_of_the_checkout_is_in_the_wheel(installed):
    work, _ = installed
    import zipfile

    names = set(zipfile.ZipFile(next((work / "dist").glob("*.whl"))).namelist())
    for init in (ROOT / "val_desktop").rglob("__init__.py"):
        relative = init.relative_to(ROOT).as_posix()
        assert relative in names, f"{relative} is missing: list its package in pyproject.toml"
