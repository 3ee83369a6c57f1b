"""Conversation assessment throughput (issue 6 target: 100,000 conversations in <= 60 s).

    .venv/bin/python -m bench conversations            # 100,000 conversations
    .venv/bin/python -m bench.bench_conversations --conversations 20000

Synthetic conversations (seeded): 22 markets, 2-8 messages alternating buyer/seller with random
gaps over two years (weekends, holidays, DST changes all crossed), 1 in 20 buyer messages a
complaint from a small pool, the last buyer message often unanswered. Timed: the assessment only
(building the Message objects is excluded), in batches of 1,000 conversations, once with the
escalation check on buyer messages (rules + model, what the API and the report do) and once with
the clock alone.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import datetime, timedelta, timezone

from screening.sla.conversations import ConversationAssessor
from screening.core.policy import Policy
from screening.core.types import Message

ORDINARY = (
    "Bonjour, quand ma commande sera-t-elle expédiée ?",
    "Is the battery new?",
    "Wann kommt das Paket an?",
    "¿Tienen funda para este modelo?",
    "Grazie, tutto perfetto!",
    "Hoe zet ik Zoek mijn iPhone uit voor de inruil?",
    "Czy mogę zapłacić BLIKiem?",
    "Obrigado, recebi hoje.",
)
COMPLAINTS = (
    "Le téléphone est bloqué iCloud.",
    "The battery is swollen.",
    "Ich habe 128 GB bestellt und 64 GB bekommen.",
    "Vous refusez mon retour.",
    "Nobody answers my messages.",
    "Il microfono non funziona.",
)
REPLY = "Bonjour, merci pour votre message, nous regardons."
BATCH = 1000


def make_conversations(count: int, markets: list[str], seed: int = 7) -> list[tuple[list[Message], datetime]]:
    """(messages, now) pairs: each conversation is assessed 0-48 hours after its last message."""
    rng = random.Random(seed)
    origin = datetime(2025, 1, 1, tzinfo=timezone.utc)
    out = []
    for n in range(count):
        market = rng.choice(markets)
        seller = f"s-{rng.randrange(2000)}"
        moment = origin + timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
        messages = []
        for i in range(rng.randint(2, 8)):
            buyer = i % 2 == 0
            text = (rng.choice(COMPLAINTS) if rng.random() < 0.05 else rng.choice(ORDINARY)) if buyer else REPLY
            messages.append(
                Message(
                    text=text,
                    market=market,
                    id=f"m-{n}-{i}",
                    conversation_id=f"c-{n}",
                    seller_id=seller,
                    author="buyer" if buyer else "seller",
                    sent_at=moment,
                )
            )
            # Minutes to the next message: mostly within a working day, sometimes days later.
            moment += timedelta(
                minutes=rng.choices((10, 60, 240, 600, 1200, 2000, 4000), weights=(20, 25, 20, 15, 10, 6, 4))[0]
            )
        out.append((messages, messages[-1].sent_at + timedelta(minutes=rng.randrange(48 * 60))))
    return out


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench conversations")
    parser.add_argument("--conversations", type=int, default=100_000)
    args = parser.parse_args(argv)
    policy = Policy.load()
    markets = sorted(policy.markets)
    conversations = make_conversations(args.conversations, markets)
    messages = sum(len(c) for c, _ in conversations)
    buyer = sum(m.author == "buyer" for c, _ in conversations for m in c)
    print(
        f"{args.conversations:,} conversations, {messages:,} messages ({buyer:,} from buyers), {len(markets)} markets"
    )
    # Wall time is the target; CPU time is shown too because the machine is shared.
    print(f"{'mode':<34}{'seconds':>9}{'cpu s':>8}{'conv/s':>10}{'breached':>10}{'takeover':>10}{'now (R9)':>10}")
    for mode, escalation in (("clock + escalation (rules+model)", True), ("clock only", False)):
        assessor = ConversationAssessor.create(policy, escalation=escalation)
        # Warm-up outside the timing: calendar tables and regexes are built once per process.
        assessor.assess_batch(conversations[:200])
        started, cpu = time.perf_counter(), time.process_time()
        # In batches, as the report and the API do: the model scores a batch's buyer messages at once.
        results = [
            a for i in range(0, len(conversations), BATCH) for a in assessor.assess_batch(conversations[i : i + BATCH])
        ]
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        breached = sum(r.breached for r in results) / len(results)
        takeover = sum(r.takeover for r in results) / len(results)
        urgent = sum(r.takeover_now for r in results) / len(results)
        print(
            f"{mode:<34}{seconds:>9.1f}{cpu:>8.1f}{len(results) / seconds:>10,.0f}{breached:>10.1%}{takeover:>10.1%}{urgent:>10.1%}"
        )


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
