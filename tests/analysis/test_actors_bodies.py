"""Institutions named by their head noun in French, Spanish, Portuguese, German and Russian
(``actors_bodies``): whole names, not a person, a title's portfolio or a common noun.
The sentences are our own."""

from __future__ import annotations

import pytest

from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text


def actors(text: str, language: str) -> dict[str, str]:
    return {a.name: a.kind for a in analyze(article_from_text(text, language)).actors}


def bodies(text: str, language: str) -> set[str]:
    return {name for name, kind in actors(text, language).items() if kind == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le texte sera débattu devant l'Assemblée nationale, a indiqué le Parti communiste.",
            "fr",
            {"Assemblée nationale", "Parti communiste"},
        ),
        (
            "« Aucun incident n'a été signalé », a déclaré l'Organisation mondiale de la santé.",
            "fr",
            {"Organisation mondiale de la santé"},
        ),
        (
            "El Consejo de Ministros aprobó el decreto y la Corte Suprema de Justicia lo revisará.",
            "es",
            {"Consejo de Ministros", "Corte Suprema de Justicia"},
        ),
        ("La Fiscalía pidió diez años de cárcel.", "es", {"Fiscalía"}),
        (
            "Segundo o Ministério da Saúde, a Câmara dos Deputados votará o projeto.",
            "pt",
            {"Ministério da Saúde", "Câmara dos Deputados"},
        ),
        (
            "Das Institut der deutschen Wirtschaft und das Bayerische Landesamt für Umwelt "
            "warnten. Die Frankfurter Börse reagierte kaum, das Bundeskabinett schwieg.",
            "de",
            {
                "Institut der deutschen Wirtschaft",
                "Bayerische Landesamt für Umwelt",
                "Frankfurter Börse",
                "Bundeskabinett",
            },
        ),
        (
            "Министерство здравоохранения сообщило о вспышке. Свердловский областной суд "
            "вынес приговор, а Министерство экономического развития промолчало.",
            "ru",
            {
                "Министерство здравоохранения",
                "Свердловский областной суд",
                "Министерство экономического развития",
            },
        ),
    ],
)
def test_institutions_named_by_their_head_noun(
    text: str, language: str, expected: set[str]
) -> None:
    assert expected <= bodies(text, language)


@pytest.mark.parametrize(
    ("text", "language", "person", "not_a_body"),
    [
        # a given name is no head and ends a name
        ("« C'est inacceptable », a réagi Marine Le Pen.", "fr", "Marine Le Pen", "Marine Le Pen"),
        (
            "O ministro do Supremo Tribunal Federal Alexandre de Moraes determinou a suspensão.",
            "pt",
            "Alexandre de Moraes",
            "Supremo Tribunal Federal Alexandre de Moraes",
        ),
    ],
)
def test_people_stay_people(text: str, language: str, person: str, not_a_body: str) -> None:
    found = actors(text, language)
    assert found.get(person) == "person"
    assert not_a_body not in bodies(text, language)


@pytest.mark.parametrize(
    ("text", "language", "not_a_body"),
    [
        # a title's portfolio is not the ministry
        ("“Não vamos ceder”, disse o ministro da Defesa, José Almeida.", "pt", "Defesa"),
        # German nouns all have a capital: a bench, a club 'from the heart', a verb-final
        # clause's object
        ("Er saß auf der Trainerbank und schwieg.", "de", "Trainerbank"),
        ("Es ist ein Verein von Herzen, sagte er.", "de", "Verein von Herzen"),
        ("Gestern hat die Regierung Maßnahmen beschlossen.", "de", "Regierung Maßnahmen"),
        # a head noun opening a sentence, alone, is just the word
        ("Gobierno y oposición se reunieron ayer.", "es", "Gobierno"),
        # two bodies joined by 'y' are two
        ("El Gobierno y la Fiscalía firmaron el acuerdo.", "es", "Gobierno y la Fiscalía"),
    ],
)
def test_no_body_there(text: str, language: str, not_a_body: str) -> None:
    assert not_a_body not in bodies(text, language)


def test_the_name_starts_after_an_elided_article() -> None:
    article = article_from_text("Le vote aura lieu à l'Assemblée nationale.", "fr")
    found = [a for a in analyze(article).actors if a.name == "Assemblée nationale"]
    assert found
    start = found[0].mentions[0].start
    assert article.text[start:].startswith("Assemblée")


def test_english_and_indonesian_keep_their_own_cue_rules() -> None:
    # no bodies table: ``Consejo`` means nothing there
    assert "Consejo de Ministros" not in bodies("Kata Consejo de Ministros itu asing.", "id")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Армия готова», — сообщило Министерство обороны.", "Министерство обороны"),
        (
            "«Ставка останется высокой», — сообщило Министерство экономического развития России.",
            "Министерство экономического развития России",
        ),
    ],
)
def test_a_body_speaks_by_its_whole_name(text: str, speaker: str) -> None:
    quotes = analyze(article_from_text(text, "ru")).quotes
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a town's name inside a body is not a person's
        (
            "O Tribunal de Justiça de São Paulo negou o pedido.",
            "pt",
            {"Tribunal de Justiça de São Paulo"},
        ),
        # conjunctions inside a name after a link
        (
            "El Ministerio de Trabajo y Economía Social publicó los datos.",
            "es",
            {"Ministerio de Trabajo y Economía Social"},
        ),
        (
            "Министерство науки и высшего образования утвердило правила.",
            "ru",
            {"Министерство науки и высшего образования"},
        ),
        ("Der Rat der Stadt Köln beschloss das Verbot.", "de", {"Rat der Stadt Köln"}),
        # heads in lower case after an article, German bodies named by one word
        (
            "Le ministère de la Santé a publié de nouvelles recommandations.",
            "fr",
            {"ministère de la Santé"},
        ),
        ("Der Bundestag hat das Haushaltsgesetz beschlossen.", "de", {"Bundestag"}),
        # an article after the name opens the next clause
        ("El Consejo de Ministros los aprobará el martes.", "es", {"Consejo de Ministros"}),
    ],
)
def test_bodies_read_whole(text: str, language: str, expected: set[str]) -> None:
    assert expected <= bodies(text, language)


@pytest.mark.parametrize(
    ("text", "language", "fragment"),
    [
        # a name going on in lower case is not cut into a fragment
        (
            "L'Office national des forêts a annoncé la suppression de postes.",
            "fr",
            "Office national",
        ),
        ("La Cour des comptes critique la gestion des fonds publics.", "fr", "Cour"),
        (
            "Федеральное агентство по делам молодежи объявило конкурс.",
            "ru",
            "Федеральное агентство",
        ),
        # a competition
        ("Le PSG domine la Ligue 1 depuis dix ans.", "fr", "Ligue"),
    ],
)
def test_no_fragment_of_a_body(text: str, language: str, fragment: str) -> None:
    assert fragment not in bodies(text, language)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Министерстве здравоохранения заявили, что вакцин достаточно.",
            "Министерство здравоохранения",
        ),
        ("По данным Росстата, инфляция в январе составила 1,2%.", "Росстат"),
        ("Глава Минфина Антон Силуанов выступил в Совете Федерации.", "Совет Федерации"),
    ],
)
def test_a_russian_body_in_another_case_is_named_in_the_nominative(
    text: str, expected: str
) -> None:
    assert expected in bodies(text, "ru")


def test_the_cases_of_one_body_are_one_actor() -> None:
    text = "Об этом сообщили в Министерстве здравоохранения. Министерство здравоохранения подтвердило данные."
    found = [a for a in analyze(article_from_text(text, "ru")).actors if a.kind == "organization"]
    assert [a.name for a in found] == ["Министерство здравоохранения"]
    assert len(found[0].mentions) == 2
