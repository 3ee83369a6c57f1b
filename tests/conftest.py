"""Shared fixtures: one Screener for the session (models load once), fresh stores per test."""

from __future__ import annotations

import os
from typing import Iterator

import pytest

from screening import Policy, Screener


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

import glob
import itertools
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _postgres_bin() -> Path:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not versions:
        pytest.fail("PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin): "
                    "install it with `apt-get install -y postgresql` (.ci/run does) to run the store tests",
                    pytrace=False)
    return Path(versions[-1]).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server() -> "Iterator[str]":
    """A throwaway PostgreSQL server for the session; yields its base URL (no database name).
    PostgreSQL refuses to run as root: then it runs as the `postgres` user (runuser)."""
    import pwd

    bin_dir = _postgres_bin()
    data = Path(tempfile.mkdtemp(prefix="screening-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            pytest.fail("running as root and there is no `postgres` user to run the test server as "
                        "(the postgresql package creates it)", pytrace=False)
        os.chown(data, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()

    def run(*args: str) -> None:
        done = subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = (data / "server.log").read_text(errors="replace") if (data / "server.log").exists() else ""
            pytest.fail(f"PostgreSQL test server: {' '.join(args[:2])} failed ({done.returncode}):\n"
                        f"{done.stdout}{done.stderr}{log}", pytrace=False)

    run(str(bin_dir / "initdb"), "-D", str(data / "db"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
    # fsync off: a throwaway server; the socket directory is the data directory (not /var/run).
    run(str(bin_dir / "pg_ctl"), "-D", str(data / "db"), "-l", str(data / "server.log"), "-w", "-t", "60", "-o",
        f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off", "start")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data / "db"), "-m", "immediate", "-w", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(data, ignore_errors=True)


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
    from screening.history import open_history

    stores = []

    def make(retention_days: int | None = None):
        store = open_history(history_location, retention_days=retention_days)
        stores.append(store)
        return store

    yield make
    for store in stores:
        store.close()
