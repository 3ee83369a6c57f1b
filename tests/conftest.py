"""Shared fixtures: one Screener for the session (models load once), fresh stores per test."""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import Iterator

import pytest

from screening import Policy, Screener
from tests.throwaway_postgres import PostgresError, throwaway_postgres


@pytest.fixture(scope="session")
def policy() -> Policy:
    # The shipped policy; SCREENING_POLICY_PATH may point elsewhere, as for the service and the CLI.
    return Policy.load(os.environ.get("SCREENING_POLICY_PATH"))


@pytest.fixture(scope="session")
def screener(policy: Policy) -> Screener:
    return Screener.create(policy)


# --- history stores: both backends --------------------------------------------------------------
# The store tests run against the embedded SQLite file and a real PostgreSQL server that this
# session starts itself (initdb into a temporary directory, pg_ctl on a free port). PostgreSQL
# tests never skip: a server that cannot start fails them, saying why (.ci/run installs it).


@pytest.fixture(scope="session")
def postgres_server() -> "Iterator[str]":
    """A throwaway PostgreSQL server for the session (tests/throwaway_postgres.py); yields its base
    URL (no database name)."""
    try:
        server = throwaway_postgres()
        url = server.__enter__()
    except PostgresError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        yield url
    finally:
        server.__exit__(None, None, None)


_database_numbers = itertools.count(1)


@pytest.fixture
def postgres_url(postgres_server: str) -> "Iterator[str]":
    """A fresh, empty database on the session's server."""
    import psycopg

    name = f"history_{os.getpid()}_{next(_database_numbers)}"
    with psycopg.connect(f"{postgres_server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"{postgres_server}/{name}"
    with psycopg.connect(f"{postgres_server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def history_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a history lives, for each backend: an SQLite file path or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "history.sqlite3")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def open_store(history_location: str) -> "Iterator":
    """open_store(retention_days=None) -> a store of the parametrised backend, closed after the test."""
    from screening.store.history import open_history

    stores = []

    def make(retention_days: int | None = None):
        store = open_history(history_location, retention_days=retention_days)
        stores.append(store)
        return store

    yield make
    for store in stores:
        store.close()
