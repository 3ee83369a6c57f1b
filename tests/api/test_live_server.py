"""The API as a real `uvicorn` process on a free port: what the helpdesk actually talks to.
The test starts `screening serve` itself (the real console entry point) and stops it afterwards."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    env = {**os.environ, "SCREENING_HISTORY_PATH": str(tmp_path_factory.mktemp("live") / "history.sqlite3")}
    process = subprocess.Popen(
        [sys.executable, "-m", "screening.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited early:\n{process.stdout.read().decode(errors='replace')}")
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("server did not become ready within 120 s")
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def test_live_screen_and_batch(server):
    verdict = httpx.post(
        f"{server}/v1/screen",
        json={"message": {"id": "live-1", "text": "Écrivez-moi : jean [at] gmail [dot] com", "market": "fr"}},
    ).json()
    assert verdict["id"] == "live-1"
    assert verdict["action"] == "block"
    assert [f["code"] for f in verdict["findings"] if f["check"] == "contact"] == ["contact.email"]

    batch = httpx.post(
        f"{server}/v1/screen/batch",
        json={
            "messages": [
                {"id": "x", "text": "Danke, das Paket ist unterwegs.", "market": "de"},
                {
                    "id": "y",
                    "text": "Ruf mich an: null eins sieben eins, zwei drei vier fünf sechs sieben acht",
                    "market": "de",
                },
            ]
        },
    ).json()
    assert [v["action"] for v in batch["verdicts"]] == ["allow", "block"]


def test_live_bad_input_is_a_4xx_not_a_500(server):
    response = httpx.post(
        f"{server}/v1/screen", content=b'{"message": {"text": ', headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "malformed_json"
    response = httpx.post(f"{server}/v1/screen", json={"message": {"text": "hola", "market": "xx"}})
    assert response.status_code == 422
    assert "known markets" in response.json()["error"]["message"]


def test_live_history_survives_in_the_database_file(server):
    records = [{"id": f"live-h-{i}", "text": "ok", "market": "fr"} for i in range(5)]
    assert httpx.post(f"{server}/v1/messages", json={"messages": records}).json()["imported"] == 5
    assert httpx.post(f"{server}/v1/messages", json={"messages": records}).json()["duplicates"] == 5
