"""Where this workstation connects, and with whose password (DESIGN section 4, "Security").

The address (without its password) is remembered in the data folder's local settings; the
password goes only to the operating system's keychain (keyring), under the login and server it
belongs to, never to a file. Where no keychain is available (a headless machine, no Secret
Service), nothing is stored and the person is told how to go on: the PGPASSWORD environment
variable, ~/.pgpass, or typing the password when asked.
"""

from __future__ import annotations

import os

import keyring
import keyring.errors
from sqlalchemy.engine import URL

from ..store.database import Store
from . import local
from .server import parse_url, url_text

SERVICE = "VAL Desktop central database"

NO_KEYCHAIN = (
    "No keychain is available on this computer (no Secret Service or equivalent is running), "
    "so the password cannot be remembered safely and was not stored. To go on, set the "
    "PGPASSWORD environment variable for this session, use a ~/.pgpass file, or run "
    "`valctl sync --ask-password` to type it each time."
)


class KeychainUnavailable(RuntimeError):
    """No usable keychain: str() tells the person how to go on."""


def account(url: URL) -> str:
    return f"{url.username or os.environ.get('PGUSER', '')}@{url.host}:{url.port or 5432}/{url.database}"


def save_password(url: URL, password: str) -> None:
    try:
        keyring.set_password(SERVICE, account(url), password)
    except (keyring.errors.NoKeyringError, keyring.errors.KeyringError) as error:
        raise KeychainUnavailable(NO_KEYCHAIN) from error


def load_password(url: URL) -> str | None:
    """The password for this login: in the address, else PGPASSWORD, else the keychain."""
    if url.password is not None:
        return url.password
    if os.environ.get("PGPASSWORD"):
        return None  # libpq reads it itself
    try:
        return keyring.get_password(SERVICE, account(url))
    except (keyring.errors.NoKeyringError, keyring.errors.KeyringError):
        return None


def keychain_available() -> bool:
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - any failure here means "no keychain"
        return False
    return getattr(backend, "priority", 0) > 0 and "fail" not in type(backend).__module__


def remember_url(store: Store, url: str) -> URL:
    """Remember the address for this data folder (never its password); returns it parsed."""
    parsed = parse_url(url)
    with local.raw_connection(store) as raw, local.write(raw):
        local.put(raw, "url", url_text(parsed))
    return parsed


def remembered_url(store: Store) -> URL | None:
    with local.raw_connection(store) as raw:
        text = local.get(raw, "url")
    return parse_url(text) if text else None
