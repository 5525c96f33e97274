"""Key-fact scores: every sentence scored, best first, news structure respected."""

from __future__ import annotations

import re

from briefing.analysis.keyfacts import (
    FEATURE_NAMES,
    NEIGHBOUR_CUES,
    NEIGHBOUR_FEATURES,
    NO_NEIGHBOUR,
    KeyFactModel,
    load_model,
    model_from_json,
    score_sentences,
    sentence_features,
)
from briefing.analysis.suggestions import SentenceSpan
from briefing.core.model import Article, LanguageGuess, Origin, Paragraph


def make_article(paragraphs: list[str], title: str = "", language: str = "id") -> Article:
    text = "\n".join(paragraphs)
    spans = []
    pos = 0
    for p in paragraphs:
        spans.append(Paragraph(pos, pos + len(p)))
        pos += len(p) + 1
    return Article(
        id="a1",
        title=title,
        text=text,
        paragraphs=tuple(spans),
        origin=Origin(None, "text", ""),
        language=LanguageGuess(language, 1.0),
    )


def split(article: Article) -> list[SentenceSpan]:
    """A tiny splitter for tests: sentence ends at . ! ? followed by space or newline."""
    spans = []
    for paragraph in article.paragraphs:
        body = article.text[paragraph.start : paragraph.end]
        for m in re.finditer(r"[^.!?]+(?:[.!?]+[\"”]?|$)", body):
            chunk = m.group()
            lead = len(chunk) - len(chunk.lstrip())
            if chunk.strip():
                spans.append(
                    SentenceSpan(paragraph.start + m.start() + lead, paragraph.start + m.end())
                )
    return spans


NEWS = [
    "Pemerintah Indonesia menaikkan harga bahan bakar minyak bersubsidi mulai Sabtu. "
    "Kenaikan harga bahan bakar itu diumumkan Presiden di Istana Merdeka.",
    '"Kami tidak punya pilihan lain," kata seorang pejabat.',
    "Baca juga: Harga cabai naik",
    "Warga antre di sejumlah stasiun pengisian bahan bakar sejak malam.",
    "Cuaca di Jakarta cerah berawan pada sore hari.",
]


def test_every_sentence_scored_best_first() -> None:
    article = make_article(NEWS, title="Pemerintah menaikkan harga bahan bakar minyak")
    sentences = split(article)
    ranked = score_sentences(article, sentences)
    assert len(ranked) == len(sentences)
    assert {(k.start, k.end) for k in ranked} == {(s.start, s.end) for s in sentences}
    scores = [k.score for k in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_lead_fact_beats_quote_and_read_also_line() -> None:
    article = make_article(NEWS, title="Pemerintah menaikkan harga bahan bakar minyak")
    sentences = split(article)
    ranked = score_sentences(article, sentences)
    top = article.text[ranked[0].start : ranked[0].end]
    assert top.startswith("Pemerintah Indonesia menaikkan")
    rank_of = {article.text[k.start : k.end][:12]: n for n, k in enumerate(ranked)}
    assert rank_of["Pemerintah I"] < rank_of['"Kami tidak ']
    assert rank_of["Pemerintah I"] < rank_of["Baca juga: H"]


def test_title_words_lift_a_later_sentence() -> None:
    paragraphs = [
        "Hujan turun sejak pagi di kota itu.",
        "Warga berkumpul di alun-alun.",
        "Banjir bandang merendam ratusan rumah di Garut dan menewaskan tiga warga.",
        "Anak-anak bermain di halaman.",
    ]
    sentences = split(make_article(paragraphs))
    plain = score_sentences(make_article(paragraphs), sentences)
    titled = score_sentences(
        make_article(paragraphs, title="Banjir bandang rendam Garut"), sentences
    )
    flood = sentences[2]
    score_plain = next(k.score for k in plain if k.start == flood.start)
    score_titled = next(k.score for k in titled if k.start == flood.start)
    assert score_titled > score_plain


def test_english_article_is_scored() -> None:
    article = make_article(
        [
            "At least 3,000 North Korean troops arrived in eastern Russia this month, the "
            "White House said on Thursday.",
            '"This is a very serious issue," Austin told reporters.',
            "Read more: Weather today",
        ],
        title="North Korean troops arrive in Russia",
        language="en",
    )
    ranked = score_sentences(article, split(article))
    assert article.text[ranked[0].start :].startswith("At least 3,000")


def test_empty_and_single_sentence() -> None:
    article = make_article(["Satu kalimat saja."])
    assert score_sentences(article, []) == []
    ranked = score_sentences(article, split(article))
    assert len(ranked) == 1


def test_logistic_model_file_still_loads() -> None:
    width = len(FEATURE_NAMES)
    model = KeyFactModel(FEATURE_NAMES, (0.5,) * width, (0.0,) * width, (2.0,) * width)
    again = model_from_json(model.to_json())
    assert isinstance(again, KeyFactModel)
    row = [1.0] * width
    assert abs(again.score(row) - model.score(row)) < 1e-9
    ranked = score_sentences(make_article(NEWS), split(make_article(NEWS)), again)
    assert len(ranked) == len(split(make_article(NEWS)))


def test_shipped_model_matches_features_and_round_trips() -> None:
    model = load_model()
    assert model.features == FEATURE_NAMES
    again = model_from_json(model.to_json())
    assert type(again) is type(model)
    rows = sentence_features(make_article(NEWS), split(make_article(NEWS)))
    for new, old in zip(again.score_rows(rows), model.score_rows(rows), strict=True):
        assert abs(new - old) < 1e-4
    assert all(len(row) == len(FEATURE_NAMES) for row in rows)


def test_neighbour_features_copy_the_sentences_around() -> None:
    article = make_article(NEWS, title="Harga bahan bakar naik")
    rows = sentence_features(article, split(article))
    for cue in NEIGHBOUR_CUES:
        own = [row[FEATURE_NAMES.index(cue)] for row in rows]
        before = [row[FEATURE_NAMES.index(f"prev_{cue}")] for row in rows]
        after = [row[FEATURE_NAMES.index(f"next_{cue}")] for row in rows]
        assert before == [NO_NEIGHBOUR, *own[:-1]]
        assert after == [*own[1:], NO_NEIGHBOUR]
    alone = make_article(["Satu kalimat saja."])
    single = sentence_features(alone, split(alone))
    assert single[0][-len(NEIGHBOUR_FEATURES) :] == [NO_NEIGHBOUR] * len(NEIGHBOUR_FEATURES)


def test_sub_headings_are_not_key_facts() -> None:
    body = make_article(
        [
            "Banjir merendam ratusan rumah di Garut pada Senin.",
            "Banjir Garut Rendam Ratusan Rumah Warga",
            "Warga mengungsi ke masjid dan sekolah terdekat.",
        ],
        title="Banjir rendam ratusan rumah di Garut",
    )
    marked = Article(
        id=body.id,
        title=body.title,
        text=body.text,
        paragraphs=(
            body.paragraphs[0],
            Paragraph(body.paragraphs[1].start, body.paragraphs[1].end, "heading"),
            body.paragraphs[2],
        ),
        origin=body.origin,
        language=body.language,
    )
    sentences = split(body)
    heading = sentences[1]
    plain = {k.start: k.score for k in score_sentences(body, sentences)}
    ranked = score_sentences(marked, sentences)
    scores = {k.start: k.score for k in ranked}
    assert scores[heading.start] < plain[heading.start]
    assert ranked[-1].start == heading.start


def _title_columns(article: Article) -> list[dict[str, float]]:
    rows = sentence_features(article, split(article))
    return [
        {
            name: row[FEATURE_NAMES.index(name)]
            for name in FEATURE_NAMES
            if name.startswith("title_")
        }
        for row in rows
    ]


def test_title_coverage_counts_short_words_and_what_is_new() -> None:
    article = make_article(
        [
            "Boaz siap tampil lawan PS TNI di Jayapura.",
            "Boaz siap tampil lawan PS TNI, kata pelatih.",
            "Cuaca di Jayapura cerah.",
        ],
        title="Boaz siap tampil lawan PS TNI",
    )
    first, repeat, weather = _title_columns(article)
    # every title word is found, two-letter "PS" and three-letter "TNI" included
    assert first["title_cover"] == 1.0
    assert first["title_cover_top3"] == 1.0
    assert first["title_bigrams"] == 1.0
    # the repeat covers the title too, but adds nothing the first sentence had not said
    assert repeat["title_cover"] == 1.0
    assert first["title_novel"] == 1.0
    assert repeat["title_novel"] == 0.0
    assert repeat["title_seen_before"] == 1.0
    assert weather["title_cover"] == 0.0
    assert weather["title_idf_rel"] == 0.0


def test_rare_title_words_weigh_more() -> None:
    article = make_article(
        [
            "Garut diguyur hujan deras.",
            "Warga Garut mengungsi.",
            "Banjir bandang datang malam hari di Garut.",
        ],
        title="Banjir bandang Garut",
    )
    rain, refugees, flood = _title_columns(article)
    # "Garut" is in every sentence, "Banjir bandang" in one: the flood sentence weighs most
    assert flood["title_idf_cover"] > 2 * rain["title_idf_cover"]
    assert rain["title_idf_cover"] == refugees["title_idf_cover"]
    assert flood["title_idf_rel"] == 1.0


def test_no_title_gives_zero_title_features() -> None:
    article = make_article(NEWS)
    assert all(value == 0.0 for row in _title_columns(article) for value in row.values())


def test_paragraph_features_describe_the_whole_paragraph() -> None:
    article = make_article(
        [
            "Banjir merendam Garut. Ratusan warga mengungsi.",
            '"Kami takut," kata warga. "Air naik cepat," ujarnya.',
            "Cuaca cerah.",
        ],
        title="Banjir rendam Garut",
    )
    rows = sentence_features(article, split(article))
    assert len(rows) == 5

    def column(name: str) -> list[float]:
        return [row[FEATURE_NAMES.index(name)] for row in rows]

    assert column("para_sentences") == [2.0, 2.0, 2.0, 2.0, 1.0]
    assert column("last_in_para") == [0.0, 1.0, 0.0, 1.0, 1.0]
    assert column("para_single") == [0.0, 0.0, 0.0, 0.0, 1.0]
    # both sentences of the first paragraph share its best title coverage
    best = column("para_title_best")
    assert best[0] == best[1] == max(column("title_cover")[:2]) > 0.0
    quotes = column("para_quote_mean")
    assert quotes[2] == quotes[3] > quotes[0] == 0.0
