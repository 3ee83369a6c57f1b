"""Several writers on one history file: a real server taking screens and imports from
several clients while `screening history import` writes into the same SQLite file.

Asserted: no 5xx, every acknowledged row is in the file, the CLI import finishes with every record
imported, and the server's log never says "database is locked". Timings are not asserted (the
machine is shared); the run is bounded by DURATION.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone

import httpx

from tests.api.conftest import ROOT, running_server

DURATION = 30.0  # seconds of load (the figure)
SCREEN_CLIENTS = 8
IMPORT_CLIENTS = 2
FILE_RECORDS = 20_000


def test_clients_and_a_cli_import_write_the_same_history(tmp_path):
    database = tmp_path / "history.sqlite3"
    sent_at = (datetime.now(timezone.utc) - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    source = tmp_path / "sent.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for i in range(FILE_RECORDS):
            handle.write(
                json.dumps(
                    {
                        "id": f"file-{i}",
                        "conversation_id": f"fc-{i % 500}",
                        "seller_id": f"fs-{i % 50}",
                        "market": "fr",
                        "author": "seller",
                        "sent_at": sent_at,
                        "text": f"Bonjour, votre commande {i} part demain. Bonne journée.",
                    }
                )
                + "\n"
            )

    statuses: list[int] = []
    acknowledged: list[str] = []
    lock = threading.Lock()
    stop = 0.0  # set once the server is ready: its start-up is no part of the load (it took > 30 s on a busy machine)

    def screen_client(n: int) -> None:
        with httpx.Client(base_url=base, timeout=120) as client:
            i = 0
            while time.monotonic() < stop:
                message_id = f"screen-{n}-{i}"
                response = client.post(
                    "/v1/screen",
                    json={
                        "message": {
                            "id": message_id,
                            "conversation_id": f"sc-{n}",
                            "seller_id": f"ss-{n}",
                            "market": "fr",
                            "sent_at": sent_at,
                            "text": f"Merci pour votre achat numéro {i}, le colis part demain.",
                        }
                    },
                )
                with lock:
                    statuses.append(response.status_code)
                    if response.status_code == 200 and response.json()["action"] != "block":
                        acknowledged.append(message_id)
                i += 1

    def import_client(n: int) -> None:
        with httpx.Client(base_url=base, timeout=120) as client:
            i = 0
            while time.monotonic() < stop:
                ids = [f"api-{n}-{i}-{k}" for k in range(50)]
                response = client.post(
                    "/v1/messages",
                    json={
                        "messages": [
                            {
                                "id": message_id,
                                "conversation_id": f"ac-{n}",
                                "seller_id": f"as-{n}",
                                "market": "fr",
                                "sent_at": sent_at,
                                "text": f"Réponse envoyée {message_id}",
                            }
                            for message_id in ids
                        ]
                    },
                )
                with lock:
                    statuses.append(response.status_code)
                    if response.status_code == 200:
                        acknowledged.extend(ids)
                i += 1

    log_path = tmp_path / "server.log"
    with running_server({"SCREENING_HISTORY_PATH": str(database)}, log_path) as base:
        stop = time.monotonic() + DURATION
        importer = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "screening.cli",
                "history",
                "--db",
                str(database),
                "import",
                str(source),
                "--batch-size",
                "1000",
                "--workers",
                "2",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        threads = [threading.Thread(target=screen_client, args=(n,)) for n in range(SCREEN_CLIENTS)]
        threads += [threading.Thread(target=import_client, args=(n,)) for n in range(IMPORT_CLIENTS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        out, err = importer.communicate(timeout=300)

    assert statuses, "no request was made"
    assert [s for s in statuses if s >= 500] == []
    assert set(statuses) == {200}
    assert importer.returncode == 0, err
    summary = json.loads(err.strip().splitlines()[-1])
    assert summary["imported"] == FILE_RECORDS and summary["errors"] == 0
    with sqlite3.connect(database) as db:
        stored = {row[0] for row in db.execute("SELECT id FROM messages")}
    assert set(acknowledged) <= stored  # 0 lost rows
    assert {f"file-{i}" for i in range(FILE_RECORDS)} <= stored
    assert "database is locked" not in log_path.read_text(errors="replace")
