"""The server password through the real Secret Service (gnome-keyring), DESIGN section 7.

The round trip runs where a Secret Service answers on the session bus. Where there is no session
bus (CI, a headless machine) the second test starts one of its own — `dbus-run-session` with an
unlocked `gnome-keyring-daemon` — and runs the round trip inside it, so the suite's command stays
plain `pytest`. With CI set, a missing keyring is a failure, not a skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from test_sync_helpers import central as central  # noqa: F401 - fixture

from val_desktop.sync import credentials
from val_desktop.sync.server import parse_url

CHILD = "VAL_KEYRING_SESSION"


def _secret_service():
    try:
        from keyring.backends import SecretService

        SecretService.Keyring.priority  # noqa: B018 - raises when no service answers
        return SecretService.Keyring()
    except Exception as error:  # noqa: BLE001 - any failure: not available here
        if os.environ.get(CHILD):
            pytest.fail(f"the session started for this test has no Secret Service: {error}")
        pytest.skip(f"no Secret Service on this session bus: {error} (the next test starts one)")


def test_the_round_trip_runs_in_a_keyring_session_of_its_own():
    if os.environ.get(CHILD) or os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.skip("a session bus is here: the round trip above ran in it")
    tools = [shutil.which("dbus-run-session"), shutil.which("gnome-keyring-daemon")]
    if not all(tools):
        message = "dbus-run-session and gnome-keyring-daemon are needed (apt: dbus gnome-keyring)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    here = Path(__file__)
    script = (
        'eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets)"; '
        f'exec "{sys.executable}" -m pytest -q -n 0 -p no:cacheprovider "{here}" -k round_trips_through'
    )
    run = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], capture_output=True,
                         text=True, timeout=300, cwd=here.parent.parent,
                         env={**os.environ, CHILD: "1"})
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "1 passed" in run.stdout


def test_the_password_round_trips_through_the_real_secret_service(tmp_path, central):  # noqa: F811
    import keyring

    backend = _secret_service()
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    secret = f"pw-{uuid.uuid4().hex}"
    url = parse_url(central.replace("postgres@", f"postgres:{secret}@", 1))
    try:
        credentials.save_password(url, secret)
        assert credentials.load_password(credentials.parse_url(
            credentials.url_text(url))) == secret

        # And through valctl in its own process, finding the keychain by itself.
        folder = tmp_path / "data"
        env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring"}
        run = subprocess.run(
            [sys.executable, "-c", "from val_desktop.cli import run; run()", "--data-dir", str(folder), "sync",
             "--url", credentials.url_text(url).replace("postgres@", f"postgres:{secret}2@")],
            capture_output=True, text=True, timeout=120, env=env)
        assert run.returncode == 0, run.stderr
        assert "kept in this computer's keychain" in run.stdout
        assert backend.get_password(credentials.SERVICE, credentials.account(url)) == secret + "2"
        assert not any(secret.encode() in p.read_bytes() for p in folder.rglob("*") if p.is_file())
    finally:
        try:
            backend.delete_password(credentials.SERVICE, credentials.account(url))
        except Exception:  # noqa: BLE001 - already gone
            pass
        keyring.set_keyring(before)
