"""Several processes on one history: what one writes is a template candidate for the others at
once (real `screening serve` processes, a real `screening history import`, both backends)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import ROOT, free_port, running_server

NOW = datetime.now(timezone.utc).replace(second=0, microsecond=0) - timedelta(days=1)
TEMPLATE = (
    "Bonjour {name},\nMerci pour votre commande n° {order}. Votre iPhone a été contrôlé et sera expédié "
    "sous 48 heures avec son chargeur. Vous recevrez le numéro de suivi dès l'envoi.\nCordialement,\nJean"
)


def _reply(seller: str, i: int) -> dict:
    return {
        "id": f"{seller}-m{i}",
        "conversation_id": f"{seller}-c{i}",
        "seller_id": seller,
        "market": "fr",
        "author": "seller",
        "sent_at": (NOW + timedelta(minutes=i)).isoformat(),
        "text": TEMPLATE.format(name=f"Client{i}", order=4000 + i),
    }


def _env(location: str) -> dict[str, str]:
    if location.startswith("postgresql://"):
        return {"SCREENING_HISTORY_URL": location}
    return {"SCREENING_HISTORY_PATH": location}


def _repeated(verdict: dict) -> bool:
    return any(f["code"] == "template.repeated" for f in verdict["findings"])


def test_a_cli_import_into_a_running_servers_history_is_seen_at_once(history_location: str, tmp_path: Path) -> None:
    with running_server(_env(history_location), tmp_path / "server.log") as base:
        # The server has opened the history (and would have loaded any index) before the import.
        assert not _repeated(httpx.post(f"{base}/v1/screen", json={"message": _reply("s-imp", 9)}, timeout=30).json())
        source = tmp_path / "sent.jsonl"
        source.write_text(
            "".join(json.dumps(_reply("s-imp", i), ensure_ascii=False) + "\n" for i in range(2)), encoding="utf-8"
        )
        done = subprocess.run(
            [sys.executable, "-m", "screening.cli", "history", "import", str(source)],
            cwd=ROOT,
            env={**os.environ, **_env(history_location)},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stderr.strip().splitlines()[-1])["imported"] == 2
        # The next reply to a new conversation: two other conversations had it (imported by another process).
        verdict = httpx.post(f"{base}/v1/screen", json={"message": _reply("s-imp", 10)}, timeout=30).json()
        assert _repeated(verdict), verdict


def test_two_workers_on_one_postgresql_history_give_one_process_verdicts(postgres_url: str, tmp_path: Path) -> None:
    port = free_port()
    log_path = tmp_path / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "screening.cli",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--workers",
                "2",
            ],
            cwd=ROOT,
            env={**os.environ, "SCREENING_HISTORY_URL": postgres_url},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            # Both workers up (each logs uvicorn's startup line once its lifespan has loaded everything).
            while log_path.read_text(errors="replace").count("Application startup complete") < 2:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"server with 2 workers did not start:\n{log_path.read_text(errors='replace')}")
                time.sleep(0.2)
            verdicts = []
            for i in range(8):
                # A new connection per request, so the kernel spreads them over both workers.
                with httpx.Client(timeout=30, headers={"connection": "close"}) as client:
                    verdicts.append(client.post(f"{base}/v1/screen", json={"message": _reply("s-w2", i)}).json())
            # One process's answer: the first two are new, every later one repeats N = 2 others.
            assert [_repeated(v) for v in verdicts] == [False, False] + [True] * 6, verdicts
            assert (
                "to 7 other conversations"
                in next(f for f in verdicts[-1]["findings"] if f["code"] == "template.repeated")["detail"]
            )
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
