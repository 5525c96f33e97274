"""Sentence splitting on the cases that break naive splitters."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis.sentences import split_sentences
from briefing.core.model import Paragraph
from tests.analysis.helpers import article_from_text, seed_article


def sentences(text: str, language: str | None = "id") -> list[str]:
    spans = split_sentences(text, [], language)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == text[span.start : span.end].strip()
    return [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Ada 3.000 tentara di sana. Lalu 1.500 lagi tiba.",
            "id",
            ["Ada 3.000 tentara di sana.", "Lalu 1.500 lagi tiba."],
        ),
        (
            "Kantornya di Jl. Sudirman No. 5 Jakarta. Rumahnya besar.",
            "id",
            ["Kantornya di Jl. Sudirman No. 5 Jakarta.", "Rumahnya besar."],
        ),
        ("Pasukan A.S. tiba di Korea kemarin.", "id", ["Pasukan A.S. tiba di Korea kemarin."]),
        (
            "Pasien ditangani dr. Andi di rumah sakit. Kondisinya membaik.",
            "id",
            ["Pasien ditangani dr. Andi di rumah sakit.", "Kondisinya membaik."],
        ),
        (
            "John F. Kennedy was president. He died in 1963.",
            "en",
            ["John F. Kennedy was president.", "He died in 1963."],
        ),
        (
            "Dia ragu... tapi tetap pergi. Besoknya hujan.",
            "id",
            ["Dia ragu... tapi tetap pergi.", "Besoknya hujan."],
        ),
        ("Tunggu… Lalu dia pergi.", "id", ["Tunggu…", "Lalu dia pergi."]),
        (
            "The U.S. Army arrived on Monday. Mr. Smith left.",
            "en",
            ["The U.S. Army arrived on Monday.", "Mr. Smith left."],
        ),
        (
            "Er kam am 3. Oktober nach Berlin. Dann ging er.",
            "de",
            ["Er kam am 3. Oktober nach Berlin.", "Dann ging er."],
        ),
        ("これは文です。次の文です。", "ja", ["これは文です。", "次の文です。"]),
        ("Ce n'est pas fini ! Il reste.", "fr", ["Ce n'est pas fini !", "Il reste."]),
    ],
)
def test_splits_where_a_sentence_ends(text: str, language: str, expected: list[str]) -> None:
    assert sentences(text, language) == expected


def test_a_quote_ending_in_a_period_continues_with_its_cue() -> None:
    text = "“Kami datang. Kami melihat.” kata dia di Jakarta. Lalu pergi."
    result = sentences(text)
    assert "Kami melihat.” kata dia di Jakarta." in result[-2]
    assert result[-1] == "Lalu pergi."


def test_a_question_quote_keeps_its_capitalised_speaker_and_cue() -> None:
    text = "“Is it fixed?” Schiff asked. “That’s correct,” Volker said."
    assert sentences(text, "en") == [
        "“Is it fixed?” Schiff asked.",
        "“That’s correct,” Volker said.",
    ]


def test_a_quote_followed_by_a_new_sentence_breaks_after_the_mark() -> None:
    text = "“Apa yang mereka lakukan masih harus dilihat.” Kedatangan itu mengejutkan."
    assert sentences(text) == [
        "“Apa yang mereka lakukan masih harus dilihat.”",
        "Kedatangan itu mengejutkan.",
    ]


def test_never_crosses_a_paragraph() -> None:
    article = article_from_text("Judul tanpa titik\nIsi paragraf pertama tanpa titik\nKalimat.")
    spans = split_sentences(article.text, article.paragraphs, "id")
    assert [article.text[s.start : s.end] for s in spans] == [
        "Judul tanpa titik",
        "Isi paragraf pertama tanpa titik",
        "Kalimat.",
    ]


def test_a_line_break_inside_a_paragraph_still_ends_a_sentence() -> None:
    text = "Baris satu tanpa titik\nBaris dua."
    spans = split_sentences(text, [Paragraph(0, len(text))], "id")
    assert len(spans) == 2


def test_unknown_language_still_splits() -> None:
    assert sentences("Primeira frase aqui. Segunda frase.", None) == [
        "Primeira frase aqui.",
        "Segunda frase.",
    ]


def test_seed_article_sentences(seed_article_path: Path) -> None:
    article = seed_article(seed_article_path)
    spans = split_sentences(article.text, article.paragraphs, "id")
    texts = [article.text[s.start : s.end] for s in spans]
    # the figures with thousands separators stay inside their sentences
    assert any("setidaknya 3.000 tentara ke Rusia timur,” kata" in t for t in texts)
    assert any(
        t.endswith("“Apa sebenarnya yang mereka lakukan masih harus dilihat.”") for t in texts
    )
    for paragraph in article.paragraphs:
        for span in spans:
            inside = paragraph.start <= span.start < paragraph.end
            assert not inside or span.end <= paragraph.end


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Judul Berita Contoh\nRimanews-Menteri Contoh mengatakan harga beras turun. "
            "Ia menambahkan stok cukup.\nPARIS - Paragraf kedua tidak punya dateline lagi.",
            "Menteri Contoh mengatakan harga beras turun.",
        ),
        (
            "Jakarta, CNN Indonesia -- Gubernur Contoh meresmikan pasar baru. Warga senang.",
            "Gubernur Contoh meresmikan pasar baru.",
        ),
        (
            "LONDON (AP) — The minister said the bridge would open in May. Nobody objected.",
            "The minister said the bridge would open in May.",
        ),
    ],
)
def test_a_dateline_left_in_the_text_belongs_to_no_sentence(text: str, first: str) -> None:
    article = article_from_text(text)
    spans = split_sentences(article.text, article.paragraphs, "id")
    texts = [article.text[s.start : s.end] for s in spans]
    body = [t for t in texts if t != "Judul Berita Contoh"]
    assert body[0] == first
    # only the first body paragraph has a dateline: a later one is text like any other
    assert all(not t.endswith("dateline lagi.") or t.startswith("PARIS") for t in texts)


def test_without_paragraphs_the_first_line_loses_its_dateline() -> None:
    assert sentences("WASHINGTON (AP) — The vote was delayed again on Monday. Both sides agreed.")[
        0
    ] == ("The vote was delayed again on Monday.")


def test_statements_and_key_sentences_start_after_a_dateline() -> None:
    from briefing.analysis import analyze

    text = (
        "Rimanews-Ekonomi Contoh tumbuh lima persen tahun ini, kata Menteri Keuangan "
        "Budi Contoh, Senin.\nIa menambahkan bahwa inflasi tetap terkendali sepanjang tahun."
    )
    analysis = analyze(article_from_text(text))
    assert [s.text for s in analysis.statements] == ["Ekonomi Contoh tumbuh lima persen tahun ini"]
    for span in [*analysis.statements, *analysis.key_sentences]:
        assert span.start >= len("Rimanews-")
        assert not text[span.start : span.end].startswith("Rimanews")
