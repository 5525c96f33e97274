"""Ukrainian: quotes and their speakers, reported speech, figures, dates and actors read
with the tables of ``data/uk`` (before them Ukrainian fell back to the defaults). The
sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.analysis.pipeline import analyze
from briefing.analysis.suggestions import ArticleAnalysis
from tests.analysis.helpers import article_from_text


def run(text: str) -> ArticleAnalysis:
    result = analyze(article_from_text(text, "uk", published=date(2024, 10, 25)))
    for item in (*result.quotes, *result.statements, *result.figures):
        assert text[item.start : item.end] == item.text
    return result


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "«Ми готові до переговорів», — заявив президент України Володимир Зеленський.",
            "Володимир Зеленський",
            "президент України",
        ),
        (
            "«Ситуація на фронті складна», — наголосила голова комітету Ірина Венедіктова.",
            "Ірина Венедіктова",
            "голова комітету",
        ),
        (
            "Речник МЗС Георгій Тихий сказав: «Ми не коментуємо ці заяви».",
            "Георгій Тихий",
            "Речник МЗС",
        ),
        (
            "Прем'єр-міністр Денис Шмигаль заявив: «Бюджет на наступний рік буде ухвалено вчасно».",
            "Денис Шмигаль",
            "Прем'єр-міністр",
        ),
    ],
)
def test_a_quote_has_its_speaker_and_role(text: str, speaker: str, role: str) -> None:
    quotes = run(text).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == [(speaker, role)]


@pytest.mark.parametrize(
    ("text", "speaker", "role", "content"),
    [
        (
            "Міністр закордонних справ Андрій Сибіга сказав, що Київ не піде на поступки.",
            "Андрій Сибіга",
            "Міністр закордонних справ",
            "Київ не піде на поступки",
        ),
        (
            "Як повідомив мер Києва Віталій Кличко, у столиці пролунали вибухи.",
            "Віталій Кличко",
            "мер Києва",
            "у столиці пролунали вибухи",
        ),
        (
            "Прем’єр-міністр Денис Шмигаль заявив, що уряд підготував новий бюджет.",
            "Денис Шмигаль",
            "Прем’єр-міністр",
            "уряд підготував новий бюджет",
        ),
        (
            "«Ситуація на фронті складна», — наголосила голова комітету Ірина Венедіктова. "
            "За її словами, армії потрібна допомога.",
            "Ірина Венедіктова",
            "голова комітету",
            "армії потрібна допомога",
        ),
        (
            "«Економіка відновлюється», — каже економістка Олена Білан. За її оцінками, "
            "ВВП зросте на 3,5% у 2025 році.",
            "Олена Білан",
            "економістка",
            "ВВП зросте на 3,5% у 2025 році",
        ),
        (
            "У п’ятницю в Міноборони повідомили, що отримали нові літаки.",
            "Міноборони",
            None,
            "отримали нові літаки",
        ),
    ],
)
def test_reported_speech_has_its_speaker(
    text: str, speaker: str, role: str | None, content: str
) -> None:
    statements = run(text).statements
    assert [(s.speaker, s.speaker_role, s.text) for s in statements] == [(speaker, role, content)]


@pytest.mark.parametrize(
    ("text", "figure", "value", "currency", "qualifier"),
    [
        (
            "За даними Генштабу, понад 3 тисячі військових загинули.",
            "3 тисячі військових",
            3000.0,
            None,
            "понад",
        ),
        ("Збитки оцінюють у 2,5 млрд доларів.", "2,5 млрд доларів", 2.5e9, "USD", None),
        ("Уряд виділив 1,2 млрд грн на відновлення.", "1,2 млрд грн", 1.2e9, "UAH", None),
        (
            "Збитки сягнули близько 300 тисяч гривень.",
            "300 тисяч гривень",
            300_000.0,
            "UAH",
            "близько",
        ),
        (
            "Компанія інвестувала 3 мільйони доларів у завод.",
            "3 мільйони доларів",
            3e6,
            "USD",
            None,
        ),
        ("Кредит становить 1,5 трлн гривень.", "1,5 трлн гривень", 1.5e12, "UAH", None),
        (
            "В Одесі загинули щонайменше семеро людей.",
            "семеро людей",
            7.0,
            None,
            "щонайменше",
        ),
        ("На Харківщині загинули п’ятеро людей.", "п’ятеро людей", 5.0, None, None),
        ("Внаслідок удару загинули п'ятеро дорослих.", "п'ятеро дорослих", 5.0, None, None),
        ("У Сумах загинули пʼятеро людей.", "пʼятеро людей", 5.0, None, None),
        (
            "Україна отримає понад 40 тис. снарядів.",
            "40 тис. снарядів",
            40_000.0,
            None,
            "понад",
        ),
    ],
)
def test_figures_read_with_their_multiplier_currency_and_qualifier(
    text: str, figure: str, value: float, currency: str | None, qualifier: str | None
) -> None:
    figures = run(text).figures
    assert [(f.text, f.value, f.currency, f.qualifier) for f in figures] == [
        (figure, value, currency, qualifier)
    ]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        (
            "Понад 3 тисячі військових загинули 24 жовтня 2024 року.",
            "24 жовтня 2024 року",
            "2024-10-24",
        ),
        ("У середу в Харкові пролунали вибухи.", "У середу", "2024-10-23"),
        ("У п’ятницю в Міноборони повідомили про постачання.", "У п’ятницю", "2024-10-25"),
        ("Вчора Верховна Рада ухвалила закон.", "Вчора", "2024-10-24"),
        ("У пʼятницю загинули пʼятеро людей.", "У пʼятницю", "2024-10-25"),
        ("Завтра відбудеться засідання уряду.", "Завтра", "2024-10-26"),
        ("Торік ціни зросли на 20%.", "Торік", "2023"),
        ("На початку листопада уряд перегляне тарифи.", "На початку листопада", "2024-11"),
    ],
)
def test_dates(text: str, written: str, value: str) -> None:
    dates = run(text).dates
    assert [(d.text, d.value) for d in dates] == [(written, value)]


@pytest.mark.parametrize(
    ("text", "name", "kind", "role"),
    [
        (
            "«Ми готові до переговорів», — заявив президент України Володимир Зеленський.",
            "Володимир Зеленський",
            "person",
            "президент України",
        ),
        ("За даними Генштабу, ворог втратив ще 1200 солдатів.", "Генштаб", "organization", None),
        ("Вчора Верховна Рада ухвалила закон.", "Верховна Рада", "organization", None),
        ("Про це повідомила пресслужба Міноборони.", "Міноборони", "organization", None),
        ("Зустріч відбулася у Києві.", "Києві", "place", None),
        ("У середу в Харкові пролунали вибухи.", "Харків", "place", None),
        ("Вибухи пролунали на Харківщині.", "Харківщині", "place", None),
        ("Делегація поїхала до Львова.", "Львів", "place", None),
    ],
)
def test_actors(text: str, name: str, kind: str, role: str | None) -> None:
    actors = run(text).actors
    assert (name, kind, role) in [(a.name, a.kind, a.role) for a in actors]


def test_a_title_before_a_body_is_no_part_of_it() -> None:
    """``Голова НБУ``: the governor's title, not an adjective opening the bank's name."""
    actors = run("Голова НБУ Андрій Пишний пояснив, що інфляція сповільнилася.").actors
    people = [(a.name, a.role) for a in actors if a.kind == "person"]
    assert people == [("Андрій Пишний", "Голова НБУ")]
    assert "Голова НБУ" not in [a.name for a in actors]


def test_a_pronoun_is_no_town() -> None:
    """``Вона`` read as the town ``Вон`` with a Russian-style ending cut off."""
    actors = run("Вона поїхала до Львова.").actors
    assert [(a.name, a.kind) for a in actors] == [("Львів", "place")]


@pytest.mark.parametrize(
    "text",
    [
        "Понад 3 тисячі військових загинули 24 жовтня 2024 року.",
        "Зустріч запланована на 5 листопада.",
    ],
)
def test_a_date_is_no_figure(text: str) -> None:
    assert all("жовтня" not in f.text and "листопада" not in f.text for f in run(text).figures)


def test_a_year_is_a_date_and_no_figure() -> None:
    result = run("У 2023 році ціни зросли на 20%.")
    assert [f.text for f in result.figures] == ["20%"]
    assert [(d.text, d.value) for d in result.dates] == [("2023", "2023")]


def test_a_quoted_title_is_no_quote() -> None:
    """The film's title in guillemets is a name; the director's words after it are speech."""
    text = (
        "Фільм «Земля обітована» вийшов у прокат. «Ми пишаємося ним», — сказав режисер Олег Сенцов."
    )
    quotes = run(text).quotes
    assert [(q.text, q.speaker, q.speaker_role) for q in quotes] == [
        ("Ми пишаємося ним", "Олег Сенцов", "режисер")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Президент підписав закон «Про освіту», повідомили в Офісі президента.", "uk"),
        ("Президент подписал закон «Об образовании», сообщили в Кремле.", "ru"),
    ],
)
def test_a_capitalised_title_inside_a_sentence_is_no_quote_of_the_cue_after_it(
    text: str, language: str
) -> None:
    """The law's title in guillemets after ``закон`` is a name; the cue after the comma
    reports the whole sentence, not the title."""
    result = analyze(article_from_text(text, language, published=date(2024, 10, 25)))
    assert not result.quotes
    if language == "uk":
        assert ("Офіс президента", "organization") in [(a.name, a.kind) for a in result.actors]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Офіс генпрокурора відкрив справу про теракт.", "Офіс генпрокурора"),
        ("Суд міста Києва ухвалив рішення у справі.", "Суд міста Києва"),
    ],
)
def test_a_body_goes_on_with_its_genitive(text: str, name: str) -> None:
    actors = run(text).actors
    assert (name, "organization") in [(a.name, a.kind) for a in actors]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "За словами міністра Дмитра Кулеби, переговори з партнерами триватимуть наступного "
            "тижня.",
            "Дмитро Кулеба",
            "міністр",
        ),
        (
            "За словами міністра закордонних справ Дмитра Кулеби, переговори з партнерами "
            "триватимуть наступного тижня.",
            "Дмитро Кулеба",
            "міністр закордонних справ",
        ),
        (
            "За даними голови НБУ Андрія Пишного, інфляція сповільниться наступного року.",
            "Андрій Пишний",
            "голова НБУ",
        ),
        (
            "За словами Юлії Свириденко, уряд підготував нову програму підтримки.",
            "Юлія Свириденко",
            None,
        ),
    ],
)
def test_a_source_after_according_to_is_named_in_the_nominative(
    text: str, speaker: str, role: str | None
) -> None:
    """``За словами міністра Дмитра Кулеби``: the genitive after the cue is Дмитро Кулеба."""
    statements = run(text).statements
    assert [(s.speaker, s.speaker_role) for s in statements] == [(speaker, role)]
