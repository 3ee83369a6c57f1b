"""The synthetic history and requests of `python -m bench http`.

A history of conversations between buyers and the sellers of a marketplace: each conversation is a
buyer's question and a seller's reply, a third of them a second exchange; ~60% of the replies use
one of the seller's three templates (the template check then has candidates to confirm), the rest
are drawn from the phrasebook's sentences (data/template/phrasebook.py, 8 languages). Spread over
the last 120 days (inside the 180-day retention: nothing is purged at start).

It is written through the store's own import path (`import_file`: worker processes parse and
fingerprint, the store's `add_rows` writes each batch in one transaction), never through the API,
and cached under var/bench_http/, so only the first run of a size pays for it.

The requests: seller replies to stored conversations (so the service reads their context from the
store and looks template candidates up in it), buyer follow-ups, and replies opening new
conversations. Conversation k's seller is a function of k, so requests need no copy of the history.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
SPAN_DAYS = 120  # the history's age span; the service's retention is 180 days

# Buyers' questions (written for this benchmark, not taken from any labelled or sealed set).
QUESTIONS = {
    "fr": [
        "Bonjour, le téléphone est-il toujours disponible ?",
        "Quel est l'état de la batterie ?",
        "Vous l'envoyez quand ? Merci d'avance.",
        "Le chargeur est-il fourni avec le téléphone ?",
    ],
    "de": [
        "Hallo, ist das Handy noch verfügbar?",
        "Wie ist der Zustand des Akkus?",
        "Wann verschicken Sie es? Danke im Voraus.",
        "Ist ein Ladekabel dabei?",
    ],
    "en": [
        "Hi, is the phone still available?",
        "What is the battery health like?",
        "When will you ship it? Thanks in advance.",
        "Does it come with a charger?",
    ],
    "es": [
        "Hola, ¿el móvil sigue disponible?",
        "¿En qué estado está la batería?",
        "¿Cuándo lo envían? Gracias de antemano.",
        "¿Viene con cargador?",
    ],
    "it": [
        "Buongiorno, il telefono è ancora disponibile?",
        "Com'è lo stato della batteria?",
        "Quando lo spedite? Grazie in anticipo.",
        "È incluso il caricabatterie?",
    ],
    "nl": [
        "Hallo, is de telefoon nog beschikbaar?",
        "Hoe is de batterij?",
        "Wanneer versturen jullie hem? Alvast bedankt.",
        "Zit er een oplader bij?",
    ],
    "pl": [
        "Dzień dobry, czy telefon jest jeszcze dostępny?",
        "Jaki jest stan baterii?",
        "Kiedy go wyślecie? Z góry dziękuję.",
        "Czy ładowarka jest w zestawie?",
    ],
    "pt": [
        "Olá, o telemóvel ainda está disponível?",
        "Como está a bateria?",
        "Quando o enviam? Obrigado desde já.",
        "Vem com carregador?",
    ],
}


def _phrasebook():
    sys.path.insert(0, str(ROOT / "data" / "template"))
    import phrasebook  # noqa: PLC0415

    return phrasebook


class Marketplace:
    """Sellers (language, three own templates, name, maybe a long signature) and the text makers."""

    def __init__(self, sellers: int, seed: int = 7):
        self.pb = pb = _phrasebook()
        rng = random.Random(seed)
        self.langs = list(pb.LOCALES)
        self.sellers = []
        for s in range(sellers):
            lang = self.langs[s % len(self.langs)]
            own = [pb.TEMPLATES[lang][t] + " " + rng.choice(pb.SENTENCES[lang]) for t in rng.sample(range(4), 3)]
            signature = ("\n" + pb.SIGNATURE[lang]) if rng.random() < 0.33 else ""
            self.sellers.append((f"s-{s:05d}", lang, own, f"Vendeur{s}", signature))

    def seller_of(self, conversation: int) -> tuple:
        # Knuth's multiplicative hash: sellers spread over conversations, computable without the history.
        return self.sellers[(conversation * 2654435761) % len(self.sellers)]

    def reply(self, rng: random.Random, seller: tuple) -> str:
        _, lang, own, name, signature = seller
        pb = self.pb
        body = rng.choice(own) if rng.random() < 0.6 else " ".join(rng.sample(pb.SENTENCES[lang], 4))
        return f"{pb.GREETING[lang]}\n{body}\n{pb.CLOSING[lang]}{signature}".format(
            shop="Mobile",
            buyer=f"Client{rng.randrange(10**4)}",
            seller=name,
            order=rng.randint(10**7, 10**8 - 1),
            model=rng.choice(pb.MODELS),
            amount=f"{rng.randint(20, 900)},{rng.randint(0, 99):02d} €",
            date=f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026",
            tracking=f"6A{rng.randint(10**10, 10**11 - 1)}",
        )

    def question(self, rng: random.Random, seller: tuple) -> str:
        return rng.choice(QUESTIONS[seller[1]])

    def market(self, seller: tuple) -> str:
        return self.pb.MARKET[seller[1]]


def conversations_for(messages: int) -> int:
    return max(1, int(messages / (2 + 2 / 3)))  # 2 messages each, a third of them 2 more


def history_records(messages: int, sellers: int, now: datetime, seed: int = 11) -> Iterator[dict]:
    """`messages` records (docs/formats.md §1) in conversations, oldest first."""
    market = Marketplace(sellers)
    rng = random.Random(seed)
    conversations = conversations_for(messages)
    step = SPAN_DAYS * 86400 / conversations
    start = now - timedelta(days=SPAN_DAYS)
    written, k = 0, -1
    while written < messages:  # conversations_for(messages) of them, give or take the last few
        k += 1
        seller = market.seller_of(k)
        seller_id = seller[0]
        sent = start + timedelta(seconds=k * step)
        turns = 2 if rng.random() < 1 / 3 else 1
        for _turn in range(turns):
            if written >= messages:
                return
            for author, text in (("buyer", market.question(rng, seller)), ("seller", market.reply(rng, seller))):
                if written >= messages:
                    return
                sent += timedelta(minutes=rng.randint(5, 240))
                yield {
                    "id": f"h-{written:08d}",
                    "conversation_id": f"c-{k:08d}",
                    "seller_id": seller_id,
                    "market": market.market(seller),
                    "author": author,
                    "sent_at": sent.isoformat().replace("+00:00", "Z"),
                    "text": text,
                }
                written += 1


def request_bodies(count: int, messages: int, sellers: int, run: str, seed: int = 5) -> list[bytes]:
    """`count` POST /v1/screen bodies sent now: 70% seller replies to stored conversations, 15%
    buyer follow-ups in them, 15% replies opening a new conversation. Recorded (the API's default)."""
    market = Marketplace(sellers)
    rng = random.Random(seed)
    conversations = conversations_for(messages)
    now = datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")
    bodies = []
    for i in range(count):
        draw = rng.random()
        k = rng.randrange(conversations)
        seller = market.seller_of(k)
        conversation = f"c-{k:08d}" if draw < 0.85 else f"new-{run}-{i:06d}"
        author = "buyer" if 0.70 <= draw < 0.85 else "seller"
        text = market.question(rng, seller) if author == "buyer" else market.reply(rng, seller)
        record = {
            "id": f"q-{run}-{i:06d}",
            "conversation_id": conversation,
            "seller_id": seller[0],
            "market": market.market(seller),
            "author": author,
            "sent_at": now,
            "text": text,
        }
        bodies.append(json.dumps({"message": record}, ensure_ascii=False).encode("utf-8"))
    return bodies


def write_history_jsonl(path: Path, messages: int, sellers: int, now: datetime) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in history_records(messages, sellers, now):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
