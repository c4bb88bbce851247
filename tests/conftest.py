"""Shared fixtures. Qt runs offscreen; the central database is the real PostgreSQL server."""

from __future__ import annotations

import os
import uuid

# Before any QApplication exists (DESIGN section 7).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from val_desktop.store.database import open_store

SAMPLE = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "referrals-sample.csv")
PG_ADMIN_URL = os.environ.get("VAL_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def store(data_dir):
    opened = open_store(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def sample_file():
    path = os.path.abspath(SAMPLE)
    if not os.path.exists(path):
        pytest.skip("the shared referral sample is not beside this checkout")
    return path


@pytest.fixture
def pg_url():
    """A fresh, empty PostgreSQL database on the real server, dropped afterwards."""
    psycopg = pytest.importorskip("psycopg")
    try:
        admin = psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not reachable and CI is set: {error}")
        pytest.skip(f"PostgreSQL is not reachable: {error}")
    name = f"val_test_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base.replace('postgresql://', 'postgresql+psycopg://', 1)}/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
