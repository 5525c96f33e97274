"""Conflicts: the same kind of figure reported with different values by two articles."""

from __future__ import annotations

from pathlib import Path

from briefing.analysis.conflicts import find_conflicts, find_figure_conflicts, unit_key
from briefing.analysis.figures import extract_figures
from briefing.analysis.suggestions import ArticleAnalysis, FigureSuggestion
from briefing.core.model import Article, LanguageGuess, Origin, Paragraph


def article(article_id: str, text: str, language: str) -> tuple[Article, ArticleAnalysis]:
    a = Article(
        id=article_id,
        title="",
        text=text,
        paragraphs=(Paragraph(0, len(text)),),
        origin=Origin(None, "text", ""),
        language=LanguageGuess(language, 1.0),
    )
    figures = tuple(extract_figures(a, []))
    return a, ArticleAnalysis(article_id=article_id, language=language, figures=figures)


def test_seed_versus_english_report(seed_article_path: Path) -> None:
    seed = article("seed", seed_article_path.read_text(encoding="utf-8"), "id")
    other = article("cnn", "North Korea has sent 10,000 troops to Russia, officials said.", "en")
    conflicts = find_conflicts([seed, other])
    # the seed reports 3,000 (twice), 10,000 and 1,500 tentara; 10,000 agrees
    values = sorted((c.first.figure.value, c.second.figure.value) for c in conflicts)
    assert values == [(1500, 10000), (3000, 10000)]
    for c in conflicts:
        assert c.unit == "troops"
        assert {c.first.article_id, c.second.article_id} == {"seed", "cnn"}
        assert seed[0].text[c.first.figure.start : c.first.figure.end] == c.first.figure.text
    at_least = next(c for c in conflicts if c.first.figure.value == 3000)
    assert "etidaknya" in at_least.note


def test_synonyms_and_plurals_across_languages() -> None:
    a = article("a", "Sedikitnya 3.000 pasukan tiba di perbatasan.", "id")
    b = article("b", "About 5,000 soldiers reached the border.", "en")
    c = article("c", "Environ 5 000 soldats sont arrivés.", "fr")
    conflicts = find_conflicts([a, b, c])
    pairs = {(x.first.article_id, x.second.article_id) for x in conflicts}
    assert pairs == {("a", "b"), ("a", "c")}
    assert all(x.unit == "troops" for x in conflicts)
    assert conflicts[0].note.startswith("qualified")


def test_same_value_same_article_or_other_units_are_not_conflicts() -> None:
    a = article(
        "a", "Sebanyak 3.000 tentara dan 200 tank dikerahkan. Lalu 5.000 tentara lagi.", "id"
    )
    b = article("b", "Officials counted 3,000 troops and 40 missiles.", "en")
    conflicts = find_conflicts([a, b])
    assert [(c.first.figure.value, c.second.figure.value) for c in conflicts] == [(5000, 3000)]
    assert find_conflicts([a, a]) == []
    assert find_conflicts([a]) == []


def test_overlapping_ranges_agree() -> None:
    a = article("a", "Sekitar 3.000-5.000 orang hadir.", "id")
    b = article("b", "About 4,000 people attended.", "en")
    c = article("c", "Some 9,000 people attended.", "en")
    conflicts = find_conflicts([a, b, c])
    assert {(x.first.article_id, x.second.article_id) for x in conflicts} == {
        ("a", "c"),
        ("b", "c"),
    }


def test_money_and_percent_are_not_compared() -> None:
    a = article("a", "Anggaran Rp 5 triliun, naik 2,5 persen.", "id")
    b = article("b", "The budget is $3 billion, up 4 percent.", "en")
    assert find_conflicts([a, b]) == []


def test_spans_of_time_are_not_compared() -> None:
    a = article("a", "The war in Afghanistan lasted nearly 40 years before the deal.", "en")
    b = article("b", "He faces up to 10 years in prison and 12 months of probation.", "en")
    c = article("c", "Banjir merendam desa selama 3 hari dan 2 pekan.", "id")
    d = article("d", "The flood covered the village for 9 days and 5 weeks.", "en")
    assert [x.first.figure.unit for x in find_conflicts([a, b])] == []
    assert [x.first.figure.unit for x in find_conflicts([c, d])] == []
    # counts in the same articles are still compared
    e = article("e", "The war in Afghanistan killed 2,400 soldiers.", "en")
    f = article("f", "He said 3,100 soldiers died in Afghanistan over 40 years.", "en")
    assert [x.unit for x in find_conflicts([e, f])] == ["troops"]


def test_unit_key_normalises() -> None:
    assert unit_key("Tentara-tentara") == "troops"
    assert unit_key("Troops") == "troops"
    assert unit_key("houses") == "houses"
    assert unit_key("ships") == unit_key("ship") == "ship"
    assert unit_key(None) is None


def test_item_level_api() -> None:
    def fig(value: float, unit: str) -> FigureSuggestion:
        return FigureSuggestion(f"{value} {unit}", 0, 1, value, unit, None)

    conflicts = find_figure_conflicts([("x", fig(10, "orang")), ("y", fig(12, "people"))])
    assert len(conflicts) == 1 and conflicts[0].unit == "people"
