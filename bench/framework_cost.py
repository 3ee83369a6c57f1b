"""What the HTTP stack costs a request, apart from the checks: one `screening serve` worker on an
empty history, sequential POST /v1/screen of a two-letter buyer message (nothing for the checks
to do), with a key. Printed: the server's CPU per request (utime+stime from /proc) and the wall
time per request.

    python -m bench.framework_cost                  # 4,000 requests after 300 warm-up
    python -m bench.framework_cost --requests 10000

Used to choose the event loop and HTTP parser (`screening serve`: uvloop and httptools, see
api/limits.py); run it alternately with another commit to compare (the machine is shared).
"""

from __future__ import annotations

import argparse
import http.client
import json
import sys
import tempfile
import time
from pathlib import Path

from bench import host_reference_us


def _body(i: int) -> bytes:
    record = {
        "id": f"m{i}",
        "conversation_id": "c1",
        "seller_id": "s1",
        "market": "uk",
        "author": "buyer",
        "sent_at": "2026-12-06T10:00:00Z",
        "text": "ok",
    }
    return json.dumps({"message": record, "record": False}).encode()


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.framework_cost")
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--warmup", type=int, default=300)
    args = parser.parse_args(argv)

    from api.access import add_key
    from bench.bench_http import Server, _post

    with tempfile.TemporaryDirectory(prefix="framework_cost_") as folder:
        keys = Path(folder) / "keys.yaml"
        key = add_key(keys, "bench", ["screen"])
        env = {"SCREENING_API_KEYS_FILE": str(keys), "SCREENING_HISTORY_PATH": str(Path(folder) / "history.sqlite3")}
        server = Server(env, 1, Path(folder) / "server.log")
        try:
            server.wait_ready()
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
            for i in range(args.warmup):
                _post(connection, _body(i), key)
            cpu, started = server.cpu_seconds(server.process.pid), time.perf_counter()
            for i in range(args.requests):
                status, _ = _post(connection, _body(i), key)
                if status != 200:
                    raise SystemExit(f"request {i}: status {status}")
            wall = (time.perf_counter() - started) / args.requests * 1000
            cpu = (server.cpu_seconds(server.process.pid) - cpu) / args.requests * 1000
            connection.close()
        finally:
            server.stop()
    print(
        f"host reference {host_reference_us():.1f} us; {args.requests} trivial requests: "
        f"server CPU {cpu:.3f} ms/request, wall {wall:.3f} ms/request"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
