"""Review console at 1,000 waiting items: how long the pages take to render.

    .venv/bin/python -m bench review                          # SQLite file, 1,000 waiting items
    .venv/bin/python -m bench review --items 10000            # a bigger queue
    .venv/bin/python -m bench review --history-url postgresql://...   # a PostgreSQL history

The queue is filled the way the service fills it: --items seller replies (phone numbers, e-mail
addresses, rude replies and ordinary ones, over 8 weeks, 40 sellers, 5 markets) screened by the
real Screener and models through POST /v1/screen/batch, until --items verdicts wait for review;
--reviews of them are then decided through POST /v1/reviews (the model page's material). Each
page is then requested --repeat times in-process (FastAPI TestClient: routing, store queries,
template rendering; no network) and the time per page is printed (p50, p95, max). Nothing is
asserted: the figures are for the README.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

MARKETS = {
    "fr": (
        "Appelez-moi au 06 {a:02d} {b:02d} {c:02d} {d:02d} pour la suite.",
        "Écrivez-moi : vendeur{n} [at] gmail [dot] com",
        "Vous êtes vraiment stupide, lisez l'annonce avant d'écrire.",
        "Merci pour votre commande, le colis part demain matin.",
    ),
    "de": (
        "Ruf mich an: 0171 {a:02d}{b:02d}{c:02d}{d:02d}, dann klären wir das.",
        "Schreib mir an haendler{n}@gmx.de, da geht es schneller.",
        "Sind Sie zu dumm zum Lesen? Das steht doch in der Anzeige.",
        "Danke für Ihre Bestellung, das Paket geht morgen raus.",
    ),
    "es": (
        "Llámame al 612 {a:02d} {b:02d} {c:02d} y lo hablamos.",
        "Escríbeme a vendedor{n}@hotmail.com para las fotos.",
        "¿Eres tonto? Lee el anuncio antes de escribir.",
        "Gracias por su pedido, el paquete sale mañana.",
    ),
    "it": (
        "Chiamami al 347 {a:02d}{b:02d} {c:02d}{d:02d}.",
        "Scrivimi a venditore{n}@libero.it per le foto.",
        "Sei proprio stupido, leggi l'annuncio prima di scrivere.",
        "Grazie per l'ordine, il pacco parte domani.",
    ),
    "uk": (
        "Call me on 07700 9{a:02d}{b:03d} and we can sort it out.",
        "Email me at seller{n}@gmail.com for more photos.",
        "Are you stupid? Read the listing before you write.",
        "Thanks for your order, the parcel ships tomorrow.",
    ),
}


def _messages(count: int, start: int, rng: random.Random, now: datetime) -> list[dict]:
    out = []
    for i in range(start, start + count):
        market = rng.choice(sorted(MARKETS))
        kind = rng.choices(range(4), weights=(4, 3, 2, 1))[0]
        text = MARKETS[market][kind].format(
            a=rng.randrange(100), b=rng.randrange(100), c=rng.randrange(100), d=rng.randrange(100), n=i
        )
        sent = now - timedelta(days=rng.uniform(0, 56))
        out.append(
            {
                "id": f"bench-{i}",
                "text": text,
                "market": market,
                "seller_id": f"s-{rng.randrange(40)}",
                "conversation_id": f"c-{i}",
                "sent_at": sent.isoformat(),
            }
        )
    return out


def _timed(client, path: str, repeat: int) -> tuple[list[float], int]:
    times, size = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code, response.text[:200])
        size = len(response.content)
    return times, size


def main(argv: list[str]) -> None:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.settings import Settings

    parser = argparse.ArgumentParser(prog="bench review")
    parser.add_argument("--items", type=int, default=1000, help="verdicts waiting for review")
    parser.add_argument("--reviews", type=int, default=200, help="of them, decided before measuring")
    parser.add_argument("--repeat", type=int, default=30, help="requests per page")
    parser.add_argument("--history-url", default=None, help="a postgresql:// URL (default: a fresh SQLite file)")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="bench-review-"))
    settings = (
        Settings(history_url=args.history_url, review_sample_rate=0.0)
        if args.history_url
        else Settings(history_path=folder / "history.sqlite3", review_sample_rate=0.0)
    )
    rng = random.Random(11)
    now = datetime.now(timezone.utc)
    with TestClient(create_app(settings)) as client:
        started, sent = time.perf_counter(), 0
        target = args.items + args.reviews
        while client.get("/v1/queue", params={"limit": 1}).json()["total"] < target:
            batch = _messages(100, sent, rng, now)
            sent += len(batch)
            assert client.post("/v1/screen/batch", json={"messages": batch}).status_code == 200
        fill = time.perf_counter() - started
        for item in client.get("/v1/queue", params={"limit": args.reviews}).json()["items"]:
            codes = item["codes"]
            body = (
                {"decision": "confirm"}
                if rng.random() < 0.8
                else {"decision": "override", "codes": [] if codes else ["contact.phone"]}
            )
            assert (
                client.post(
                    "/v1/reviews", json={"message_id": item["message"]["id"], "reviewer": "bench", **body}
                ).status_code
                == 201
            )
        total = client.get("/v1/queue", params={"limit": 1}).json()["total"]
        first = client.get("/v1/queue", params={"limit": 1}).json()["items"][0]
        last_page = -(-total // 50)
        pages = {
            "queue, page 1": "/review",
            f"queue, page {last_page} (last)": f"/review?page={last_page}",
            "queue, market=fr code=contact.phone": "/review?market=fr&code=contact.phone",
            "message (spans, conversation)": f"/review/item/{first['message']['id']}",
            "seller (12 weeks, chart)": f"/review/seller/{first['message']['seller_id']}",
            "models (30 days)": "/review/models",
            "GET /v1/queue (50 items, JSON)": "/v1/queue",
        }
        store = "PostgreSQL" if args.history_url else "SQLite"
        print(
            f"history: {store}; screened {sent} messages in {fill:.1f} s to fill the queue; "
            f"{total} waiting, {args.reviews} decided; {args.repeat} requests per page (in-process)"
        )
        print(f"{'page':42} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'bytes':>9}")
        for name, path in pages.items():
            _timed(client, path, 2)  # warm: templates compiled, pages cached by the database
            times, size = _timed(client, path, args.repeat)
            p95 = statistics.quantiles(times, n=20)[-1] if len(times) >= 2 else times[0]
            print(f"{name:42} {statistics.median(times):8.1f} {p95:8.1f} {max(times):8.1f} {size:9,}")


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
