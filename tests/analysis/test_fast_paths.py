"""The speed shortcuts must find exactly what the plain versions found.

Each shortcut below replaced a slower formulation that is still expressible here: the
date anchors (one regular expression tried at every letter), the first-letter guard of
the figure patterns, the one-pass ``sentence_initial`` and the package's lazy imports.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis import dates, ner, ner_training, numbers, sentences
from briefing.analysis.figure_blocks import _PHONE
from briefing.analysis.figures import _vague_pattern
from briefing.analysis.speech_table import speech_table

LANGUAGES = ["id", "en", "fr", "de", "es", "pt", "ru", "ms", None]

_PIECES = st.sampled_from(
    [
        "Januari",
        "januari",
        "OKTOBER",
        "Okt.",
        "Senin",
        "pekan",
        "lalu",
        "October",
        "Oct",
        "Sunday",
        "mars",
        "Mai",
        "octubre",
        "октября",
        "(27/3)",
        "24",
        "2024",
        "x",
        "é",
        "ſenin",
        "K",
        "İ",
        "_",
        "-",
        "/",
        ".",
        " ",
        "\n",
        "dua",
        "juta",
        "puluhan",
        "ribu",
        "Sejuta",
        "tens",
        "of",
        "thousands",
        "milliards",
    ]
)
_TEXT = st.lists(_PIECES, max_size=14).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=_TEXT, code=st.sampled_from(LANGUAGES))
def test_date_anchor_starts_equal_the_anchor_pattern(text: str, code: str | None) -> None:
    lang = dates.date_language(code)
    assert dates._anchor_starts(text, lang) == [m.start() for m in lang.anchors.finditer(text)]


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(re.sub(r"\(\?=\[[^\]]*\]\)", "", pattern.pattern, count=1), pattern.flags)


@settings(max_examples=150, deadline=None)
@given(text=_TEXT, code=st.sampled_from(["id", "en", "fr", "de", "es", "pt", "ru", "ms"]))
def test_first_letter_guard_keeps_every_match(text: str, code: str) -> None:
    words = numbers.figure_words(code)
    patterns = [p for p in (words.word_numbers,) if p is not None]
    if words.vague:
        patterns.append(_vague_pattern(words.vague))
    for pattern in patterns:
        plain = _unguarded(pattern)
        assert plain.pattern != pattern.pattern  # the guard is there to be removed
        assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ]


def test_first_letter_guard_is_empty_when_a_word_is_empty() -> None:
    assert numbers.first_letter_guard(["dua", ""]) == ""
    assert numbers.first_letter_guard(["dua", "Tiga", "dan"]) == "(?=[Td])"


def _sentence_initial_by_looking_back(words: list[str]) -> list[bool]:
    out = []
    for i in range(len(words)):
        j = i - 1
        while j >= 0 and words[j] in ner.SENTENCE_OPENERS and words[j] not in ".!?":
            j -= 1
        out.append(j < 0 or words[j] in ".!?")
    return out


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(
        st.sampled_from([*".!?\"“”‘’'(«»:;-–—•*", "Kirby", "kata", "A", "3.000"]), max_size=12
    )
)
def test_sentence_initial_matches_the_backward_definition(words: list[str]) -> None:
    assert ner_training.sentence_initial(words) == _sentence_initial_by_looking_back(words)


@pytest.mark.parametrize("module", ["briefing.analysis", "briefing.analysis.suggestions"])
def test_importing_the_package_loads_no_stage(module: str) -> None:
    code = (
        f"import sys, {module}; "
        "print(sorted(m for m in sys.modules if m.startswith('briefing.analysis.')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    for stage in ("pipeline", "actors", "ner", "figures", "quotes", "keyfacts"):
        assert f"briefing.analysis.{stage}'" not in loaded


def test_package_names_resolve_on_first_use() -> None:
    import briefing.analysis as analysis

    assert analysis.analyze.__module__ == "briefing.analysis.pipeline"
    assert callable(analysis.find_conflicts)
    with pytest.raises(AttributeError):
        _ = analysis.no_such_name  # type: ignore[attr-defined]


_TAGGER_WORDS = ["Kirby", "kata", "PBB", "G20", "3.000", "anti-Amerika", "<s1>", "dan", "É", ""]


@pytest.mark.parametrize("word", _TAGGER_WORDS)
@pytest.mark.parametrize("offset", ner.OFFSETS)
@pytest.mark.parametrize("gaz", [None, "LOCB", "TITLE"])
def test_word_vector_reads_the_weights_of_token_features(
    word: str, offset: int, gaz: str | None
) -> None:
    # the tagger reads weights by template, without the feature strings: same vector
    model = ner.load_tagger()
    for first in (False, True) if offset == 0 else (False,):
        plain = [0.0] * len(ner.TAGS)
        for feature in ner_training.token_features(word, offset, first, gaz):
            weights = model.weights.get(feature)
            if weights is not None:
                plain = [v + x for v, x in zip(plain, weights, strict=True)]
        assert model._word_vector(word, offset, first, gaz) == plain


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(
        st.sampled_from([*".!?\"“”‘’'(«»:;-–—•*", "Kirby", "kata", "A", "3.000"]), max_size=12
    )
)
def test_opens_sentence_is_sentence_initial_at_one_token(words: list[str]) -> None:
    # the tagger asks only about its candidate tokens, one at a time
    assert [
        ner.opens_sentence(words, i) for i in range(len(words))
    ] == ner_training.sentence_initial(words)


_PLAIN_PHONE = re.compile(
    r"\+\d[\d\s.-]{7,}\d"
    r"|\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,5}"
    r"|(?<![\d.,])0\d{1,4}[\s.-]\d{3,4}[\s.-]\d{3,5}"
    r"|(?<![\d.,])0\d{7,}"
)


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="0123456789+() .,-x\n", max_size=40))
def test_phone_pattern_opens_with_a_literal_and_finds_the_same(text: str) -> None:
    def spans(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        return [m.span() for m in pattern.finditer(text)]

    assert spans(_PHONE) == spans(_PLAIN_PHONE)


_PLAIN_TERMINATOR = re.compile(r"(?P<stop>\.{2,}|…|[.!?]+|[。！？]+)(?P<close>[”’\"'»«」』)\]›]*)")


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=".!?…。！？”’\"'»«)a \n", max_size=30))
def test_sentence_terminator_opens_with_its_mark_and_finds_the_same(text: str) -> None:
    def found(pattern: re.Pattern[str]) -> list[tuple[int, int, str, str]]:
        return [(m.start(), m.end(), m["stop"], m["close"]) for m in pattern.finditer(text)]

    assert found(sentences._TERMINATOR) == found(_PLAIN_TERMINATOR)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="kataKATAmengbsſé'’- .\n", max_size=40),
    language=st.sampled_from(LANGUAGES),
)
def test_cue_alternations_keep_their_matches_behind_the_first_letter_guard(
    text: str, language: str | None
) -> None:
    table = speech_table(language)
    for guarded in (table.first_words, table.cue_then_speaker, table.pronoun_cues):
        if not guarded.pattern.startswith("(?="):
            continue  # no words
        plain = re.compile(guarded.pattern[guarded.pattern.index("(?<!") :], guarded.flags)
        assert [m.span() for m in guarded.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
        # and on the article words themselves
        word = re.sub(r"\\s\+", " ", plain.pattern.split("(?:", 1)[1].split("|", 1)[0])
        for probe in (word, word.upper(), f"x{word}", f"{word} {text}"):
            assert [m.span() for m in guarded.finditer(probe)] == [
                m.span() for m in plain.finditer(probe)
            ]
