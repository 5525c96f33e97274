"""Outlook suggestions: the sentences that say what will or may happen next."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.analysis import analyze, draft_operations, suggestion_to_item
from briefing.analysis.accept import default_section
from briefing.analysis.outlook import MAX_OUTLOOK
from briefing.core.document import Document
from briefing.core.model import Outlook
from tests.analysis.helpers import article_from_text, seed_article

PUBLISHED = date(2024, 10, 25)


def _outlook(text: str, language: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    article = article_from_text(text, language, published=PUBLISHED)
    return [(" ".join(o.text.split()), o.cues, o.date) for o in analyze(article).outlook]


def test_indonesian_future_and_forecast_words_look_ahead() -> None:
    found = _outlook(
        "Harga beras naik tajam di sejumlah pasar tradisional pekan ini.\n\n"
        "Pemerintah diperkirakan akan menambah impor beras sebanyak 500 ribu ton pada awal "
        "tahun depan.\n\n"
        "Impor itu telah direncanakan sejak lama oleh kementerian terkait di Jakarta.",
        "id",
    )
    assert [text for text, _, _ in found] == [
        "Pemerintah diperkirakan akan menambah impor beras sebanyak 500 ribu ton pada awal "
        "tahun depan."
    ]
    _, cues, _ = found[0]
    assert "akan" in cues and "diperkirakan" in cues


def test_english_expectation_and_a_date_ahead() -> None:
    found = _outlook(
        "Inflation slowed to 2.4 percent in September, the statistics office said.\n\n"
        "The central bank is expected to cut its main rate again on November 7, analysts "
        "said.\n\n"
        "The bank was expected to act sooner, but it held rates steady in the spring.",
        "en",
    )
    texts = [text for text, _, _ in found]
    assert texts[0].startswith("The central bank is expected to cut")
    assert found[0][2] == "2024-11-07"
    assert not any(t.startswith("The bank was expected") for t in texts)  # said of the past


def test_a_scheduled_date_alone_is_enough() -> None:
    found = _outlook(
        "The summit of regional leaders opens in Jakarta on 5 November 2024 with trade on "
        "the agenda.",
        "en",
    )
    assert found and found[0][2] == "2024-11-05"


def test_questions_short_sentences_and_headings_are_left_out() -> None:
    found = _outlook(
        "Apa yang akan terjadi setelah pemilihan umum tahun depan di negeri ini?\n\n"
        "Semua akan berubah.\n\n"
        "Rencana Pemerintah Akan Datang\n\n"
        "Harga bahan bakar tetap stabil di seluruh provinsi selama bulan ini.",
        "id",
    )
    assert found == []


def test_a_language_without_tables_gets_none() -> None:
    assert _outlook("Ang pangulo ay magsasalita bukas ng umaga sa harap ng kongreso.", "tl") == []


def test_at_most_a_few_best_first() -> None:
    text = "\n\n".join(
        f"Pemerintah provinsi ke-{n} diperkirakan akan membangun jembatan sepanjang {n} kilometer."
        for n in range(1, 12)
    )
    found = analyze(article_from_text(text, "id", published=PUBLISHED)).outlook
    assert len(found) == MAX_OUTLOOK
    assert [o.score for o in found] == sorted((o.score for o in found), reverse=True)


def test_seed_outlook_and_its_brief_item(seed_article_path: Path) -> None:
    article = seed_article(seed_article_path)
    analysis = analyze(article)
    first = analysis.outlook[0]
    assert "akan bergabung dengan Rusia" in first.text
    assert {"akan", "kemungkinan"} <= set(first.cues)
    item = suggestion_to_item(article, first)
    assert isinstance(item, Outlook) and default_section(item) == "outlook"
    assert item.statement.startswith("Namun ada kemungkinan")
    assert item.citations[0].matches(article)
    assert not item.likelihood and not item.confidence  # the analyst's judgement


def test_the_draft_puts_what_looks_ahead_in_outlook_not_situation(
    seed_article_path: Path,
) -> None:
    article = seed_article(seed_article_path)
    analysis = analyze(article)
    document = Document()
    from briefing.core.operations import AddArticle

    AddArticle(article).apply(document)
    for operation in draft_operations([(article, analysis)]):
        operation.apply(document)
    [outlook] = document.items("outlook")
    assert isinstance(outlook, Outlook)
    assert "akan bergabung dengan Rusia" in outlook.statement
    situation = [getattr(i, "text", "") for i in document.items("situation")]
    assert not any("akan bergabung dengan Rusia" in t for t in situation)


@pytest.mark.parametrize(
    ("language", "text", "cue"),
    [
        (
            "fr",
            "Les économistes prévoient une nouvelle hausse des prix selon les perspectives "
            "publiées jeudi.",
            "prévoient",
        ),
        (
            "de",
            "Ökonomen rechnen mit weiteren Zinserhöhungen, die Inflation dürfte hoch bleiben.",
            "rechnen mit",
        ),
        (
            "es",
            "El banco central prevé nuevas subidas de los tipos de interés el próximo año.",
            "prevé",
        ),
        (
            "pt",
            "O governo prevê uma nova rodada de cortes no orçamento federal no próximo ano.",
            "prevê",
        ),
        (
            "ru",
            "Правительство планирует представить новый бюджет на следующей неделе в Москве.",
            "планирует",
        ),
    ],
)
def test_other_languages_say_what_is_ahead(language: str, text: str, cue: str) -> None:
    """A forecast word and a time ahead: the European tables' outlook words."""
    intro = {
        "fr": "Les prix de l'énergie ont fortement augmenté ces derniers mois en France.",
        "de": "Die Energiepreise sind in den vergangenen Monaten in Deutschland stark gestiegen.",
        "es": "Los precios de la energía subieron con fuerza en los últimos meses en España.",
        "pt": "Os preços da energia subiram muito nos últimos meses em todo o Brasil.",
        "ru": "Цены на энергию за последние месяцы сильно выросли по всей стране.",
    }[language]
    found = _outlook(f"{intro}\n\n{text}", language)
    assert found and found[0][0] == text
    assert cue in found[0][1]


@pytest.mark.parametrize(
    ("language", "intro", "text", "cue"),
    [
        (
            "zh",
            "上个月全国物价上涨了百分之三。",
            "国家统计局预计明年经济增长将放缓至百分之四左右。",
            "预计",
        ),
        (
            "ja",
            "先月の物価は前年比で3%上昇した。",
            "政府は来年度の予算案を来月にも閣議決定する見通しだ。",
            "来月",
        ),
        (
            "ko",
            "지난달 물가는 3% 상승했다.",
            "정부는 내년 예산안을 다음 달 국회에 제출할 예정이다.",
            "예정",
        ),
    ],
)
def test_chinese_japanese_and_korean_future_words(
    language: str, intro: str, text: str, cue: str
) -> None:
    """Words found inside unspaced text; a lone 将 (also the object marker) is no cue."""
    from dataclasses import replace

    article = article_from_text(f"{intro}\n\n{text}", language, published=PUBLISHED)
    body = tuple(replace(p, kind="body") for p in article.paragraphs)  # (not headings)
    found = analyze(replace(article, paragraphs=body)).outlook
    assert found and found[0].text == text and cue in found[0].cues
    assert found[0].date == "2025"  # 明年, 来年度, 내년: next year


def test_a_lone_chinese_jiang_is_not_the_future() -> None:
    from dataclasses import replace

    text = "上个月全国物价上涨了百分之三。\n\n工人们将旧设备全部拆除后运到了城外的仓库。"
    article = article_from_text(text, "zh", published=PUBLISHED)
    body = tuple(replace(p, kind="body") for p in article.paragraphs)
    assert analyze(replace(article, paragraphs=body)).outlook == ()


def _undated(text: str, language: str) -> list[tuple[str, tuple[str, ...], float]]:
    """Outlook of a story without a date (no date lies ahead of it)."""
    article = article_from_text(text, language)
    return [(" ".join(o.text.split()), o.cues, o.score) for o in analyze(article).outlook]


_EN_INTRO = "The league's regular season ended last weekend with three teams level on points.\n\n"


def test_a_time_said_with_the_future_counts_even_in_an_undated_story() -> None:
    found = _undated(
        _EN_INTRO + "The two leading clubs will meet in the deciding match on Saturday.\n\n"
        "Fans of both clubs will travel in large numbers.",
        "en",
    )
    texts = [t for t, _, _ in found]
    assert texts == ["The two leading clubs will meet in the deciding match on Saturday."]
    assert "Saturday" in found[0][1]


def test_a_time_before_the_future_word_is_not_its_time() -> None:
    """'said on Tuesday … will' or 'finished on Tuesday, … will': the day is the past's."""
    found = _undated(
        _EN_INTRO + "The qualifying round finished on Tuesday and the best teams will go on.",
        "en",
    )
    assert all("Tuesday" not in cues for _, cues, _ in found)


def test_what_did_not_happen_is_no_plan() -> None:
    found = _undated(
        _EN_INTRO + "His lawyer said in a statement that her client did not intend to harm "
        "anyone and did not make plans to do so.",
        "en",
    )
    assert found == []


def test_a_condition_weakens_the_future() -> None:
    plain = _undated(_EN_INTRO + "The coach said Lee will start the game on Saturday.", "en")
    conditional = _undated(
        _EN_INTRO + "If the captain is injured, the coach said Lee will start the game on "
        "Saturday.",
        "en",
    )
    assert plain and conditional
    assert conditional[0][2] < plain[0][2]


_ID_INTRO = "Harga cabai di pasar tradisional naik tajam selama sepekan terakhir.\n\n"


def test_indonesian_promises_and_time_ahead_words() -> None:
    found = _undated(
        _ID_INTRO + "Menteri Perdagangan berjanji untuk menurunkan harga cabai pekan depan.",
        "id",
    )
    assert [t for t, _, _ in found] == [
        "Menteri Perdagangan berjanji untuk menurunkan harga cabai pekan depan."
    ]
    assert {"berjanji", "pekan depan"} <= set(found[0][1])


def test_indonesian_can_is_no_forecast_and_a_relative_clause_is_weak() -> None:
    found = _undated(
        _ID_INTRO + "Pedagang bisa menjual cabai dengan harga lebih tinggi di kota besar.\n\n"
        "Cabai yang akan dijual di pasar itu berasal dari petani di Garut dan Cianjur.",
        "id",
    )
    assert found == []


def test_the_strongest_future_cue_speaks_for_the_sentence() -> None:
    """'yang akan' first, a plain 'akan' later: the sentence has a strong future cue."""
    found = _undated(
        _ID_INTRO + "Pasokan yang akan datang dari Garut menurut pedagang akan dijual "
        "lebih murah mulai Senin.",
        "id",
    )
    assert found and found[0][1][0] == "akan" and "Senin" in found[0][1]
