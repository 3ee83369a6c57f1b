"""A buyer who tells of a problem somewhere else (another seller, a friend's purchase, an old phone,
the news) before an ordinary question about this listing reports nothing the platform must take
over; a problem with this order told beside such a story still is
(screening/checks/escalation/elsewhere.py). Sentences written for this test."""

from __future__ import annotations

import pytest

from screening.checks.escalation.elsewhere import tells_of_elsewhere
from screening.text.normalize import normalize

from tests.checks.escalation_codes import escalation_codes


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "My cousin paid for an iPhone on eBay and it turned out to be a fake. Is yours genuine?"),
        ("en", "Another seller refused my refund last spring, long story. How long is your return window?"),
        ("fr", "Un autre vendeur m'a refusé le remboursement l'été dernier. Quel est votre délai de retour ?"),
        ("fr", "Sur leboncoin j'ai acheté un faux iPhone il y a deux ans, quelle galère. Le vôtre a une facture ?"),
        ("de", "Auf Kleinanzeigen habe ich mal ein gefälschtes Handy erwischt. Haben Sie eine Rechnung dazu?"),
        ("de", "Vor zwei Jahren ist mein altes Handy beim Laden heiß geworden und aufgebläht. Ist der Akku hier neu?"),
        ("es", "Por Wallapop compré un móvil bloqueado por iCloud, un desastre. ¿Este viene libre?"),
        ("es", "Hace tres años mi antiguo móvil se hinchó de la batería. ¿La de este es nueva?"),
        ("it", "Su Subito mi hanno rifilato un iPhone falso con la scatola perfetta. Il vostro ha la garanzia?"),
        ("it", "Il mio vecchio telefono si è surriscaldato fino a spegnersi due anni fa. Questo scalda molto?"),
        ("nl", "Via Marktplaats kocht ik ooit een namaak iPhone. Heeft deze een factuur?"),
        ("nl", "Mijn oude telefoon is vorig jaar opgezwollen. Is de batterij van deze nieuw?"),
        ("pl", "Na OLX kupiłem kiedyś podróbkę Samsunga, nigdy więcej. Czy ten ma fakturę?"),
        ("pl", "Mój stary telefon dwa lata temu spuchł od baterii. Czy tu bateria jest nowa?"),
        ("pt", "Na OLX vendeu-me um particular um iPhone bloqueado há uns anos. Este vem desbloqueado?"),
        ("pt", "O meu telemóvel antigo ficou com a bateria inchada no ano passado. A deste é nova?"),
        # The story and the question in one sentence: the story is read up to the question clause.
        ("en", "Another shop once refused my refund for a cracked screen, so how long is your return window?"),
        # "Not from you" places the story elsewhere, its "you" ties nothing to this order.
        ("en", "Great phone. The charger I bought at a market last year (not from you!) melted. Is yours USB-C?"),
        # A comment of a few words right after the story is part of it.
        ("en", "My cousin's phone from another site was iCloud locked. Nightmare. Is this one signed out?"),
        # A phone that "arrived" from another shop is that shop's phone.
        (
            "nl",
            "Bij een andere webshop kwam mijn vorige toestel gebarsten aan, geleverd zonder doos. Zit er een doos bij?",
        ),
        # "Now" ends the story ("so I'm careful now"), it does not bring it to this order.
        ("en", "My neighbour bought a fake Pixel on eBay last year, so I'm careful now. Is yours genuine?"),
        # A story read about.
        ("pl", "Czytałam o spuchniętych bateriach w tanich telefonach. Czy bateria jest nowa?"),
    ],
)
def test_a_story_about_elsewhere_before_a_question_is_not_escalated(screener, language, text):
    assert escalation_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "language, text, code",
    [
        # A comparison ties the story to this phone: the same SIM, and the one you sent.
        ("en", "My old phone never had this. The one you sent keeps overheating and the back is bulging!", "dangerous"),
        ("en", "I got burned by a fake on eBay once, and now the phone you sent me is a fake too.", "counterfeit"),
        (
            "fr",
            "Mon ancien téléphone marchait très bien, mais celui-ci est bloqué sur un compte iCloud.",
            "locked_device",
        ),
        (
            "de",
            "Auf Kleinanzeigen war ich nie betrogen worden, aber das Handy von Ihnen ist eine Fälschung.",
            "counterfeit",
        ),
        (
            "es",
            "Otra tienda me devolvió el dinero sin problema, usted se niega a aceptar la devolución.",
            "return_refused",
        ),
        (
            "nl",
            "Een andere verkoper stuurde altijd op tijd. U antwoordt al twee weken niet op mijn berichten.",
            "no_response",
        ),
        (
            "pt",
            "Noutra loja nunca tive problemas, mas o telemóvel que me enviaram pede o Apple ID do antigo dono.",
            "locked_device",
        ),
    ],
)
def test_a_problem_with_this_order_beside_a_story_is_escalated(screener, language, text, code):
    assert f"escalation.{code}" in escalation_codes(screener, language, text)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("My mate bought a phone off Gumtree and it was locked.", True),
        ("Another shop refused to refund me.", True),
        ("Years ago a tablet battery swelled in my drawer.", True),
        # Tied to this order: the seller addressed, the phone received, the same SIM, "now again".
        ("Another shop refused to refund me, and now you do the same.", False),
        ("My old phone works with the same SIM.", False),
        ("The phone I received is locked.", False),
        # No place elsewhere at all.
        ("The battery swelled after two days.", False),
    ],
)
def test_what_places_a_sentence_elsewhere(sentence, expected):
    assert tells_of_elsewhere(normalize(sentence).text) is expected


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "Je ne veux pas d'un téléphone bloqué : il est bien désimlocké ?"),
        ("en", "I don't want a locked phone, is this one unlocked for all networks?"),
    ],
)
def test_what_the_buyer_wants_to_avoid_before_the_question_clause_is_not_escalated(screener, language, text):
    # The avoidance opens the sentence and the question follows in the same sentence.
    assert "escalation.locked_device" not in escalation_codes(screener, language, text)


def test_a_story_without_a_question_is_read_as_usual(screener):
    # Nothing asked about this listing: the story may be how the buyer reports, so it is read whole.
    text = "Mein altes Handy hing auch schon in der Aktivierungssperre."
    assert "escalation.locked_device" in escalation_codes(screener, "de", text)


# Places elsewhere added in the twenty-first session (development writers e73-e76, e93, e94): the
# press and video sites, "a mate of mine", an old phone of another brand, a past season, a
# relative's phone, the buyer's own disclaimer that this order is not the case.
@pytest.mark.parametrize(
    "language, sentence",
    [
        ("en", "A pal of mine once had a charger that melted"),
        ("en", "Watched a clip on YouTube of a battery catching fire"),
        ("en", "My old Nokia's screen went black for good"),
        ("de", "In der Zeitung stand, dass ein Akku explodiert ist"),
        ("de", "Hatte früher mal ein Handy, das ständig abstürzte"),
        ("fr", "L'été dernier le portable de ma sœur a surchauffé"),
        ("es", "Leí que muchos móviles robados se revenden"),
        ("it", "Il telefono di mio cugino era bloccato su un altro account"),
        ("nl", "Vorige zomer had een collega een nep-iPhone gekocht"),
        ("pl", "W telewizji mówili o podrabianych telefonach"),
        ("pt", "O meu Huawei antigo deixou de carregar, mas não é o caso aqui"),
    ],
)
def test_new_places_elsewhere(language, sentence):
    assert tells_of_elsewhere(normalize(sentence).text)


@pytest.mark.parametrize(
    "language, text",
    [
        ("de", "Ich habe im Radio von explodierten Akkus gehört. Liefert ihr auch nach Tirol?"),
        ("it", "Ho letto sul giornale di telefoni rubati rivenduti. Il vostro ha la fattura?"),
        ("en", "A mate of mine bought a fake one last month, mad. Can it be delivered to Galway?"),
    ],
)
def test_new_stories_before_a_question_are_not_escalated(screener, language, text):
    assert escalation_codes(screener, language, text) == []


# Twenty-second session (development writers e95-e98): a pawn shop as the other seller, a parent's
# or grandparent's purchase, an article read yesterday, a neighbour's e-bike.
@pytest.mark.parametrize(
    "language, sentence",
    [
        ("en", "My uncle picked up a phone at a pawn shop and it was blocked"),
        ("en", "My neighbour's scooter battery caught fire in the garage"),
        ("de", "Meine Mutter hat mal ein gefälschtes Ladegerät gekauft"),
        ("es", "Mi abuela compró una vez un cargador que se derritió"),
        ("fr", "Mon père a acheté une fois un faux chargeur au marché"),
        ("it", "Mio padre comprò un telefono bloccato al banco dei pegni"),
        ("nl", "Las vorige week een artikel over nepladers die smelten"),
        ("pl", "Szwagier kupił kiedyś w lombardzie telefon z blokadą"),
        ("pl", "Mój tata miał kiedyś podróbkę z targu"),
        ("nl", "Buurman kocht via Insta een nep-horloge"),
        ("en", "I once got a knock-off charger off insta"),
    ],
)
def test_places_elsewhere_of_the_twenty_second_session(language, sentence):
    assert tells_of_elsewhere(normalize(sentence).text)


@pytest.mark.parametrize(
    "language, text",
    [
        # the question put as "I just wanted to know", after a lead-in
        (
            "fr",
            "Mon frère a reçu une copie chez un autre vendeur en 2023. Cette fois je voulais juste savoir quand ça part.",
        ),
        ("pl", "Kolega kupił kiedyś podróbkę na targu. U mnie wszystko dobrze, chciałem tylko spytać o fakturę."),
        # the heat of a workplace, and a what-if question about it
        ("fr", "Je travaille en cuisine, il fait très chaud l'été. S'il chauffe trop, la garantie marche ?"),
        ("nl", "Ik sta de hele dag in een kas, daar is het bloedheet. Kan de telefoon daar tegen?"),
    ],
)
def test_stories_and_what_ifs_before_a_question_are_not_escalated(screener, language, text):
    assert escalation_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "Le téléphone devient trop chaud pendant la charge, je n'ose plus le brancher."),
        ("nl", "Hij wordt bloedheet tijdens het laden, daarom laat ik de lader nu uit."),
    ],
)
def test_a_phone_that_heats_is_still_dangerous(screener, language, text):
    assert "escalation.dangerous" in escalation_codes(screener, language, text)


# Twenty-third session (development writers e99-e102): the buyer's own word that the story is not
# this order's, with or without a question beside it; in-laws, a friend "of mine" in Dutch, an old
# phone named by its brand, a previous employer.
@pytest.mark.parametrize(
    "language, text",
    [
        (
            "fr",
            "Une copine a eu un chargeur qui a fondu l'an dernier, bref rien à voir. Le câble fourni, il est en USB-C ?",
        ),
        ("it", "A un collega hanno rifilato un caricatore finto al mercato, ma questa è un'altra storia. Grazie!"),
        ("en", "A neighbour's tablet swelled up last winter, but that's another story. Cheers for the quick post."),
        (
            "de",
            "Ein Bekannter hatte mal ein geklautes Handy, hat nichts mit euch zu tun. Kommt das Paket mit DHL?",
        ),
    ],
)
def test_a_story_the_buyer_says_is_not_this_order_is_not_escalated(screener, language, text):
    assert escalation_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "language, text, code",
    [
        # "rien à voir avec les photos" is how the listing differs: not a disclaimer
        (
            "fr",
            "Le téléphone reçu n'a rien à voir avec l'annonce : c'est un 64 Go au lieu de 256 Go.",
            "not_as_described",
        ),
        # a disclaimer about another phone beside a problem with this one
        (
            "en",
            "My old phone was a nightmare, but that's another story: this one's battery is swollen and the back is lifting.",
            "dangerous",
        ),
    ],
)
def test_a_disclaimer_does_not_hide_this_order_s_problem(screener, language, text, code):
    assert f"escalation.{code}" in escalation_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("en", "My brother-in-law's old phone caught fire on the charger"),
        ("nl", "Een collega van mij had vorig jaar een nep-oplader"),
        ("fr", "Mon ancien Xiaomi chauffait énormément"),
        ("de", "Der Akku von seinem alten Galaxy ist aufgebläht"),
        ("pl", "W poprzedniej pracy mieliśmy podrobione telefony"),
        ("fr", "J'ai vu au journal télévisé une histoire de batteries qui explosent"),
    ],
)
def test_places_elsewhere_of_the_twenty_third_session(language, sentence):
    assert tells_of_elsewhere(normalize(sentence).text)


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("en", "Saw something on the BBC about phones catching fire"),
        ("en", "A workmate's charger melted on her desk"),
        ("en", "My uncle in Cork bought a phone once, it was reported stolen"),
        ("pl", "Czytałam niedawno w gazecie o podrobionych ładowarkach"),
        ("pl", "Mój szwagier kupił kiedyś telefon z blokadą"),
        ("pt", "No verão passado a bateria do portátil do meu pai inchou"),
    ],
)
def test_places_elsewhere_of_the_twenty_third_session_second_round(language, sentence):
    assert tells_of_elsewhere(normalize(sentence).text)


@pytest.mark.parametrize(
    "language, text",
    [
        # questions that open with a verb: they ask, they report nothing
        ("nl", "Krijg ik een melding als de batterij niet origineel is?"),
        ("it", "Controllate che i telefoni non siano rubati prima di venderli?"),
    ],
)
def test_verb_first_questions_about_a_topic_are_not_escalated(screener, language, text):
    assert escalation_codes(screener, language, text) == []
