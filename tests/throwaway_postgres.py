"""A PostgreSQL server of the distribution's packages, started on a free loopback port in a folder
of its own and stopped after use: the store tests' server (tests/conftest.py) and the benchmarks'
(bench/bench_http.py --store postgresql). Plain code, no pytest: a failure raises PostgresError
naming the step and quoting the server's log."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


class PostgresError(RuntimeError):
    """The server could not be installed, initialised or started; the message says why."""


def postgres_bin() -> Path:
    """The folder of initdb and pg_ctl: on PATH, else the newest /usr/lib/postgresql/*/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent  # a link on PATH: the folder of the real binaries
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not versions:
        raise PostgresError(
            "PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin): "
            "install it with `make postgresql` (apt-get install -y postgresql; .ci/run does)"
        )
    return Path(versions[-1]).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def throwaway_postgres(folder: Path | None = None, *, keep: bool = False) -> Iterator[str]:
    """Start a server and yield its base URL (no database name): postgresql://postgres@127.0.0.1:PORT.

    `folder`: where its data lives (default: a new temporary folder). A folder that already holds an
    initialised cluster is started as it is (a benchmark's cached history); `keep` leaves the folder
    in place after the stop (stopped cleanly then, so the data is whole). PostgreSQL refuses to run
    as root: then it runs as the `postgres` user (runuser), who owns the folder."""
    import pwd

    bin_dir = postgres_bin()
    data = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="screening-pg-"))
    data.mkdir(parents=True, exist_ok=True)
    prefix: list[str] = []
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresError(
                "running as root and there is no `postgres` user to run the server as "
                "(the postgresql package creates it)"
            ) from None
        os.chown(data, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    port = free_port()

    def run(*args: str) -> None:
        done = subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = (data / "server.log").read_text(errors="replace") if (data / "server.log").exists() else ""
            raise PostgresError(
                f"PostgreSQL server: {' '.join(args[:2])} failed ({done.returncode}):\n"
                f"{done.stdout}{done.stderr}{log[-4000:]}"
            )

    if not (data / "db" / "PG_VERSION").exists():
        run(str(bin_dir / "initdb"), "-D", str(data / "db"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
    # fsync off: a throwaway server; the socket directory is the data directory (not /var/run).
    run(
        str(bin_dir / "pg_ctl"),
        "-D",
        str(data / "db"),
        "-l",
        str(data / "server.log"),
        "-w",
        "-t",
        "60",
        "-o",
        f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off",
        "start",
    )
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        # A kept cluster is stopped cleanly ("fast": its data written out); a throwaway one at once.
        mode = "fast" if keep else "immediate"
        subprocess.run(
            [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data / "db"), "-m", mode, "-w", "stop"],
            capture_output=True,
            timeout=300,
        )
        if not keep:
            shutil.rmtree(data, ignore_errors=True)
