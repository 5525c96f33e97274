"""Property tests: whatever the text, analysis never fails and every span is exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.analysis import analyze, item_from_selection
from briefing.analysis.sentences import split_sentences
from tests.analysis.helpers import article_from_text
from tests.analysis.test_pipeline import assert_spans_valid

PIECES = [
    "kata",
    "ujar",
    "tuturnya",
    "katanya",
    "mengatakan",
    "bahwa",
    "menurut",
    "said",
    "told",
    "he",
    "ia",
    "according to",
    "Juru Bicara",
    "John Kirby",
    "Kirby",
    "Presiden",
    "AS",
    "A.S.",
    "No.",
    "Jl.",
    "dr.",
    "3.000",
    "1,500",
    "Rp 5 triliun",
    "US$3",
    "setidaknya",
    "24 Oktober 2024",
    "hari Rabu",
    "last week",
    "tentara",
    "troops",
    "Menteri",
    "spokesman",
    "dijo",
    "disse",
    "сказал",
    "—dijo",
    "“",
    "”",
    "„",
    "«",
    "»",
    "‘",
    "’",
    "'",
    '"',
    "「",
    "」",
    "3万",
    "名",
    "120亿元",
    "2024年",
    "1조 2천억 원",
    "약",
    "명",
    "以上",
    "〜",
    "数万人",
    "第",
    "と述べた",
    "表示",
    ".",
    ",",
    ":",
    "?",
    "!",
    "…",
    "...",
    "—",
    "-",
    "(",
    ")",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "don't",
    "Jum'at",
    "😀",
    "e\u0301",
]

TEXTS = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.text(max_size=300),
)
LANGUAGES = st.sampled_from(
    ["id", "en", "ms", "fr", "de", "es", "pt", "ru", "ja", "zh", "ko", None]
)
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(text=TEXTS, language=LANGUAGES)
def test_analyze_never_fails_and_spans_are_exact(text: str, language: str | None) -> None:
    article = article_from_text(text, language)
    assert_spans_valid(article, analyze(article))


@FAST
@given(text=TEXTS, language=LANGUAGES)
def test_sentences_without_paragraphs_cover_only_the_text(text: str, language: str | None) -> None:
    spans = split_sentences(text, [], language)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        assert "\n" not in text[span.start : span.end]
        assert text[span.start : span.end].strip() == text[span.start : span.end]
        previous_end = span.end


@settings(max_examples=60, deadline=None)
@given(
    text=TEXTS,
    bounds=st.tuples(st.integers(-5, 400), st.integers(-5, 400)),
    kind=st.sampled_from(["fact", "quote", "figure", "actor", "outlook"]),
)
def test_any_selection_makes_a_matching_item(text: str, bounds: tuple[int, int], kind: str) -> None:
    article = article_from_text(text, "id")
    start, end = sorted(bounds)
    item = item_from_selection(article, start, end, kind)
    assert all(c.matches(article) for c in item.citations)


@given(
    st.text(alphabet=st.sampled_from(list("aAbB.-@/# \n")), max_size=40),
    st.text(alphabet=st.sampled_from(list("aAbB.-")), min_size=1, max_size=4),
)
@settings(max_examples=300, deadline=None)
def test_written_lower_is_the_regex_search(text: str, word: str) -> None:
    """Checking only the occurrences (str.find) finds what a search of the text finds."""
    import re

    from briefing.analysis.actors_given import written_lower

    lower = word.lower()
    pattern = rf"(?<![\w./@#-]){re.escape(lower)}(?![\w@/-]|\.\w)"
    expected = lower != word and re.search(pattern, text) is not None
    assert written_lower(text, word) == expected
