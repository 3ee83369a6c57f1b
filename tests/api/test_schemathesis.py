"""Property-based API testing with schemathesis against a real server.

Every operation of the OpenAPI document gets EXAMPLES generated requests in the positive mode
(requests that fit the schema) and as many in the negative mode (requests that break it): over
2,000 requests in all. Asserted on each response: never a server error, the status is one the
document declares, the body fits the declared schema (errors included) and the content type
matches. A schema-valid request may still be refused (an unknown market is a string): a 4xx with
the contract's error body is fine, a 5xx never is.

(schemathesis' own pytest plugin does not run under this pytest version, so each operation's
strategy is driven by hypothesis here; the checks are schemathesis'.)
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.api.conftest import running_server

EXAMPLES = 120  # per operation and mode: 9 operations x 2 modes (+ 2 probes, positive only) > 2,000 requests
ADMIN_TOKEN = "schemathesis-admin"
WITH_INPUT = [
    "POST /v1/screen",
    "POST /v1/screen/batch",
    "POST /v1/messages",
    "POST /v1/conversations/assess",
    "POST /v1/absences/validate",
    "DELETE /v1/history",
    "POST /v1/reviews",
    "GET /v1/reviews",
    "GET /v1/queue",
]
PROBES = ["GET /healthz", "GET /readyz"]  # no input: nothing to make invalid
OPERATIONS = WITH_INPUT + PROBES
RUNS = [(label, GenerationMode.POSITIVE) for label in OPERATIONS] + [
    (label, GenerationMode.NEGATIVE) for label in WITH_INPUT
]
SENT: list[str] = []
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


# Two deployments: open mode on an SQLite file (erasure through the admin token), and production's
# shape (issue P9): a keys file, every request with a key of scope `admin`, the history on a
# PostgreSQL server (the session's throwaway one).
DEPLOYMENTS = ["open mode, SQLite", "keys, PostgreSQL"]
AUTHORIZATION: dict[str, str] = {}  # the deployment under test: the header its requests carry


@pytest.fixture(scope="module", params=DEPLOYMENTS)
def api_schema(request, tmp_path_factory):
    from api.access import add_key

    directory = tmp_path_factory.mktemp("schemathesis")
    if request.param == "open mode, SQLite":
        env = {"SCREENING_HISTORY_PATH": str(directory / "history.sqlite3"), "SCREENING_ADMIN_TOKEN": ADMIN_TOKEN}
        AUTHORIZATION.update(header=f"Bearer {ADMIN_TOKEN}", every_request="")
    else:
        import psycopg

        server = request.getfixturevalue("postgres_server")  # the session's; a database of this module's
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute("CREATE DATABASE schemathesis")
        key = add_key(directory / "keys.yaml", "fuzzer", ["admin"])
        env = {
            "SCREENING_HISTORY_URL": f"{server}/schemathesis",
            "SCREENING_API_KEYS_FILE": str(directory / "keys.yaml"),
        }
        AUTHORIZATION.update(header=f"Bearer {key}", every_request="yes")
    with running_server(env, directory / "server.log") as base:
        schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
        schema.config.update(base_url=base)
        yield schema


def test_the_document_lists_every_operation(api_schema):
    labels = {result.ok().label for result in api_schema.get_all_operations()}
    assert labels == set(OPERATIONS)


@pytest.mark.slow
@pytest.mark.parametrize("label, mode", RUNS)
def test_generated_requests_never_fail(api_schema, label, mode):
    operation = api_schema.find_operation_by_label(label)
    assert operation is not None
    sent = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        print_blob=True,
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        # Open mode: only erasure needs the admin token. With keys: every operation needs the key.
        needed = AUTHORIZATION["every_request"] or case.method.upper() == "DELETE"
        headers = {"Authorization": AUTHORIZATION["header"]} if needed else None
        response = case.call_and_validate(headers=headers, checks=CHECKS, timeout=60)
        if mode is GenerationMode.POSITIVE:  # (negative mode may break the Authorization header itself)
            assert response.status_code not in (401, 403)  # the request reached the operation, not the key check
        sent.append(case)

    run()
    assert sent  # requests really went out
    SENT.extend(f"{label} {mode.value}" for _ in sent)


def test_at_least_2000_generated_requests_were_checked():
    # Runs after the generated tests (file order), which ran once per deployment.
    assert len(SENT) >= 2000 * len(DEPLOYMENTS)
    assert {mode.value for _, mode in RUNS} == {text.rsplit(" ", 1)[1] for text in SENT}
