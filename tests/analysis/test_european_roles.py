"""Roles of people in French, German, Spanish, Portuguese and Russian: the language's role
words (its speech table) are titles before a name, as the language writes them (``le
président``, ``Bundeskanzler``); a sentence's first word, a date or a preposition is not
part of the role (``Laut``, ``Oktober``, ``Вчера``); a qualifier is (``ancien``,
``ehemalige``, ``бывший``). The sentences are our own."""

from __future__ import annotations

import pytest

from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text


def roles(text: str, language: str) -> dict[str, str | None]:
    return {a.name: a.role for a in analyze(article_from_text(text, language)).actors}


@pytest.mark.parametrize(
    ("language", "text", "name", "role"),
    [
        (
            "fr",
            "Le président Emmanuel Macron a reçu lundi Bruno Le Maire à Paris.",
            "Emmanuel Macron",
            "président",
        ),
        (
            "fr",
            "Hier, le ministre Bruno Le Maire a visité l'usine de Lyon.",
            "Bruno Le Maire",
            "ministre",
        ),
        (
            "fr",
            "« Aucun incident », a déclaré l'ancien ministre Jacques Aubert.",
            "Jacques Aubert",
            "ancien ministre",
        ),
        (
            "fr",
            "Selon Claire Martin, porte-parole du gouvernement, la réforme entrera en vigueur.",
            "Claire Martin",
            "porte-parole du gouvernement",
        ),
        (
            "de",
            "Bundeskanzler Olaf Scholz hat am Montag in Berlin die Pläne vorgestellt.",
            "Olaf Scholz",
            "Bundeskanzler",
        ),
        (
            "de",
            "Laut Präsident Emmanuel Macron gibt es keine Alternative.",
            "Emmanuel Macron",
            "Präsident",
        ),
        (
            "de",
            "„Die Lage ist ernst“, sagte am 3. Oktober Kanzler Otto Brandt.",
            "Otto Brandt",
            "Kanzler",
        ),
        (
            "de",
            "Der ehemalige Kanzler Otto Brandt besuchte das Werk.",
            "Otto Brandt",
            "ehemalige Kanzler",
        ),
        # compound titles
        (
            "de",
            "Wirtschaftsminister Robert Habeck besuchte ein Stahlwerk.",
            "Robert Habeck",
            "Wirtschaftsminister",
        ),
        (
            "de",
            "EZB-Präsidentin Christine Lagarde sprach von einem Schritt.",
            "Christine Lagarde",
            "EZB-Präsidentin",
        ),
        (
            "de",
            "Die stellvertretende Regierungssprecherin Christiane Hoffmann bestätigte das.",
            "Christiane Hoffmann",
            "stellvertretende Regierungssprecherin",
        ),
        (
            "de",
            "„Die Lage ist ernst“, sagte am Montagabend Innenministerin Petra Lang.",
            "Petra Lang",
            "Innenministerin",
        ),
        (
            "es",
            "El presidente Pedro Sánchez se reunió con la ministra Yolanda Díaz en Madrid.",
            "Yolanda Díaz",
            "ministra",
        ),
        (
            "es",
            "«No vamos a ceder», dijo el jueves el ministro de Defensa Luis Herrera.",
            "Luis Herrera",
            "ministro de Defensa",
        ),
        (
            "pt",
            "O presidente Marcos Lima recebeu o ministro Fernando Haddad em Brasília.",
            "Fernando Haddad",
            "ministro",
        ),
        ("ru", "Вчера президент Владимир Путин уехал в Сочи.", "Владимир Путин", "президент"),
        ("ru", "Бывший министр Сергей Иванов посетил завод.", "Сергей Иванов", "Бывший министр"),
    ],
)
def test_a_role_word_before_a_name_is_the_persons_role(
    language: str, text: str, name: str, role: str
) -> None:
    assert roles(text, language).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Президент России Владимир Путин провел совещание.", "Владимир Путин", "Президент России"),
        ("Премьер-министр Михаил Мишустин представил отчет.", "Михаил Мишустин", "Премьер-министр"),
        ("Депутат Госдумы Андрей Исаев предложил закон.", "Андрей Исаев", "Депутат Госдумы"),
    ],
)
def test_a_russian_title_and_its_complement_before_the_given_name(
    text: str, name: str, role: str
) -> None:
    # Russian has no articles: the title opens the sentence, capitalised, and the word
    # in the genitive after it (России, Госдумы) is the title's, not the name's
    assert roles(text, "ru").get(name) == role


def test_a_genitive_complement_is_no_person() -> None:
    found = roles("Губернатор Белгородской области Вячеслав Гладков сообщил об обстреле.", "ru")
    assert "Белгородской" not in found
    assert "Вячеслав Гладков" in found


def test_a_verb_before_a_title_is_no_appositive() -> None:
    # ", a déclaré jeudi le ministre …" reports speech: "Russie" gets no role, is no person
    found = roles(
        "Au moins 3 000 soldats sont arrivés en Russie, a déclaré jeudi le ministre de la "
        "Défense, Jean Moreau.",
        "fr",
    )
    assert not any(role and role.startswith("déclaré") for role in found.values())
    assert "Russie" not in found or found["Russie"] is None


def test_a_surname_that_is_a_role_word_stays_in_the_name() -> None:
    # "Maire" is a surname here; titles are matched as the language writes them
    assert "Bruno Le Maire" in roles("Le maire Bruno Le Maire a inauguré le pont.", "fr")


def test_the_speaker_keeps_the_role_of_the_quote() -> None:
    article = article_from_text(
        "«No vamos a ceder ante estas amenazas», dijo el jueves el ministro de Defensa Luis "
        "Herrera.",
        "es",
    )
    [quote] = analyze(article).quotes
    assert (quote.speaker, quote.speaker_role) == ("Luis Herrera", "ministro de Defensa")


def test_each_appositive_gives_its_own_persons_title() -> None:
    found = roles(
        "La ministra de Trabajo, Yolanda Díaz, y el ministro de Economía, Carlos Cuerpo, se "
        "reunieron con los sindicatos.",
        "es",
    )
    assert found["Yolanda Díaz"] == "ministra de Trabajo"
    assert found["Carlos Cuerpo"] == "ministro de Economía"


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "La jueza citó como investigado al hermano del presidente, David Sánchez.",
            "es",
            "David Sánchez",
        ),
        ("Le fils du président, Jean Sarkozy, a démenti.", "fr", "Jean Sarkozy"),
    ],
)
def test_a_relatives_title_is_not_the_persons_role(text: str, language: str, name: str) -> None:
    assert roles(text, language)[name] is None


def test_a_titled_speaker_the_tagger_called_an_organisation_is_a_person() -> None:
    found = {
        a.name: a
        for a in analyze(
            article_from_text(
                "La police municipale de Nice a interpellé deux suspects, a indiqué la mairie. "
                "Selon le maire Christian Estrosi, « la vidéosurveillance a été décisive ».",
                "fr",
            )
        ).actors
    }
    assert (found["Christian Estrosi"].kind, found["Christian Estrosi"].role) == ("person", "maire")


@pytest.mark.parametrize(
    ("text", "language", "person", "role"),
    [
        (
            "Der Vorsitzende der Gewerkschaft Verdi, Frank Werneke, kündigte Warnstreiks an.",
            "de",
            "Frank Werneke",
            "Vorsitzende der Gewerkschaft Verdi",
        ),
        (
            "La ministre de la Culture, Rachida Dati, a annoncé un plan pour les musées.",
            "fr",
            "Rachida Dati",
            "ministre de la Culture",
        ),
        (
            "La directora de la Agencia Tributaria, Soledad Fernández, explicó el calendario.",
            "es",
            "Soledad Fernández",
            "directora de la Agencia Tributaria",
        ),
        (  # a link inside the body's name
            "A presidente da Comissão Mista de Orçamento, Daniella Ribeiro, criticou o plano.",
            "pt",
            "Daniella Ribeiro",
            "presidente da Comissão Mista de Orçamento",
        ),
        (
            "Le procureur de la République de Paris, Laure Beccuau, a ouvert une enquête.",
            "fr",
            "Laure Beccuau",
            "procureur de la République de Paris",
        ),
    ],
)
def test_a_title_whose_body_follows_an_article(
    text: str, language: str, person: str, role: str
) -> None:
    """'der Gewerkschaft', 'de la Culture': an article between the title and the body it
    heads keeps the body in the role."""
    actors = {a.name: a.role for a in analyze(article_from_text(text, language)).actors}
    assert actors[person] == role


@pytest.mark.parametrize(
    ("text", "language", "name", "not_name"),
    [
        (
            "O Banco Central manteve a taxa de juros em 10,5 %.",
            "pt",
            "Banco Central",
            "O Banco Central",
        ),
        ("Segundo Moraes, a empresa descumpriu ordens judiciais.", "pt", None, "Segundo Moraes"),
    ],
)
def test_a_sentences_first_word_is_not_the_name(
    text: str, language: str, name: str | None, not_name: str
) -> None:
    """A short article ('O', 'A') or an 'according to' cue ('Segundo', 'Laut') opening the
    sentence, capitalised there, is not part of the name after it."""
    names = {a.name for a in analyze(article_from_text(text, language)).actors}
    assert not_name not in names
    if name is not None:
        assert name in names


@pytest.mark.parametrize(
    ("text", "language", "person", "role"),
    [
        (
            "Министр финансов Антон Силуанов отметил рост доходов.",
            "ru",
            "Антон Силуанов",
            "Министр финансов",
        ),
        (
            "В четверг министр обороны Андрей Белов посетил полигон.",
            "ru",
            "Андрей Белов",
            "министр обороны",
        ),
        (
            "El diputado socialista Pedro Gómez defendió la gestión.",
            "es",
            "Pedro Gómez",
            "diputado socialista",
        ),
    ],
)
def test_a_title_with_a_lower_case_complement_before_the_name(
    text: str, language: str, person: str, role: str
) -> None:
    """'министр обороны', 'diputado socialista': lower-case words between the title and
    the name are its complement (not a time before it: 'заявил в четверг министр')."""
    actors = {a.name: a.role for a in analyze(article_from_text(text, language)).actors}
    assert actors[person] == role


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Банк России в пятницу сохранил ключевую ставку.", "ru", "Банк России"),
        ("La Comisión Europea abrió un expediente a España.", "es", "Comisión Europea"),
        ("El exministro declaró ante el Tribunal Supremo por el caso.", "es", "Tribunal Supremo"),
    ],
)
def test_a_body_the_tagger_calls_a_person_is_an_organisation(
    text: str, language: str, body: str
) -> None:
    """Where the name tagger (trained on Indonesian) guesses, a name opened by an
    organisation's word (bank, commission, court) is that organisation."""
    kinds = {a.name: a.kind for a in analyze(article_from_text(text, language)).actors}
    assert kinds[body] == "organization"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "« Nous tiendrons », a déclaré le ministre de l'Intérieur Gérald Darmanin.",
            "ministre de l'Intérieur",
        ),
        (
            "Selon le ministre de l’Intérieur Gérald Darmanin, « aucune zone ne sera "
            "laissée sans surveillance ».",
            "ministre de l’Intérieur",
        ),
    ],
)
def test_a_french_title_with_an_elided_article_keeps_its_complement(text: str, role: str) -> None:
    """``de l’Intérieur``: the elided article is part of the title, and ``Selon`` before
    it is the cue, not the title's start."""
    assert roles(text, "fr")["Gérald Darmanin"] == role
