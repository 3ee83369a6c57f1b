"""Spelled-out numbers: the quick bound that lets a text skip the number search must count every
number word, repeats included (a phone spelled with three distinct words is still ten digits); the
dictation habits of each language are read as the digits meant, and the same words in ordinary
replies ("deux fois", "drie keer een bericht", "cent pour cent", price lists) make no phone-length run."""

from __future__ import annotations

import re

import pytest

from screening.text import normalize
from screening.text.numbers import find_number_runs


@pytest.mark.parametrize(
    "language, text, digits",
    [
        ("es", "Llámame al seis cero cero cinco cinco cinco cero cero cero", "600555000"),
        ("it", "chiamami: tre tre tre cinque cinque cinque quattro quattro quattro quattro", "3335554444"),
        ("de", "ruf an: null eins fünf fünf fünf fünf fünf fünf fünf fünf", "0155555555"),
    ],
)
def test_repeated_number_words_make_a_run(language, text, digits):
    plain = normalize(text).text
    words = frozenset(plain.split())
    runs = find_number_runs(plain, min_digits=8, words=words, languages=(language,))
    assert [run.digits for run in runs] == [digits]


def test_a_few_number_words_are_still_no_run():
    plain = normalize("Ich habe fünf oder sechs Fotos gemacht").text
    assert find_number_runs(plain, min_digits=8, words=frozenset(plain.split()), languages=("de",)) == []


def _find(text: str, languages: tuple[str, ...], min_digits: int):
    plain = normalize(text, scripts=False).text
    words = frozenset(re.findall(r"[^\W\d_]+", plain))
    return find_number_runs(plain, min_digits=min_digits, words=words, languages=languages)


def _runs(text: str, languages: tuple[str, ...]) -> list[str]:
    return [run.digits for run in _find(text, languages, 8)]


# Dictation habits: a digit repeated by a count ("vijf keer nul"), plural zeros, hundreds said as
# such ("neuf cent nonante-neuf", "six hundred and twelve"), Polish digit names.
DICTATED = [
    ("nl", "Bel me even: nul zes twaalf vijf keer nul acht negen", "06120000089"),
    ("nl", "mijn nummer is nul zes een twee drie keer de vijf acht negen nul", "0612555890"),
    ("nl", "nul zes, honderd twaalf, vierendertig, zesenvijftig, achtenzeventig", "0612345678"),
    ("nl", "nul zes tweehonderd twaalf vierendertig zesenvijftig zeven", "0621234567"),
    ("nl", "gsm: nul vier zevenenzeventig, vijfhonderdvijfenvijftig, drie nullen", "0477555000"),
    ("pl", "zadzwoń: pięćset dwanaście, trzy zera, dwa razy siedem, osiem", "512000778"),
    ("pl", "dzwoń: szóstka jedynka dwójka, trzy zera, siódemka siódemka ósemka", "612000778"),
    ("en", "ring me on oh seven seven hundred, nine hundred, treble zero", "07700900000"),
    ("en", "text me: oh seven nine six hundred and twelve, three four five six", "0796123456"),
    ("en", "my number is oh eight seven, two noughts, one two three four five", "0870012345"),
    ("it", "chiamami al tre quattro sette, tre volte zero, uno due tre quattro", "3470001234"),
    ("it", "cell: tre tre tre triplo cinque, quattro quattro quattro quattro", "3335554444"),
    ("es", "llámame al seis uno dos, tres ceros, cuatro cinco seis", "612000456"),
    ("fr", "appelle-moi au zéro six, deux fois zéro, douze, trente-quatre, cinquante-six", "0600123456"),
    ("fr", "zéro six, trois fois le cinq, douze, quarante-quatre, huit", "0655512448"),
    ("fr", "zéro quatre cent septante-deux, douze, trente-quatre, cinquante-six", "0472123456"),
    ("fr", "zéro septante-neuf, neuf cent nonante-neuf, douze, trente-quatre", "0799991234"),
    ("fr", "zéro septante-neuf, deux cents, douze, trente-quatre", "0792001234"),  # no rest after a comma
    ("fr", "zéro six cent quatre-vingt-dix-neuf, douze, trente-quatre", "06991234"),
    ("de", "ruf an: null eins sieben eins, zweimal die Null, zwei drei vier fünf", "0171002345"),
    ("de", "null eins sieben eins, dreimal null, vier fünf sechs sieben", "01710004567"),
    ("de", "null eins fünf eins, zweihundertvierunddreißig, fünfhundertsechzig, eins", "01512345601"),
    ("de", "null sieben neun, neunhundertneunundneunzig, zwölf, dreiundvierzig", "0799991243"),
    ("de", "null eins sieben eins, zwei hundert zwölf, drei vier fünf", "0171212345"),
    ("pt", "liga-me: nove um duplo zero, três quatro cinco seis sete", "910034567"),
    ("pt", "liga-me: nove um dois, três zeros, quatro cinco seis", "912000456"),
    ("pt", "liga-me: nove um dois, duas vezes o sete, três quatro cinco seis", "912773456"),
    ("sv", "Mitt nummer: noll sju tre, etthundratjugotre, fyrtiofem, sextiosju", "0731234567"),
    ("cs", "Volejte: sedm set třicet sedm, sto dvacet tři, čtyři sta padesát šest", "737123456"),
    ("el", "Πάρε με: εξακόσια ενενήντα τέσσερα, εκατόν είκοσι τρία, τέσσερα πέντε έξι επτά", "6941234567"),
]


@pytest.mark.parametrize("language, text, digits", DICTATED)
def test_dictation_habits_are_read_as_digits(language, text, digits):
    assert _runs(text, (language,)) == [digits]


# Ordinary replies full of the same words: counts, "times", hundreds, prices, grades, Fridays.
ORDINARY = [
    ("fr", "Je l'ai chargé deux fois, trois fois, quatre fois par jour, zéro souci, trois ans de garantie."),
    ("fr", "Selon l'état il coûte deux cents, trois cents ou quatre cents euros, cent pour cent de batterie."),
    ("fr", "Lot de trois : deux cents, trois cents, quatre cents, cinq cents, six cents euros."),  # a list of prices
    ("fr", "J'ai demandé deux fois un remboursement et trois fois un avoir."),
    ("en", "I charged it two times, three times a day, double zero issues, one hundred percent, two hundred pounds."),
    ("en", "Options: two hundred, three hundred, four hundred, five hundred, six hundred pounds."),
    ("en", "It was six hundred and twelve pounds, now four hundred and ninety nine, two hundred and thirteen saved."),
    ("de", "Ich habe zweimal eine Erstattung verlangt, dreimal nachgefragt, kein Cent zurück, hundert Prozent Akku."),
    ("de", "Angebote: zweihundert, dreihundert, vierhundert, fünfhundert, sechshundert Euro, ein paar Tage."),
    ("nl", "Ik heb drie keer een bericht gestuurd, vijf keer geladen, honderden toestellen, geen cent gezien."),
    ("nl", "Aanbod: tweehonderd, driehonderd, vierhonderd, vijfhonderd, zeshonderd euro, twee jaar garantie."),
    ("pl", "Dzwoniłem dwa razy, trzy razy, sto procent baterii, dwieście złotych, dwa razy, zero odpowiedzi."),
    ("pl", "Ceny: dwieście, trzysta, czterysta, pięćset, sześćset złotych."),
    ("pl", "To było trzy piątki temu, a szóstka z matematyki i piątka z fizyki to inna sprawa."),
    ("it", "L'ho caricato tre volte, due volte al giorno, doppio zero difetti, cento per cento, trecento euro."),
    ("it", "Prezzi: duecento, trecento, quattrocento, cinquecento euro."),
    ("es", "Lo he recibido cinco veces, una por cada mensaje, doble cero problemas, cien por cien."),
    ("pt", "Aconteceu seis vezes, duas delas durante chamadas, duplo zero problemas, cem por cento."),
    ("cs", "Ceny: dvě stě, tři sta, čtyři sta, pět set, šest set korun."),
]


@pytest.mark.parametrize("language, text", ORDINARY)
def test_ordinary_number_words_make_no_phone_length_run(language, text):
    assert _runs(text, (language,)) == []


@pytest.mark.parametrize(
    "languages, text, digits",
    [
        (("nl",), "drie keer een bericht", ["3", "1"]),  # after "keer", "een" is the article
        (("de",), "zweimal eine Erstattung", []),
        (("es",), "cinco veces, una por cada mensaje", ["5", "1"]),  # a comma ends the repetition
        (("nl",), "honderden toestellen", []),  # "hundreds"
        (("de",), "kein Cent zurück", []),  # a hundred alone is no digit group
        (("pl",), "trzy piątki temu", ["3"]),  # Fridays, not fives
        (("pl",), "piątka piątka", ["5", "5"]),
        (("sk",), "od pondelka do piatka", []),  # Slovak "until Friday"
        (("fr",), "deux cents, douze", ["200", "12"]),
        (("en",), "seven hundred one two three", ["700", "1", "2", "3"]),  # digits said one by one after a hundred
        (("en",), "seven hundred and one", ["701"]),
    ],
)
def test_what_the_repetition_and_hundred_words_do_not_join(languages, text, digits):
    assert [group.digits for run in _find(text, languages, 1) for group in run.groups] == digits


# Everyday words that are digits ("zero", "sept", "due", "otto"): one alone is a word and the fast path
# skips it, two in a row or one before a digit are a number dictated digit by digit.
@pytest.mark.parametrize(
    "language, text, digits",
    [
        ("it", "chiama il fisso: zero due / 123 / 45 67", ["021234567"]),
        ("fr", "appelle-moi au zéro six, 12 34 56 78", ["0612345678"]),
        ("de", "null null vier neun, 30 12 34 56", ["004930123456"]),
        ("it", "sei sicuro? Ne ho due, otto giorni fa ne avevo tre", []),  # words apart: no run
        ("fr", "sept jours, neuf euros de port, zéro souci", []),
    ],
)
def test_everyday_digit_words_dictated_in_a_row(language, text, digits):
    assert _runs(text, (language,)) == digits


@pytest.mark.parametrize(
    "text, digits",
    [
        ("the middle is 123", ["123"]),  # "is" is no leetspeak 15 at a run's start
        ("mi rimborsano solo il 25", ["25"]),  # nor "solo il" 5011
        ("348 OBO 6213", ["348", "080", "6213"]),  # between digits it still is
    ],
)
def test_a_run_never_starts_with_a_letters_only_leet_word(text, digits):
    assert [group.digits for run in _find(text, ("en", "it"), 1) for group in run.groups] == digits
