"""After start-up the service's long-lived objects (models, vocabularies, lexicons) are frozen out
of the garbage collector: a full collection otherwise walked ~200,000 of them (120-210 ms, every
request waiting)."""

from __future__ import annotations

import gc

from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings


def test_start_up_freezes_what_it_loaded(tmp_path) -> None:
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    try:
        with TestClient(create_app(Settings(history_path=tmp_path / "history.sqlite3"))) as client:
            assert client.get("/readyz").status_code == 200
            assert gc.get_freeze_count() > 100_000
    finally:
        gc.unfreeze()
