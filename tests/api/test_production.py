"""The production side of the API (docs/formats.md §6 and §8) on a real `screening serve` with a
keys file: which key reaches which endpoint, request ids, JSON logs without message text, metrics
that move, /docs with no network, the OpenAPI error schema."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time

import httpx
import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from api.access import KeyRing, KeysFileError, add_key, hash_key
from tests.api.conftest import ROOT, running_server

# The keys the server knows: name -> scopes (one key per scope of docs/formats.md §6).
KEY_SCOPES = {
    "screener": ["screen"],
    "importer": ["history:write"],
    "eraser": ["history:erase"],
    "reviewer": ["review"],
    "root": ["admin"],
}
# docs/formats.md §6, written out here (not read from api.access): the scope each endpoint needs.
CONTRACT_SCOPES = {
    "POST /v1/screen": "screen",
    "POST /v1/screen/batch": "screen",
    "POST /v1/conversations/assess": "screen",
    "POST /v1/absences/validate": "screen",
    "POST /v1/messages": "history:write",
    "DELETE /v1/history": "history:erase",
    "GET /v1/reviews": "review",
    "GET /v1/queue": "review",
    "POST /v1/reviews": "review",
}
OPEN = ["GET /healthz", "GET /readyz", "GET /metrics", "GET /docs", "GET /redoc", "GET /openapi.json"]
# A valid request to each endpoint (so an allowed key gets 200).
REQUESTS = {
    "POST /v1/screen": {
        "json": {"message": {"text": "Bonjour, le colis part demain.", "market": "fr"}, "record": False}
    },
    "POST /v1/screen/batch": {"json": {"messages": [{"text": "Merci beaucoup", "market": "fr"}]}},
    "POST /v1/conversations/assess": {
        "json": {
            "messages": [
                {
                    "id": "a-1",
                    "conversation_id": "ac",
                    "market": "fr",
                    "author": "buyer",
                    "sent_at": "2026-07-10T08:00:00Z",
                    "text": "Bonjour, où est mon colis ?",
                }
            ],
            "now": "2026-07-10T09:00:00Z",
        }
    },
    "POST /v1/absences/validate": {
        "json": {"market": "fr", "start": "2026-08-03", "end": "2026-08-04", "announced_on": "2026-07-01"}
    },
    "POST /v1/messages": {"json": {"messages": [{"id": "imp-1", "text": "ok", "market": "fr"}]}},
    "DELETE /v1/history": {"params": {"seller_id": "nobody"}},
    "POST /v1/reviews": {"json": {"message_id": "never-screened", "decision": "confirm", "reviewer": "ann"}},
}
# What an allowed key gets when it is not 200: a decision on a message never screened is a 404
# (past the scope check, which is what the table proves).
ALLOWED_STATUS = {"POST /v1/reviews": 404}
# Personal data in a screened message: none of it may reach the log.
SECRET_TEXT = "Écrivez à zorglub.plover@example.org ou au 06 98 76 54 32, mot XYZZY-PLUGH"
SECRET_PIECES = ["zorglub", "plover@example", "06 98 76 54 32", "0698765432", "XYZZY", "PLUGH", "Écrivez"]


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    directory = tmp_path_factory.mktemp("production")
    keys_file = directory / "keys.yaml"
    keys = {name: add_key(keys_file, name, scopes) for name, scopes in KEY_SCOPES.items()}
    env = {"SCREENING_HISTORY_PATH": str(directory / "history.sqlite3"), "SCREENING_API_KEYS_FILE": str(keys_file)}
    with running_server(env, directory / "server.log") as base:
        yield base, keys, directory / "server.log"


def _call(base: str, endpoint: str, key: str | None = None, **extra) -> httpx.Response:
    method, path = endpoint.split(" ", 1)
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    headers.update(extra.pop("headers", {}))
    return httpx.request(method, base + path, headers=headers, timeout=60, **{**REQUESTS.get(endpoint, {}), **extra})


# Every endpoint x every key: allowed (200) exactly when the key has the endpoint's scope or admin.
SCOPE_TABLE = [
    (
        endpoint,
        name,
        ALLOWED_STATUS.get(endpoint, 200) if needed in KEY_SCOPES[name] or "admin" in KEY_SCOPES[name] else 403,
    )
    for endpoint, needed in CONTRACT_SCOPES.items()
    for name in KEY_SCOPES
]


@pytest.mark.parametrize("endpoint, key_name, status", SCOPE_TABLE)
def test_scopes_per_endpoint(live, endpoint, key_name, status):
    base, keys, _ = live
    response = _call(base, endpoint, keys[key_name])
    assert response.status_code == status, response.text
    if status == 403:
        error = response.json()["error"]
        assert error["code"] == "forbidden"
        assert error["missing_scope"] == CONTRACT_SCOPES[endpoint]  # names what is missing
        assert CONTRACT_SCOPES[endpoint] in error["message"] and key_name in error["message"]


UNAUTHENTICATED = [
    # (Authorization header, what the row proves)
    (None, "no key at all"),
    ("Bearer sk_not-a-key-of-this-server", "a key nobody issued"),
    ("Basic c2NyZWVuZXI6eA==", "another scheme"),
    ("Bearer", "the scheme with no key after it"),
]


@pytest.mark.parametrize("endpoint", list(CONTRACT_SCOPES))
@pytest.mark.parametrize("authorization, why", UNAUTHENTICATED)
def test_no_or_unknown_key_is_401(live, endpoint, authorization, why):
    base, _, _ = live
    headers = {"Authorization": authorization} if authorization is not None else {}
    response = _call(base, endpoint, headers=headers)
    assert response.status_code == 401, why
    assert response.headers["www-authenticate"].startswith("Bearer")
    error = response.json()["error"]
    assert error["code"] == "unauthorized" and error["field"] == "authorization"
    assert f"'{CONTRACT_SCOPES[endpoint]}'" in error["message"]  # says which scope the endpoint needs


def test_an_unknown_caller_is_refused_before_its_body_is_parsed(live):
    base, _, _ = live
    response = httpx.post(
        f"{base}/v1/screen", content=b'{"message": {"text": ', headers={"content-type": "application/json"}
    )
    assert response.status_code == 401  # not 400: the body was never read


@pytest.mark.parametrize("endpoint", OPEN)
def test_probes_metrics_and_docs_need_no_key(live, endpoint):
    base, _, _ = live
    assert _call(base, endpoint).status_code == 200


def test_request_id_echoed_or_generated(live):
    base, keys, _ = live
    sent = _call(base, "POST /v1/screen", keys["screener"], headers={"X-Request-ID": "helpdesk-7f3a"})
    assert sent.headers["x-request-id"] == "helpdesk-7f3a"
    fresh = _call(base, "POST /v1/screen", keys["screener"])
    assert re.fullmatch(r"[0-9a-f]{32}", fresh.headers["x-request-id"])
    # Unusable ids (spaces, over 128 characters) are replaced, not written to the logs.
    for bad in ("two words", "x" * 129):
        replaced = _call(base, "GET /healthz", headers={"X-Request-ID": bad}).headers["x-request-id"]
        assert replaced != bad and re.fullmatch(r"[0-9a-f]{32}", replaced)
    refused = _call(base, "POST /v1/screen", headers={"X-Request-ID": "no-key-1"})
    assert refused.status_code == 401 and refused.headers["x-request-id"] == "no-key-1"  # refusals too


def test_verdicts_carry_the_policy_version(live):
    base, keys, _ = live
    ready = httpx.get(f"{base}/readyz").json()
    verdict = _call(base, "POST /v1/screen", keys["screener"]).json()
    assert verdict["policy_version"] == ready["policy_version"] and verdict["policy_version"]
    batch = _call(base, "POST /v1/screen/batch", keys["screener"]).json()
    assert [v["policy_version"] for v in batch["verdicts"]] == [ready["policy_version"]]


def _samples(base: str) -> dict[tuple[str, tuple], float]:
    text = httpx.get(f"{base}/metrics").text
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def test_metrics_move_with_requests_and_verdicts(live):
    base, keys, _ = live
    before = _samples(base)
    response = _call(
        base,
        "POST /v1/screen",
        keys["screener"],
        json={"message": {"text": "Appelez-moi au 06 12 34 56 78", "market": "fr"}, "record": False},
    )
    assert response.json()["action"] == "block"
    _call(base, "POST /v1/messages")  # a 401
    after = _samples(base)

    def moved(name: str, **labels: str) -> float:
        key = (name, tuple(sorted(labels.items())))
        return after.get(key, 0.0) - before.get(key, 0.0)

    assert moved("screening_http_requests_total", route="/v1/screen", method="POST", status="200") == 1
    assert moved("screening_http_requests_total", route="/v1/messages", method="POST", status="401") == 1
    assert moved("screening_http_request_duration_seconds_count", route="/v1/screen", method="POST") == 1
    assert moved("screening_http_request_duration_seconds_sum", route="/v1/screen", method="POST") > 0
    assert moved("screening_verdicts_total", action="block") == 1
    assert moved("screening_findings_total", code="contact.phone", action="block") == 1
    text = httpx.get(f"{base}/metrics").text
    assert "# TYPE screening_check_errors_total counter" in text
    assert "# TYPE screening_http_request_duration_seconds histogram" in text


def test_metrics_history_size_follows_imports(live):
    base, keys, _ = live
    records = [{"id": f"size-{i}", "text": f"réponse {i}", "market": "fr"} for i in range(7)]
    # The gauge reads the store at most every 2 s: wait that long so the starting value is current
    # (earlier tests' screens are recorded too, the batch ones included).
    time.sleep(2.5)
    start = _samples(base)[("screening_history_messages", ())]
    assert _call(base, "POST /v1/messages", keys["importer"], json={"messages": records}).json()["imported"] == 7
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if _samples(base)[("screening_history_messages", ())] == start + 7:
            return
        time.sleep(0.5)
    pytest.fail("screening_history_messages did not count the 7 imported messages within 10 s")


def test_logs_are_json_lines_without_message_text(live):
    base, keys, log_path = live
    response = _call(
        base,
        "POST /v1/screen",
        keys["screener"],
        headers={"X-Request-ID": "log-check-1"},
        json={"message": {"text": SECRET_TEXT, "market": "fr", "seller_id": "s-9"}},
    )
    assert response.json()["action"] == "block"
    batch = [{"text": SECRET_TEXT, "market": "fr"}, {"text": "Merci, bonne journée", "market": "fr"}]
    _call(
        base,
        "POST /v1/screen/batch",
        keys["screener"],
        headers={"X-Request-ID": "log-check-2"},
        json={"messages": batch},
    )
    time.sleep(0.3)  # the line is written after the response
    log = log_path.read_text(encoding="utf-8", errors="replace")
    for piece in SECRET_PIECES + list(live[1].values()):  # message text, e-mail, phone, the keys in clear
        assert piece not in log, piece
    lines = [json.loads(line) for line in log.splitlines() if line.strip()]  # every line is JSON
    one = next(line for line in lines if line.get("request_id") == "log-check-1" and line.get("event") == "request")
    assert one["route"] == "/v1/screen" and one["status"] == 200 and one["latency_ms"] > 0
    assert one["action"] == "block" and "contact.email" in one["codes"] and one["key"] == "screener"
    many = next(line for line in lines if line.get("request_id") == "log-check-2" and line.get("event") == "request")
    assert many["actions"] == {"block": 1, "allow": 1}


def test_docs_load_with_no_network(live):
    base, _, _ = live
    for page in ("/docs", "/redoc"):
        html = httpx.get(base + page).text
        urls = re.findall(r"""(?:src|href)=["']([^"']+)""", html)
        assert urls, page
        assert not [u for u in urls if "//" in u], f"{page} loads something from another host"
        assert "fonts.googleapis" not in html and "cdn" not in html.lower()
        for url in urls:
            asset = httpx.get(base + url)
            assert asset.status_code == 200 and len(asset.content) > 1000, url
    assert "SwaggerUIBundle" in httpx.get(f"{base}/docs-assets/swagger-ui-bundle.js").text


def test_openapi_documents_the_real_error_body(live):
    base, keys, _ = live
    document = httpx.get(f"{base}/openapi.json").json()
    assert "HTTPValidationError" not in json.dumps(document)
    error_ref = {"$ref": "#/components/schemas/ErrorBody"}
    operations = {
        f"{method.upper()} {path}": op for path, ops in document["paths"].items() for method, op in ops.items()
    }
    for label, operation in operations.items():
        for status, response in operation["responses"].items():
            if status.startswith("4"):
                assert response["content"]["application/json"]["schema"] == error_ref, (label, status)
        secured = label in CONTRACT_SCOPES
        assert ("security" in operation) == secured, label
        if secured:
            assert {"401", "403", "422"} <= set(operation["responses"]), label
    detail = document["components"]["schemas"]["ErrorDetail"]
    assert {"code", "message"} <= set(detail["required"])
    # The body the server really sends on a bad field has exactly that shape.
    real = _call(base, "POST /v1/screen", keys["screener"], json={"message": {"text": "x", "market": "zz"}})
    assert real.status_code == 422
    assert set(real.json()) == {"error"} and set(real.json()["error"]) <= set(detail["properties"])


def test_metrics_add_up_every_worker(tmp_path):
    # Two workers: a scrape reaches one of them and must still count every request (each worker
    # alone would show about half).
    env = {"SCREENING_HISTORY_PATH": str(tmp_path / "history.sqlite3")}
    with running_server(env, tmp_path / "server.log", args=("--workers", "2")) as base:
        for i in range(30):  # a new connection each: the kernel spreads them over the workers
            httpx.post(
                f"{base}/v1/screen",
                json={"message": {"text": f"Merci {i}", "market": "fr"}, "record": False},
                timeout=60,
            ).raise_for_status()
        for _ in range(6):
            counted = _samples(base).get(
                ("screening_http_requests_total", (("method", "POST"), ("route", "/v1/screen"), ("status", "200")))
            )
            assert counted == 30
        assert _samples(base)[("screening_verdicts_total", (("action", "allow"),))] == 30


# --- the keys file and the command line --------------------------------------------------------

BAD_KEYS_FILES = [
    # (file content, words the error must contain)
    ("", "missing or empty"),
    ("keys: {}", "list `keys:`"),
    ("keys:\n  - {name: a, sha256: 'sk_plain_key', scopes: [screen]}", "sha256"),
    (f"keys:\n  - {{name: a, sha256: '{hash_key('x')}', scopes: [everything]}}", "scopes"),
    (
        f"keys:\n  - {{name: a, sha256: '{hash_key('x')}', scopes: [screen]}}\n"
        f"  - {{name: a, sha256: '{hash_key('y')}', scopes: [screen]}}",
        "used twice",
    ),
]


@pytest.mark.parametrize("content, words", BAD_KEYS_FILES)
def test_a_bad_keys_file_is_refused_naming_it(tmp_path, content, words):
    path = tmp_path / "keys.yaml"
    path.write_text(content)
    with pytest.raises(KeysFileError, match=re.escape(words)) as caught:
        KeyRing.load(path)
    assert str(path) in str(caught.value)


def test_keys_add_prints_the_key_once_and_stores_only_its_hash(tmp_path):
    path = tmp_path / "keys.yaml"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "screening.cli",
            "keys",
            "add",
            "helpdesk",
            "--scopes",
            "screen,history:write",
            "--file",
            str(path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    key = run.stdout.strip()
    assert len(key) > 40
    stored = path.read_text()
    assert key not in stored
    assert yaml.safe_load(stored)["keys"] == [
        {"name": "helpdesk", "sha256": hash_key(key), "scopes": ["screen", "history:write"]}
    ]
    found = KeyRing.load(path).find(key)
    assert found is not None and found.allows("history:write") and not found.allows("history:erase")
    again = subprocess.run(
        [sys.executable, "-m", "screening.cli", "keys", "add", "helpdesk", "--scopes", "screen", "--file", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert again.returncode == 2 and "exists already" in again.stderr


SERVE_REFUSALS = [
    # (arguments, environment, words of the error): refused before anything is loaded
    (["--host", "0.0.0.0"], {}, "--insecure"),  # open mode on every interface
    (["--host", "127.0.0.1"], {"SCREENING_API_KEYS_FILE": "/nonexistent/keys.yaml"}, "/nonexistent/keys.yaml"),
]


@pytest.mark.parametrize("arguments, env, words", SERVE_REFUSALS)
def test_serve_refuses_open_mode_off_loopback_and_bad_keys_files(arguments, env, words):
    import os

    environment = {k: v for k, v in os.environ.items() if k != "SCREENING_API_KEYS_FILE"}
    run = subprocess.run(
        [sys.executable, "-m", "screening.cli", "serve", "--port", "1", *arguments],
        cwd=ROOT,
        env={**environment, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert words in run.stderr
