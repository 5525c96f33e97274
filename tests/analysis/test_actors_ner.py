"""The NER tagger behind the actors: tokens with exact spans, BIO decoding, IDNER quality."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.actors_gazetteer import actor_tables, tagger_gazetteer
from briefing.analysis.ner import (
    TAGS,
    entities_from_tags,
    load_tagger,
    tokenize,
    viterbi,
)
from briefing.analysis.ner_training import entity_scores, read_conll


def test_tokens_map_back_to_the_text() -> None:
    text = "Sebanyak 3.000 tentara Korut tiba—kata Jubir A.S. di anti-Amerika  “Kirby”."
    tokens = tokenize(text)
    for token in tokens:
        assert text[token.start : token.end] == token.text
    words = [t.text for t in tokens]
    assert "3.000" in words
    assert "A.S" in words
    assert words[words.index("anti") + 1 : words.index("anti") + 3] == ["-", "Amerika"]
    assert "“" in words and "Kirby" in words


def test_a_full_stop_does_not_join_cjk_text_to_the_word_before() -> None:
    """Chinese, Japanese and Korean have no spaces: a company's "Inc." ran on into the
    Japanese sentence (an organisation named "Apple Inc.の商標です")."""
    words = [t.text for t in tokenize("※「iPhone」は、Apple Inc.の商標です。U.S.A. 3.5")]
    assert words[words.index("Inc") : words.index("Inc") + 3] == ["Inc", ".", "の商標です"]
    assert "U.S.A" in words and "3.5" in words


def test_a_company_before_japanese_text_is_named_alone() -> None:
    from dataclasses import replace
    from datetime import date

    from briefing.analysis import analyze
    from tests.analysis.helpers import article_from_text

    text = "新製品が発表された。\n\n※「iPhone」は、Apple Inc.の商標です。ただし販売は続く。"
    article = article_from_text(text, "ja", published=date(2024, 10, 25))
    body = tuple(replace(p, kind="body") for p in article.paragraphs)  # (not headings)
    names = [a.name for a in analyze(replace(article, paragraphs=body)).actors]
    assert "Apple Inc" in names
    assert not any("商標" in name for name in names)


def test_tokenize_a_slice_keeps_absolute_offsets() -> None:
    text = "Halo. Presiden Joko Widodo tiba."
    tokens = tokenize(text, 6, len(text))
    assert tokens[0].text == "Presiden" and tokens[0].start == 6
    assert [t.text for t in tokens][-1] == "."


def test_viterbi_never_starts_an_entity_with_i() -> None:
    # emissions that prefer I-PER everywhere: the decoder must still open with B-PER
    i_per = TAGS.index("I-PER")
    emissions: list[list[float] | None] = [
        [5.0 if t == i_per else 0.0 for t in range(len(TAGS))] for _ in range(3)
    ]
    emissions.insert(1, None)  # a forced O in the middle
    zeros = [[0.0] * len(TAGS) for _ in TAGS]
    path = [TAGS[t] for t in viterbi(emissions, zeros, [0.0] * len(TAGS))]
    assert path[1] == "O"
    for prev, cur in zip(["O", *path], path, strict=False):
        if cur.startswith("I-"):
            assert prev[2:] == cur[2:]


def test_entity_scores_are_exact_span_and_type() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    predicted = [["B-PER", "O", "O", "B-LOC"], ["B-LOC", "O"]]
    scores = entity_scores(gold, predicted)
    assert scores["LOC"][:3] == (0.5, 1.0, 2 / 3)
    assert scores["PER"][:3] == (0.0, 0.0, 0.0)
    p, r, _f1, n = scores["ALL"]
    assert (round(p, 3), round(r, 3), n) == (0.333, 0.333, 3)


def test_entities_from_tags_give_char_spans() -> None:
    text = "kata Juru Bicara John Kirby kepada CNN"
    tokens = tokenize(text)
    tags = ["O", "O", "O", "B-PER", "I-PER", "O", "B-ORG"]
    spans = [(e.type, text[e.start : e.end]) for e in entities_from_tags(tags, tokens)]
    assert spans == [("PER", "John Kirby"), ("ORG", "CNN")]


def test_model_is_loaded_once() -> None:
    assert load_tagger() is load_tagger()
    assert len(load_tagger().weights) > 1000


def test_idner_dev_slice_f1_above_floor(shared_dir: Path) -> None:
    """The shipped model on the first 200 IDNER dev sentences (it measures 0.83 there)."""
    lines = (shared_dir / "bench" / "idner" / "dev.txt").read_text(encoding="utf-8").splitlines()
    sentences = read_conll(lines)[:200]
    model = load_tagger()
    gaz = tagger_gazetteer("id")
    scores = entity_scores([t for _, t in sentences], [model.tag(w, gaz) for w, _ in sentences])
    assert scores["ALL"][2] >= 0.80
    for kind in ("PER", "ORG", "LOC"):
        assert scores[kind][2] >= 0.70, kind


def test_lowercase_prose_is_never_an_entity() -> None:
    words = ["pasukan", "itu", "tiba", "di", "pelabuhan", "pada", "malam", "hari"]
    assert set(load_tagger().tag(words, tagger_gazetteer("id"))) == {"O"}


def test_tables_for_every_shipped_language() -> None:
    for language in ("id", "en", "ms", None, "xx"):
        tables = actor_tables(language)
        assert tables.phrases and tables.titles and tables.organization_cues
    assert actor_tables("id").match_at(["Korut"], 0) is not None
    entry = actor_tables("id").match_at(["Korut"], 0)
    assert entry is not None and entry.entry.name == "Korea Utara"


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=8).filter(lambda w: not w.isspace()), max_size=30))
def test_tagger_tags_every_token(words: list[str]) -> None:
    words = [w for w in words if w.strip()]
    tags = load_tagger().tag(words, tagger_gazetteer("id"))
    assert len(tags) == len(words)
    assert set(tags) <= set(TAGS)
