"""The review console in a real browser: headless Chromium from the distribution's
packages (/usr/bin/chromium; `make chromium` installs it), driven by Playwright for Python,
against a real `screening serve` with a keys file. A moderator opens the queue, sees the offending
span highlighted, confirms one message with the keyboard and overrides another, then the stored
decisions and the export are checked. A screenshot of each page is kept under var/screenshots/
(the CI artifact; docs/review/ holds the small copies the README shows)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from api.access import add_key
from tests.api.conftest import ROOT, running_server

CHROMIUM = "/usr/bin/chromium"
# No download, no sync, no update check: the browser talks to the test's server only.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = ROOT / "var" / "screenshots"
CONVERSATION = [
    {"id": "b-0", "author": "buyer", "text": "Bonjour, l'iPhone 13 est-il toujours disponible ?"},
    {"id": "b-1", "author": "seller", "text": "Bonjour, oui, il est disponible et part sous 48 heures."},
    {"id": "b-2", "author": "buyer", "text": "Super. Est-ce que je peux vous joindre directement ?"},
]
PHONE = "Appelez-moi au 06 12 34 56 78, ce sera plus simple pour la livraison."
EMAIL = "Écrivez-moi : jean [at] gmail [dot] com pour les photos."
RUDE = "Vous êtes vraiment stupide, lisez l'annonce avant d'écrire."
# The seller's earlier weeks (the seller page's chart): replies screened and already decided.
EARLIER = [
    ("Merci pour votre commande, le colis part demain matin.", 2),
    ("Vous savez lire ? C'est écrit dans l'annonce.", 1),
    ("Bonjour, oui, l'iPhone est toujours disponible.", 1),
    ("Débrouillez-vous avec le transporteur.", 1),
]


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install it with `make chromium` (Debian's chromium package; .ci/run does)",
            pytrace=False,
        )
    directory = tmp_path_factory.mktemp("console")
    keys_file = directory / "keys.yaml"
    keys = {
        "feeder": add_key(keys_file, "feeder", ["screen", "history:write"]),
        "moderator": add_key(keys_file, "moderator", ["review"]),
    }
    env = {
        "SCREENING_HISTORY_PATH": str(directory / "history.sqlite3"),
        "SCREENING_API_KEYS_FILE": str(keys_file),
        "SCREENING_REVIEW_SAMPLE_RATE": "0",
    }
    with running_server(env, directory / "server.log") as base:
        feed = {"Authorization": f"Bearer {keys['feeder']}"}
        earlier = [
            {
                **m,
                "conversation_id": "c-shop",
                "seller_id": "s-42",
                "market": "fr",
                "sent_at": f"2026-12-0{1 + i}T10:00:00Z",
            }
            for i, m in enumerate(CONVERSATION)
        ]
        later = {
            "id": "b-9",
            "author": "buyer",
            "text": "Je préfère rester sur la messagerie, merci.",
            "conversation_id": "c-shop",
            "seller_id": "s-42",
            "market": "fr",
            "sent_at": "2026-12-04T09:30:00Z",
        }
        assert httpx.post(f"{base}/v1/messages", json={"messages": earlier + [later]}, headers=feed).status_code == 200
        _earlier_weeks(base, feed, {"Authorization": f"Bearer {keys['moderator']}"})
        for message_id, text, conversation in (
            ("b-phone", PHONE, "c-shop"),
            ("b-email", EMAIL, "c-2"),
            ("b-rude", RUDE, "c-3"),
        ):
            verdict = httpx.post(
                f"{base}/v1/screen",
                headers=feed,
                timeout=60,
                json={
                    "message": {
                        "id": message_id,
                        "text": text,
                        "market": "fr",
                        "seller_id": "s-42",
                        "conversation_id": conversation,
                        "sent_at": "2026-12-04T09:00:00Z",
                    }
                },
            )
            assert verdict.json()["action"] != "allow", verdict.text
        yield base, keys, directory


def _earlier_weeks(base: str, feed: dict, moderate: dict) -> None:
    """Six earlier weeks of the seller's replies, some rude, each decided at once: the seller page
    has weeks to draw and the queue still holds only the three messages of the test."""
    from datetime import datetime, timedelta, timezone

    monday = datetime.now(timezone.utc) - timedelta(days=datetime.now(timezone.utc).weekday())
    for week in range(1, 7):
        for n, (text, copies) in enumerate(EARLIER[: 2 + week % 3]):
            for k in range(copies):
                message_id = f"w{week}-{n}-{k}"
                sent = (monday - timedelta(weeks=week, days=-(n + k))).strftime("%Y-%m-%dT10:00:00Z")
                verdict = httpx.post(
                    f"{base}/v1/screen",
                    headers=feed,
                    timeout=60,
                    json={
                        "message": {
                            "id": message_id,
                            "text": text,
                            "market": "fr",
                            "seller_id": "s-42",
                            "conversation_id": f"c-{message_id}",
                            "sent_at": sent,
                        }
                    },
                ).json()
                if verdict["action"] != "allow":
                    assert (
                        httpx.post(
                            f"{base}/v1/reviews",
                            headers=moderate,
                            json={"message_id": message_id, "decision": "confirm", "reviewer": "earlier"},
                        ).status_code
                        == 201
                    )


@pytest.fixture(scope="module")
def page(live):
    from playwright.sync_api import sync_playwright

    base, keys, _ = live
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        # The browser sends the key as the Basic password (what a moderator types when asked).
        context = browser.new_context(
            http_credentials={"username": "moderator", "password": keys["moderator"]},
            viewport={"width": 1100, "height": 760},
            base_url=base,
        )
        yield context.new_page()
        context.close()
        browser.close()


def _shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_a_moderator_reviews_with_the_keyboard(live, page) -> None:
    base, keys, directory = live
    page.goto("/review")
    assert page.inner_text("#total") == "3"
    assert page.locator("table.queue tbody tr").count() == 3
    _shot(page, "queue")

    page.keyboard.press("Enter")  # the first (oldest) row is selected: the phone number
    page.wait_for_url("**/review/item/b-phone*")
    mark = page.locator('#message mark[data-codes="contact.phone"]')
    assert mark.count() == 1 and mark.inner_text().replace(" ", "") == "0612345678"
    assert "directement" in page.inner_text("section.conversation")  # the conversation before it
    assert "rester sur la messagerie" in page.inner_text(".bubble.later")  # and after it
    assert page.inner_text("blockquote.explanation").strip()  # what the seller was told
    _shot(page, "message")

    page.keyboard.press("c")  # confirm: stored, and the next message opens
    page.wait_for_url("**/review/item/b-email*")
    assert page.locator('#message mark[data-codes="contact.email"]').count() == 1
    page.keyboard.press("1")  # untick contact.email (code 1)
    page.keyboard.press("3")  # tick contact.url (code 3)
    page.keyboard.press("o")  # override with the ticked codes
    page.wait_for_url("**/review/item/b-rude*")
    page.keyboard.press("q")  # back to the queue: one message left
    page.wait_for_selector("table.queue")
    assert page.inner_text("#total") == "1"

    page.goto("/review/seller/s-42")
    assert page.locator("svg.chart polyline, svg.chart circle").count() > 0
    _shot(page, "seller")
    page.goto("/review/models")
    rows = {
        tuple(c.strip() for c in row.split("\t")[:7])
        for row in page.locator("table.agreement tbody tr").all_inner_texts()
    }
    assert ("contact", "contact.phone", "fr", "1", "1", "0", "0") in rows  # confirmed: agreed
    assert ("contact", "contact.email", "fr", "1", "0", "1", "0") in rows  # overridden: a false flag
    assert ("contact", "contact.url", "fr", "1", "0", "0", "1") in rows  # named by the moderator: missed
    _shot(page, "models")

    stored = httpx.get(f"{base}/v1/reviews", headers={"Authorization": f"Bearer {keys['moderator']}"}).json()["reviews"]
    stored = [r for r in stored if r["reviewer"] == "moderator"]  # the earlier weeks' were decided by "earlier"
    assert [(r["message_id"], r["decision"], r["codes"], r["reviewer"]) for r in stored] == [
        ("b-phone", "confirm", ["contact.phone"], "moderator"),
        ("b-email", "override", ["contact.url"], "moderator"),
    ]
    assert stored[1]["verdict"]["codes"] == ["contact.email"] and stored[1]["verdict"]["action"] == "block"

    export = directory / "reviews.jsonl"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "screening.cli",
            "reviews",
            "--db",
            str(directory / "history.sqlite3"),
            "export",
            "--output",
            str(export),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in export.read_text(encoding="utf-8").splitlines()]
    rows = {r["id"]: (r["codes"], r["text"]) for r in rows}
    assert rows["b-phone"] == (["contact.phone"], PHONE) and rows["b-email"] == (["contact.url"], EMAIL)


def test_the_console_asks_a_browser_for_the_key(live) -> None:
    base, keys, _ = live
    refused = httpx.get(f"{base}/review")
    assert refused.status_code == 401 and refused.headers["www-authenticate"].startswith("Basic")
    wrong_scope = httpx.get(f"{base}/review", auth=("feeder", keys["feeder"]))
    assert wrong_scope.status_code == 403 and wrong_scope.json()["error"]["missing_scope"] == "review"
    assert httpx.get(f"{base}/review", auth=("anyone", keys["moderator"])).status_code == 200
    # Basic is for the console's pages: the API proper keeps to bearer keys.
    assert httpx.get(f"{base}/v1/queue", auth=("anyone", keys["moderator"])).status_code == 401
