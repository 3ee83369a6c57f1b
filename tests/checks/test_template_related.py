"""The template check's related match (rule R5): an earlier reply reworded more freely than the
other rules take (it shares the new reply's word stems by `word_containment` and
`related_word_jaccard`) counts as a conversation once the seller is shown to paste the text: the new
reply is a near-duplicate of another earlier reply that shares those stems too (anchored), or two of
the earlier replies are near-duplicates of each other. An answer that shares one stock sentence
with them is not a template.

The rows are written for this test (not from the writers' data or any evaluation set): per market,
a canned reply's base text, a freer rewording of it (word-stem Jaccard 0.44-0.45 with the others:
below `word_jaccard`, so only the related match counts it), a near-duplicate of the base (the
buyer's name, an emoji, two sentences swapped) and an individual answer sharing one sentence."""

from __future__ import annotations

import pytest

from screening import Policy
from tests.checks.template_history import codes_after

REPEATED = "template.repeated"

USES = {
    "uk": {
        "use1": (
            "Good morning! All our refurbished phones are unlocked for every network and come with a charging cable and a SIM tool. Before shipping each one goes through a 40-point test in our workshop, and the battery is always above 85 percent. Parcels leave the same day with Royal Mail tracked. Cheers, Dan"
        ),
        "use2": (
            "Hi there, thanks for asking. Each phone we ship passes a 40-point test in our workshop first, and its battery stays above 85 percent. They are all unlocked for every network, and in the box you will find a charging cable plus a SIM tool. We post with Royal Mail tracked the day you order. Dan"
        ),
        "new": (
            "Good morning Priya 📱 All our refurbished phones are unlocked for every network and come with a charging cable and a SIM tool. Parcels leave the same day with Royal Mail tracked. Before shipping each one goes through a 40-point test in our workshop, and the battery is always above 85 percent. Cheers, Dan"
        ),
        "indiv": (
            "Hi Tom, the Pixel 7 you asked about has a small scuff on the frame, nothing on the screen. All our refurbished phones are unlocked for every network. I can send you two more photos tonight if that helps. Dan"
        ),
    },
    "fr": {
        "use1": (
            "Bonjour ! Tous nos téléphones reconditionnés sont débloqués tous opérateurs et livrés avec un câble de charge et une aiguille SIM. Avant l'envoi, chacun passe un test de 40 points dans notre atelier et la batterie est toujours au-dessus de 85 %. Les colis partent le jour même en Colissimo suivi. Bonne journée, Léa"
        ),
        "use2": (
            "Bonsoir, merci pour la question. Chaque téléphone reconditionné passe d'abord un test de 40 points dans notre atelier, et sa batterie reste au-dessus de 85 %. Ils sont tous débloqués tous opérateurs, et dans la boîte vous trouverez un câble de charge ainsi qu'une aiguille SIM. Nous postons en Colissimo suivi le jour de la commande. Léa"
        ),
        "new": (
            "Bonjour Julien 📱 Tous nos téléphones reconditionnés sont débloqués tous opérateurs et livrés avec un câble de charge et une aiguille SIM. Les colis partent le jour même en Colissimo suivi. Avant l'envoi, chacun passe un test de 40 points dans notre atelier et la batterie est toujours au-dessus de 85 %. Bonne journée, Léa"
        ),
        "indiv": (
            "Bonjour Marc, le Pixel 7 a une petite marque sur le cadre, rien sur l'écran. Tous nos téléphones reconditionnés sont débloqués tous opérateurs. Je peux vous envoyer deux photos de plus ce soir si cela vous aide. Léa"
        ),
    },
}


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


@pytest.mark.parametrize("market", list(USES))
def test_a_near_duplicate_makes_a_freer_rewording_count(policy: Policy, market: str) -> None:
    uses = USES[market]
    assert REPEATED in codes_after(policy, market, [uses["use1"], uses["use2"]], uses["new"])


@pytest.mark.parametrize("market", list(USES))
@pytest.mark.parametrize(
    "changed",
    [
        {"related_word_jaccard": 0.99},  # the anchored match shut: the rewording is too free for the others
        {"word_containment": 0.99},  # the rewording no longer shares enough of the reply's stems
        {"similarity": 0.999, "containment": 0.999},  # no near-duplicate: nothing anchors the rewording
    ],
)
def test_the_anchored_match_follows_the_policy_settings(policy: Policy, market: str, changed: dict) -> None:
    uses = USES[market]
    assert REPEATED not in codes_after(policy, market, [uses["use1"], uses["use2"]], uses["new"], changed)


@pytest.mark.parametrize("market", list(USES))
def test_a_shared_stock_sentence_is_not_a_second_use(policy: Policy, market: str) -> None:
    uses = USES[market]
    assert REPEATED not in codes_after(policy, market, [uses["use1"], uses["indiv"]], uses["new"])


@pytest.mark.parametrize("market", list(USES))
def test_a_rewording_alone_does_not_anchor(policy: Policy, market: str) -> None:
    # Two earlier uses, neither a near-duplicate of the new reply: the anchored match needs one.
    uses = USES[market]
    assert REPEATED not in codes_after(policy, market, [uses["use2"], uses["indiv"]], uses["use1"])


@pytest.mark.parametrize("market", list(USES))
def test_a_freer_rewording_of_a_pasted_text_is_found(policy: Policy, market: str) -> None:
    # The base text and its near-duplicate went to two conversations: the rewording is a third use.
    uses = USES[market]
    earlier = [uses["use1"], uses["new"]]
    assert REPEATED in codes_after(policy, market, earlier, uses["use2"])
    assert REPEATED not in codes_after(policy, market, earlier, uses["use2"], {"related_word_jaccard": 0.99})


@pytest.mark.parametrize("market", list(USES))
def test_an_answer_sharing_a_sentence_with_a_pasted_text_is_not_a_use(policy: Policy, market: str) -> None:
    uses = USES[market]
    assert REPEATED not in codes_after(policy, market, [uses["use1"], uses["new"]], uses["indiv"])
