"""Which way a date without a year (or a bare weekday) points from the article's date:
back by default, forward with a future cue, strictly back/forward with last/next."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from briefing.analysis.dates import extract_dates
from tests.analysis.test_dates import article_of, dates

TUESDAY = date(2019, 11, 19)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        # no cue: what has happened (a day up to a month ahead, a month up to one ahead)
        ("The deal was signed on March 21.", "en", "2019-03-21"),
        ("The deal was signed on Feb. 14.", "en", "2019-02-14"),
        ("The plan starts Dec. 10.", "en", "2019-12-10"),
        ("Prices fell in February.", "en", "2019-02"),
        ("Prices fell in December.", "en", "2019-12"),
        # a future cue in the clause: the next occurrence on or after the article's date
        ("The hearing is scheduled for Feb. 14.", "en", "2020-02-14"),
        ("The court will rule on the appeal in February.", "en", "2020-02"),
        ("She will be allowed to sing her old songs at the gala on Sunday.", "en", "2019-11-24"),
        ("The vote is due on March 3.", "en", "2020-03-03"),
        ("The ministers will meet again on November 19.", "en", "2019-11-19"),
        ("Rapat itu akan digelar pada 14 Februari.", "id", "2020-02-14"),
        ("Pemerintah akan mengumumkan hasilnya hari Minggu.", "id", "2019-11-24"),
        ("Sidang dijadwalkan berlangsung Maret.", "id", "2020-03"),
        ("Le sommet sera organisé le 14 février.", "fr", "2020-02-14"),
        # the future of reported speech: 'said that … would … in May'
        ("The minister added that Lisbon would host a meeting in February.", "en", "2020-02"),
        ("Officials said the ban would take effect on Dec. 10.", "en", "2019-12-10"),
        ("The talks would have ended in February.", "en", "2019-02"),
        # a future verb by its ending, in the languages that conjugate the future
        ("La nueva presidenta asumirá el cargo el 24 de febrero.", "es", "2020-02-24"),
        ("A Petrobras divulgará os resultados em 7 de fevereiro.", "pt", "2020-02-07"),
        ("Le gouvernement présentera le texte le 3 mars.", "fr", "2020-03-03"),
        ("Следующее заседание запланировано на 6 февраля.", "ru", "2020-02-06"),
        ("The next meeting is on Feb. 3.", "en", "2020-02-03"),
        ("Analysts said a first cut was likely in February.", "en", "2020-02"),
        # a noun ending so is no verb; "likely to" is the clause's, not the date's
        ("Choveu muito no verão, em 7 de fevereiro.", "pt", "2019-02-07"),
        ("He is likely to face questions about the February 3 call.", "en", "2019-02-03"),
        # a participle nearer the date keeps it past; a future auxiliary before it not
        ("El ministro anunciará las medidas aprobadas el 2 de febrero.", "es", "2019-02-02"),
        ("Le sommet sera organisé le 14 février.", "fr", "2020-02-14"),
        ("La ley será aprobada el 2 de febrero.", "es", "2020-02-02"),
        # "of" a date: an event's name, whatever the clause's tense
        ("O governo divulgará o balanço do ataque de 3 de fevereiro.", "pt", "2019-02-03"),
        ("Le tribunal rendra sa décision sur les faits du 10 février.", "fr", "2019-02-10"),
        ("La ley entrará en vigor a partir del 1 de febrero.", "es", "2020-02-01"),
        # a dash ends the clause of a 'would' before it
        (
            "The question is whether new tariffs would go into effect — or whether a tariff "
            "imposed in September would remain.",
            "en",
            "2019-09",
        ),
        # a past cue cancels a future word: 'was due to … in September'
        ("He was due to be released in September.", "en", "2019-09"),
        ("The vote was scheduled for Dec. 3 but never came.", "en", "2018-12-03"),
        # a cue in another sentence does not count
        ("Talks will go on. The deal was signed Feb. 14.", "en", "2019-02-14"),
        # a cue of another clause after the date does not count either
        (
            'He said on Sunday that China "is going to have to' + ' make a deal".',
            "en",
            "2019-11-17",
        ),
        # last / next beside a month: strictly before / after the article's month
        ("The partnership began last November.", "en", "2018-11"),
        ("The partnership began last October.", "en", "2019-10"),
        ("The partnership ends next November.", "en", "2020-11"),
        ("The partnership ends next January.", "en", "2020-01"),
        # Indonesian 'lalu' / 'mendatang': on or before / on or after
        ("Kesepakatan itu diteken November lalu.", "id", "2019-11"),
        ("Kesepakatan itu diteken Desember lalu.", "id", "2018-12"),
        ("Pemilu digelar Februari mendatang.", "id", "2020-02"),
        ("Sidang digelar 25 November mendatang.", "id", "2019-11-25"),
        ("Sidang digelar 18 November lalu.", "id", "2019-11-18"),
        # last / next beside a weekday: the week before / after
        ("They said so in a statement last Friday.", "en", "2019-11-15"),
        ("They said so in a statement last Tuesday.", "en", "2019-11-12"),
        ("The team plays next Tuesday.", "en", "2019-11-26"),
        ("Timnas bertanding hari Jumat lalu.", "id", "2019-11-15"),
        ("Timnas bertanding Kamis depan.", "id", "2019-11-21"),
        ("Der Gipfel findet am kommenden Freitag statt.", "de", "2019-11-22"),
        ("Il a parlé vendredi dernier.", "fr", "2019-11-15"),
        ("Se reunirán el próximo viernes.", "es", "2019-11-22"),
        # a reported verb is past: 'said on Wednesday' may be six days back
        ("The minister said on Wednesday that talks had failed.", "en", "2019-11-13"),
        # the cue must be in the date's own clause: not in a quotation before it, not
        # before a relative pronoun
        ("“We will come back” after the storm on Friday.", "en", None),
        ("Blue Origin will offer the lander that it unveiled in May.", "en", "2019-05"),
        # a future date may be a day before a page's date (a date in UTC, a day late)
        ("The festival will open on Monday.", "en", "2019-11-18"),
        ("Pemungutan suara akan digelar 18 November.", "id", "2019-11-18"),
    ],
)
def test_direction_of_incomplete_dates(text: str, language: str, value: str | None) -> None:
    found = dates(text, language, TUESDAY)
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Pemerintah akan menaikkan harga BBM bulan depan, kata Menteri ESDM Bahlil, Senin.", "id"),
        ("Harga akan naik pekan depan, ujarnya, Senin.", "id"),
        ("Harga akan naik tahun depan, katanya, Senin.", "ms"),
    ],
)
def test_the_attribution_has_its_own_time(text: str, language: str) -> None:
    """ "…, kata X, Senin." tells when X spoke, whatever tense X spoke in."""
    found = dates(text, language, date(2024, 10, 24))  # a Thursday
    assert (found[-1].text, found[-1].value) == ("Senin", "2024-10-21"), found


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("Sales will resume in January next year.", "en", ("January next year", "2020-01")),
        (
            "Subsidies were cut at the end of May last year.",
            "en",
            ("the end of May last year", "2018-05"),
        ),
        (
            "Film itu semula direncanakan rilis Februari tahun ini.",
            "id",
            ("Februari tahun ini", "2019-02"),
        ),
        ("Pemilu digelar 8 November tahun depan.", "id", ("8 November tahun depan", "2020-11-08")),
    ],
)
def test_a_relative_year_after_a_date_names_its_year(
    text: str, language: str, found: tuple[str, str]
) -> None:
    """One date, its year said by the words after it (not also a second date "next
    year")."""
    assert [(d.text, d.value) for d in dates(text, language, TUESDAY)] == [found]


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("The committee met last Friday.", "en", "last Friday"),
        ("Le comité se réunira mardi prochain.", "fr", "mardi prochain"),
        ("El comité se reunió el martes pasado.", "es", "el martes pasado"),
        ("A reunião será na próxima terça-feira.", "pt", "próxima terça-feira"),
        ("Rapat digelar Rabu depan.", "id", "Rabu depan"),
    ],
)
def test_a_date_keeps_the_word_that_points_it(text: str, language: str, found: str) -> None:
    """Without a publication date the direction word is all the reader has to go by."""
    assert [d.text for d in dates(text, language, None)] == [found]


def test_a_weekday_written_with_the_day_picks_the_year() -> None:
    # 20 September 2016 was a Tuesday; 'akan' alone would have said 2017
    found = dates("Final polo air akan dilangsungkan Selasa 20 September.", "id", date(2016, 9, 23))
    assert [d.value for d in found] == ["2016-09-20"]
    found = dates("The final is on Tuesday, Sept. 20.", "en", date(2022, 9, 1))
    assert [d.value for d in found] == ["2022-09-20"]


def test_weekday_without_cue_more_than_three_days_back_stays_unresolved() -> None:
    assert [d.value for d in dates("The vote took place on Friday.", "en", TUESDAY)] == [None]
    assert [d.value for d in dates("Ia bicara hari Jumat.", "id", TUESDAY)] == [None]


def test_relative_phrase_tied_to_another_date_is_not_resolved() -> None:
    text = "They were taken in August 2016. The next year, a video appeared."
    found = dates(text, "en", TUESDAY)
    assert [(d.text, d.value) for d in found] == [("August 2016", "2016-08"), ("next year", None)]
    found = dates("Talks could be pushed into next year.", "en", TUESDAY)
    assert [(d.text, d.value) for d in found] == [("next year", "2020")]
    found = dates("Sales rose over the last year.", "en", TUESDAY)
    assert [(d.text, d.value) for d in found] == [("last year", None)]


def test_the_year_wraps_around_new_year() -> None:
    # "next month" at the end of December is January; a date a week ahead is next year's
    found = dates("Prices fell in January. The law takes effect Jan. 5.", "en", date(2019, 12, 28))
    assert [d.value for d in found] == ["2020-01", "2020-01-05"]
    found = dates("The deal closed Dec. 30.", "en", date(2020, 1, 3))
    assert [d.value for d in found] == ["2019-12-30"]


def test_leap_day_without_a_year() -> None:
    found = dates("The vote took place on Feb. 29.", "en", date(2021, 3, 10))
    assert [d.value for d in found] == ["2020-02-29"]
    found = dates("The vote will take place on Feb. 29.", "en", date(2021, 3, 10))
    assert [d.value for d in found] == ["2024-02-29"]


# Twelve English articles of the extraction benchmark (text read at run time), each with
# the date its page was published and the value every date mention should get.
AUDITED: dict[str, tuple[date, list[tuple[str, str | None]]]] = {
    "6ebac05f637e": (
        # the page says 18 November 23:04 (UTC-5); its tweet and "posted … Tuesday" the 19th
        date(2019, 11, 19),
        [
            ("Monday", "2019-11-18"),
            ("Feb. 14", "2020-02-14"),  # "sentencing is scheduled for"
            ("April", "2019-04"),
            ("March 21", "2019-03-21"),
            ("Tuesday", "2019-11-19"),
            ("November 19, 2019", "2019-11-19"),
        ],
    ),
    "70cb2d5bca75": (
        date(2019, 11, 19),
        [
            ("Sunday", "2019-11-24"),  # "will be allowed to play … on Sunday"
            ("last week", None),
            ("earlier this year", "2019"),
            ("last week", None),
            ("last Friday", "2019-11-15"),
        ],
    ),
    "7916ecca969f": (
        date(2019, 11, 20),
        [
            ("Wednesday", "2019-11-20"),
            ("last night", "2019-11-19"),
            ("September 11, 2001", "2001-09-11"),
            ("this month", "2019-11"),
            ("this year", "2019"),
        ],
    ),
    "7de5241947a5": (
        date(2019, 11, 19),
        [
            ("Tuesday", "2019-11-19"),
            # known wrong: "their 2020 session that starts in early January" has no cue
            ("early January", "2019-01"),
            ("this month", "2019-11"),
            ("last year", "2018"),
            ("April", "2019-04"),
            ("Tuesday", "2019-11-19"),
            ("2016", "2016"),  # "Holcomb’s 2016 election campaign" (year_nouns)
            ("February", "2019-02"),
            ("2020", "2020"),  # a year alone (date_years)
            ("this year", "2019"),
            ("2002", "2002"),  # a year alone (date_years)
            ("today", "2019-11-19"),
        ],
    ),
    "a1fca19b884e": (
        date(2019, 11, 19),
        [
            ("2016", "2016"),  # a year alone (date_years)
            ("Tuesday", "2019-11-19"),
            ("last week", None),
            ("August 2016", "2016-08"),
            ("next year", None),  # "The next year": the year after August 2016
            ("January 2017", "2017-01"),
            ("September", "2019-09"),
        ],
    ),
    "a6968f427cdb": (
        date(2019, 11, 20),
        [
            ("Tuesday night", "2019-11-19"),
            ("2020", "2020"),  # a year alone (date_years)
            ("Tuesday night", "2019-11-19"),
            ("This week", None),
            ("Tuesday", "2019-11-19"),
            ("2020", "2020"),  # a year alone (date_years)
            ("Tuesday", "2019-11-19"),
        ],
    ),
    "abd9d6291b6b": (
        date(2019, 11, 20),
        [
            ("Nov. 5", "2019-11-05"),
            ("last year", "2018"),
            ("this year", "2019"),
            ("Nov. 5", "2019-11-05"),
            ("Tuesday", "2019-11-19"),
            ("August", "2019-08"),
            ("the end of October", "2019-10"),
        ],
    ),
    "c7e39ac49fa1": (
        date(2019, 11, 19),
        [
            ("2010", "2010"),  # a year alone (date_years)
            ("2012", "2012"),  # a year alone (date_years)
            ("April", "2019-04"),
            ("2017", "2017"),  # a year alone (date_years)
            ("earlier this year", "2019"),
            ("2010", "2010"),  # a year alone (date_years)
            ("April", "2019-04"),
            ("today", "2019-11-19"),
            ("2010", "2010"),  # a year alone (date_years)
            ("2015", "2015"),  # a year alone (date_years)
            ("June", "2019-06"),
            ("September", "2019-09"),  # "was due to be released … in September"
            ("Last month", "2019-10"),
            ("February", "2020-02"),  # "hearing, which is scheduled to take place … in"
        ],
    ),
    "c90731f051d0": (
        date(2019, 11, 20),
        [
            ("Tuesday", "2019-11-19"),
            ("July 25", "2019-07-25"),
            ("Today", "2019-11-20"),
            ("today", "2019-11-20"),
            ("July 25", "2019-07-25"),
            ("Today", "2019-11-20"),
            ("2016", "2016"),  # "raising 2016 elections" (year_nouns)
        ],
    ),
    "eecd2575093b": (
        date(2019, 11, 20),
        [
            ("Tuesday night", "2019-11-19"),
            ("2003", "2003"),  # a year alone (date_years)
            ("Friday", None),  # "UP NEXT … Host the Lakers on Friday": no cue in its clause
            ("Friday", None),
        ],
    ),
    "ffc109d474fd": (
        date(2019, 11, 19),
        [
            ("this year", "2019"),
            ("this year", "2019"),
            ("Monday", "2019-11-18"),
            ("last November", "2018-11"),  # "began last November"
        ],
    ),
    "39d5c43beb60": (
        date(2019, 11, 20),
        [
            ("this month", "2019-11"),
            ("Dec. 15", "2019-12-15"),
            ("October", "2019-10"),
            ("Sept. 1", "2019-09-01"),
            ("October", "2019-10"),
            ("2018", "2018"),  # a year alone (date_years)
            ("last weekend", None),
            ("Tuesday", "2019-11-19"),
            ("October", "2019-10"),  # "once expected to be completed within weeks of"
            ("next year", "2020"),
        ],
    ),
}


@pytest.fixture(scope="module")
def english_bodies(shared_dir: Path) -> dict[str, str]:
    truth = json.loads(
        (shared_dir / "bench" / "article-extraction" / "ground-truth.json").read_text("utf-8")
    )
    return {
        prefix: str(body["articleBody"])
        for key, body in truth.items()
        for prefix in AUDITED
        if key.startswith(prefix)
    }


@pytest.mark.parametrize("prefix", sorted(AUDITED))
def test_audited_english_articles(prefix: str, english_bodies: dict[str, str]) -> None:
    published, expected = AUDITED[prefix]
    found = extract_dates(article_of(english_bodies[prefix], "en", published), [])
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ia bergabung dengan timnas dua bulan lalu.", ("dua bulan lalu", "2019-09")),
        ("Pabrik itu ditutup 3 tahun lalu.", ("3 tahun lalu", "2016")),
        ("Ia bergabung bulan lalu.", ("bulan lalu", "2019-10")),
    ],
)
def test_a_count_before_a_relative_phrase_counts_back(text: str, found: tuple[str, str]) -> None:
    """``dua bulan lalu`` is two months back, not last month."""
    assert [(d.text, d.value) for d in dates(text, "id", TUESDAY)] == [found]


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("The market is held on the last Friday of every month.", "en", "last Friday"),
        ("The council meets every Tuesday.", "en", "Tuesday"),
        ("Am letzten Freitag des Monats ist Markt.", "de", "letzten Freitag"),
        ("Le marché a lieu chaque mardi.", "fr", "mardi"),
        ("Pasar buka pada Selasa terakhir setiap bulan.", "id", "Selasa"),
        ("Ia wajib lapor setiap Selasa dan Kamis.", "id", "Selasa"),
    ],
)
def test_a_recurring_weekday_names_no_single_day(text: str, language: str, span: str) -> None:
    """'every Tuesday' in a Thursday story is not the Tuesday two days before."""
    found = dates(text, language, TUESDAY + timedelta(days=2))
    assert (span, None) in [(d.text, d.value) for d in found]
    assert all(d.value is None for d in found)


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        (
            "La inflación subió en marzo, frente a febrero.",
            "es",
            [("marzo", "2019-03"), ("febrero", "2019-02")],
        ),
        (
            "Инфляция в марте составила 3%, а в феврале 2,5%.",
            "ru",
            [("марте", "2019-03"), ("феврале", "2019-02")],
        ),
        ("Les prix ont augmenté en mars.", "fr", [("mars", "2019-03")]),
        ("A finales de marzo subió.", "es", [("finales de marzo", "2019-03")]),
        ("Foi um marco histórico para o país.", "pt", []),  # a landmark, not "março"
        ("In May 5,000 people marched.", "en", [("May", "2019-05")]),
        ("Turun dari bulan Mei 7,1 persen.", "id", [("Mei", "2019-05")]),
    ],
)
def test_a_month_alone_in_lower_case_is_a_date_where_months_are_written_so(
    text: str, language: str, found: list[tuple[str, str]]
) -> None:
    """Spanish, French, Portuguese and Russian write months in lower case; a number after
    a month is its day only when it is no decimal or thousands ("в феврале 2,5%")."""
    assert [(d.text, d.value) for d in dates(text, language, TUESDAY)] == found


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("O caso aconteceu no Rio de Janeiro.", "pt", []),  # a name, not January
        ("La marcha llegó a la Plaza de Mayo.", "es", []),
        ("Janeiro foi quente.", "pt", [("Janeiro", "2019-01")]),  # opening a sentence
        ("Clima\nJaneiro foi quente.", "pt", [("Janeiro", "2019-01")]),  # or a line
        # future cues: the weekday or month ahead of a Tuesday story
        ("More rain could fall by Friday.", "en", [("Friday", "2019-11-22")]),
        ("The minister could not be reached on Friday.", "en", [("Friday", "2019-11-15")]),
        (
            "Le jugement a été mis en délibéré au 18 décembre.",
            "fr",
            [("18 décembre", "2019-12-18")],
        ),
        ("Банк начнёт снижать ставку не раньше июня.", "ru", [("июня", "2020-06")]),
    ],
)
def test_month_names_inside_names_and_future_cues(
    text: str, language: str, found: list[tuple[str, str]]
) -> None:
    assert [(d.text, d.value) for d in dates(text, language, TUESDAY)] == found
