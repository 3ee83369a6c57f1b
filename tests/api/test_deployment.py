"""The README's "Deployment" section, step by step, on real parts: a database made with PostgreSQL's
`createdb`, a key made with `screening keys add`, `screening serve --workers 2` configured by
SCREENING_HISTORY_URL and SCREENING_API_KEYS_FILE, the load balancer's health checks, a stream
replayed through 1 and 2 workers giving the same verdicts, and a graceful stop (SIGTERM) that
finishes the request in flight."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from tests.api.conftest import ROOT, free_port
from tests.throwaway_postgres import postgres_bin

NOW = datetime.now(timezone.utc).replace(second=0, microsecond=0) - timedelta(hours=3)
TEMPLATE = (
    "Bonjour {name},\nMerci pour votre commande n° {order}. Votre iPhone a été contrôlé et sera expédié "
    "sous 48 heures avec son chargeur. Vous recevrez le numéro de suivi dès l'envoi.\nCordialement,\n{seller}"
)


def _stream() -> list[dict]:
    """Two sellers' replies, interleaved, each sent to new conversations (the 3rd and later are
    template repeats), a buyer's question, a reply with a phone number (blocked, not recorded)."""
    records = []
    for i in range(6):
        for seller in ("s-a", "s-b"):
            records.append(
                {
                    "id": f"{seller}-{i}",
                    "conversation_id": f"{seller}-c{i}",
                    "seller_id": seller,
                    "market": "fr",
                    "author": "seller",
                    "sent_at": (NOW + timedelta(minutes=2 * i)).isoformat(),
                    "text": TEMPLATE.format(name=f"Client{i}", order=7100 + i, seller=seller),
                }
            )
    records.insert(
        3,
        {
            "id": "b-1",
            "conversation_id": "s-a-c1",
            "seller_id": "s-a",
            "market": "fr",
            "author": "buyer",
            "sent_at": (NOW + timedelta(minutes=3)).isoformat(),
            "text": "Bonjour, le téléphone est-il débloqué tout opérateur ?",
        },
    )
    records.insert(
        6,
        {
            "id": "s-a-phone",
            "conversation_id": "s-a-c9",
            "seller_id": "s-a",
            "market": "fr",
            "author": "seller",
            "sent_at": (NOW + timedelta(minutes=5)).isoformat(),
            "text": "Appelez-moi au 06 12 34 56 78 pour finaliser.",
        },
    )
    return records


def createdb(server: str, name: str) -> str:
    """README step 1, as written there: PostgreSQL's own `createdb` (the server is the test's)."""
    parts = urlsplit(server)
    done = subprocess.run(
        [str(postgres_bin() / "createdb"), "-h", parts.hostname, "-p", str(parts.port), "-U", parts.username, name],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return f"{server}/{name}"


def keys_add(keys_file: Path, name: str, scopes: str) -> str:
    """README step 2: `screening keys add`; the key is the one line it prints."""
    done = subprocess.run(
        [sys.executable, "-m", "screening.cli", "keys", "add", name, "--scopes", scopes, "--file", str(keys_file)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


class Serve:
    """README step 3: `screening serve --workers N` with the two settings, its log in a file."""

    def __init__(self, env: dict[str, str], workers: int, log_path: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.workers = workers
        with log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "screening.cli",
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--workers",
                    str(workers),
                ],
                cwd=ROOT,
                env={**os.environ, **env},
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_ready(self) -> None:
        """What a load balancer does (step 4): poll /readyz until 200; here also until every
        worker has logged that it is up, so requests reach all of them."""
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"server exited early:\n{self.log()}")
            try:
                ready = httpx.get(f"{self.base}/readyz", timeout=2).status_code == 200
            except httpx.HTTPError:
                ready = False
            if ready and self.log().count("Application startup complete") >= self.workers:
                return
            time.sleep(0.2)
        pytest.fail(f"server with {self.workers} workers not ready within 180 s:\n{self.log()}")

    def stop(self) -> int:
        """Step 5: SIGTERM; the exit status. uvicorn finishes the requests in flight, runs the
        app's shutdown, then re-raises the signal: -SIGTERM is its clean exit (systemd and
        Kubernetes count it as one), as 0 is."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.kill()
            pytest.fail(f"server still running 60 s after SIGTERM:\n{self.log()}")

    def kill(self) -> None:
        """The whole process group: a SIGKILL of uvicorn's master alone leaves its workers running."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()


@pytest.fixture
def deployment(postgres_server: str, tmp_path: Path) -> Iterator:
    """deploy(workers) -> (Serve, key): a fresh database, a keys file with one key of scope
    `screen`, a running server; every server is stopped at the end."""
    started: list[Serve] = []
    keys_file = tmp_path / "keys.yaml"
    key = keys_add(keys_file, "helpdesk", "screen")

    def deploy(workers: int) -> tuple[Serve, str]:
        url = createdb(postgres_server, f"deploy_{os.getpid()}_{len(started)}_{workers}")
        serve = Serve(
            {"SCREENING_HISTORY_URL": url, "SCREENING_API_KEYS_FILE": str(keys_file)},
            workers,
            tmp_path / f"server-{len(started)}.log",
        )
        started.append(serve)
        serve.wait_ready()
        return serve, key

    yield deploy
    for serve in started:
        serve.kill()  # what a failed test left running (a stopped server's group is empty)


def _replay(base: str, key: str, records: list[dict]) -> list[tuple]:
    """Each record screened on a new connection (the kernel spreads them over the workers)."""
    out = []
    for record in records:
        with httpx.Client(timeout=60, headers={"connection": "close", "authorization": f"Bearer {key}"}) as client:
            response = client.post(f"{base}/v1/screen", json={"message": record})
        assert response.status_code == 200, response.text
        verdict = response.json()
        out.append(
            (
                verdict["id"],
                verdict["action"],
                sorted(f["code"] for f in verdict["findings"]),
                [f["detail"] for f in verdict["findings"] if f["code"] == "template.repeated"],
            )
        )
    return out


def test_the_readme_deployment_two_workers_on_one_postgresql(deployment) -> None:
    one, key = deployment(1)
    two, _ = deployment(2)
    # The load balancer's checks need no key; the service's endpoints do.
    for serve in (one, two):
        assert httpx.get(f"{serve.base}/healthz", timeout=10).json() == {"status": "ok"}
        assert httpx.get(f"{serve.base}/readyz", timeout=10).json()["status"] == "ready"
    record = {"text": "Bonjour, le colis part demain.", "market": "fr"}
    assert httpx.post(f"{two.base}/v1/screen", json={"message": record, "record": False}, timeout=60).status_code == 401
    allowed = httpx.post(
        f"{two.base}/v1/screen",
        json={"message": record, "record": False},
        timeout=60,
        headers={"authorization": f"Bearer {key}"},
    )
    assert allowed.status_code == 200 and allowed.json()["policy_version"]
    # The key has scope `screen` only.
    assert (
        httpx.post(
            f"{two.base}/v1/messages",
            json={"messages": [record]},
            timeout=60,
            headers={"authorization": f"Bearer {key}"},
        ).status_code
        == 403
    )
    # One stream through 1 worker and through 2 workers (each on its own fresh database): the same
    # verdicts, and they are the ones a single history gives (3rd and later template replies flagged).
    stream = _stream()
    through_one, through_two = _replay(one.base, key, stream), _replay(two.base, key, stream)
    assert through_two == through_one
    repeated = [i for i, action, codes, _ in through_one if "template.repeated" in codes]
    assert repeated == [f"{seller}-{i}" for i in range(2, 6) for seller in ("s-a", "s-b")]
    assert "contact.phone" in dict((i, c) for i, _, c, _ in through_one)["s-a-phone"]
    # Both workers serve (each logs its own requests with its process id): 8 clients at once, as
    # behind a load balancer (one by one, the kernel may hand every connection to the same worker).
    with ThreadPoolExecutor(8) as pool:
        answers = list(
            pool.map(
                lambda i: httpx.post(
                    f"{two.base}/v1/screen",
                    timeout=60,
                    json={"message": {**record, "id": f"burst-{i}"}, "record": False},
                    headers={"authorization": f"Bearer {key}"},
                ),
                range(32),
            )
        )
    assert {a.status_code for a in answers} == {200}
    pids = {
        json.loads(line).get("pid")
        for line in two.log().splitlines()
        if line.startswith("{") and '"route": "/v1/screen"' in line
    }
    assert len(pids - {None}) == 2, pids
    for serve in (one, two):
        assert serve.stop() in (0, -signal.SIGTERM)
        # Each worker ran the app's shutdown (the history closed), none was killed midway.
        assert serve.log().count("Application shutdown complete") == serve.workers, serve.log()[-2000:]


def test_sigterm_finishes_the_request_in_flight_then_exits(deployment) -> None:
    serve, key = deployment(2)
    # A batch of 1,000 replies takes seconds to screen: SIGTERM arrives while it is computed.
    batch = {
        "messages": [
            {
                "id": f"g-{i}",
                "text": f"Bonjour, votre commande {i} part demain avec son chargeur.",
                "market": "fr",
                "seller_id": "s-g",
                "conversation_id": f"g-c{i}",
            }
            for i in range(1000)
        ],
        "record": False,
    }
    body = json.dumps(batch).encode()
    with socket.create_connection(("127.0.0.1", serve.port), timeout=120) as sock:
        sock.sendall(
            b"POST /v1/screen/batch HTTP/1.1\r\nhost: test\r\ncontent-type: application/json\r\n"
            b"authorization: Bearer " + key.encode() + b"\r\n"
            b"content-length: " + str(len(body)).encode() + b"\r\nconnection: close\r\n\r\n" + body
        )
        time.sleep(0.5)  # the worker has read the request and is screening it
        sock.setblocking(False)
        with pytest.raises(BlockingIOError):  # no answer yet: the batch is still in flight
            sock.recv(1)
        sock.setblocking(True)
        started = time.monotonic()
        serve.process.send_signal(signal.SIGTERM)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head, _, payload = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200"), head
    assert len(json.loads(payload)["verdicts"]) == 1000
    assert serve.stop() in (0, -signal.SIGTERM)
    assert serve.log().count("Application shutdown complete") == 2
    # Once stopped, nothing listens: a load balancer sees the instance gone.
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{serve.base}/healthz", timeout=5)
    assert time.monotonic() - started < 60
