"""Speed of the contact check and of the whole pipeline (issue 2).

    .venv/bin/python -m bench contact

Prints: per-message time of the contact check alone and of the whole seller pipeline on
~300-character messages (median, p90, p99 over repeated runs of the evaluation messages padded
to 300 characters), and the time for 20,000-character inputs full of digits (the worst cases for
libphonenumber, which the check bounds).
"""

from __future__ import annotations

import json
import random
import statistics
import time
from pathlib import Path

from bench import host_reference_us
from screening import Policy, Screener
from screening.checks.base import CheckContext, CheckResources
from screening.checks.contact import ContactCheck
from screening.core.types import Message

DATA = Path(__file__).resolve().parents[1] / "data" / "contact" / "messages.jsonl"
FILLER = {
    "fr": " Merci pour votre commande, le téléphone part demain en Colissimo avec son chargeur.",
    "de": " Danke für Ihre Bestellung, das Handy geht morgen mit DHL raus, Ladekabel liegt bei.",
    "es": " Gracias por su pedido, el móvil sale mañana por Correos con su cargador.",
    "it": " Grazie per l'ordine, il telefono parte domani con BRT insieme al caricatore.",
    "nl": " Bedankt voor je bestelling, de telefoon gaat morgen met PostNL op weg met lader.",
    "pl": " Dziękuję za zamówienie, telefon wyślę jutro InPostem razem z ładowarką.",
    "pt": " Obrigado pela encomenda, o telemóvel segue amanhã pelos CTT com o carregador.",
    "en": " Thanks for your order, the phone ships tomorrow with Royal Mail with its charger.",
}


def messages_of_300_characters() -> list[tuple[str, str]]:
    out = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text = item["text"]
        while len(text) < 300:
            text += FILLER[item["lang"]]
        out.append((item["market"], text[:300]))
    return out


def percentiles(samples: list[float]) -> str:
    samples = sorted(samples)
    pick = lambda q: samples[min(len(samples) - 1, int(q * len(samples)))] * 1000  # noqa: E731
    return f"median {statistics.median(samples) * 1000:.3f} ms | p90 {pick(0.9):.3f} ms | p99 {pick(0.99):.3f} ms"


def time_each(fn, items, repeats: int, clock=time.perf_counter) -> list[float]:
    samples = []
    for _ in range(repeats):
        for item in items:
            started = clock()
            fn(*item)
            samples.append(clock() - started)
    return samples


def long_inputs() -> dict[str, str]:
    rng = random.Random(7)
    return {
        "one block of 20,000 digits": "".join(rng.choice("0123456789") for _ in range(20_000)),
        "2-digit groups": " ".join("".join(rng.choice("0123456789") for _ in range(2)) for _ in range(6_667))[:20_000],
        "repeated phone numbers": ("06 12 34 56 78 " * 1_400)[:20_000],
        "digits, +, 00, dots, dashes": " ".join(
            rng.choice(["12", "345", "6789", "06", "+33", "00", ".", "-", "/", "(1)"]) for _ in range(8_000)
        )[:20_000],
        "dotted digits": ("1.2.3.4.5.6.7.8.9.0." * 1_000)[:20_000],
        "spelled-out numbers": ("zéro six douze trente-quatre cinquante-six soixante-dix-huit " * 400)[:20_000],
    }


def main(argv: list[str]) -> None:
    print(f"machine reference: sum(range(1000)) = {host_reference_us():.1f} us")
    policy = Policy.load()
    contact = ContactCheck.build(CheckResources(policy=policy))
    contexts = {m: CheckContext(policy=policy.for_market(m)) for m in policy.markets}
    items = messages_of_300_characters()

    def check_only(market: str, text: str) -> None:
        contact.inspect(Message(text=text, market=market), contexts[market])

    time_each(check_only, items, 1)  # warm caches and lazy tables
    print(
        f"contact check, {len(items)} messages of 300 characters x 5, wall clock: {percentiles(time_each(check_only, items, 5))}"
    )
    # CPU time of this process: what the check costs, without waiting for a core on a busy machine.
    print(f"contact check, same, CPU time: {percentiles(time_each(check_only, items, 5, time.process_time))}")

    try:
        screener = Screener.create(policy)
    except Exception as exc:  # noqa: BLE001 - report, the contact figures above still stand
        print(f"whole pipeline: could not build ({type(exc).__name__}: {exc})")
    else:

        def pipeline(market: str, text: str) -> None:
            screener.screen(Message(text=text, market=market))

        time_each(pipeline, items, 1)
        print(
            f"whole seller pipeline ({', '.join(sorted(screener.checks))}), same messages x 3: "
            f"{percentiles(time_each(pipeline, items, 3))}"
        )

    print("20,000-character inputs full of digits (best of 3, contact check):")
    for name, text in long_inputs().items():
        best = min(time_each(check_only, [("fr", text)], 3))
        print(f"  {name:32s} {best * 1000:7.1f} ms")


if __name__ == "__main__":
    main([])
