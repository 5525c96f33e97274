"""Language of articles and paragraphs; Indonesian vs Malay; mixed articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import detect_language, import_clipboard
from briefing.ingest.language import _detector

# Short texts written for these tests (not taken from any publication).
INDONESIAN = (
    "Pemerintah kota mengatakan bahwa harga beras di pasar tradisional naik karena panen "
    "terlambat. Warga bisa membeli beras murah di kantor kelurahan mulai hari Senin, "
    "dan uang bantuan akan dibagikan minggu depan."
)
MALAY = (
    "Kerajaan negeri berkata harga beras di pasar tani naik kerana musim menuai lewat. "
    "Penduduk boleh membeli beras murah di pejabat daerah mulai hari Isnin, dan wang "
    "bantuan akan diagihkan minggu hadapan."
)
ENGLISH = (
    "The city council said the price of rice at the traditional markets rose because "
    "the harvest was late. Residents can buy cheaper rice at the district office from "
    "Monday, and the aid money will be paid next week."
)
GERMAN = (
    "Der Stadtrat erklärte, dass der Reispreis auf den Märkten gestiegen sei, weil die "
    "Ernte spät kam. Die Bewohner können ab Montag im Bezirksamt billigeren Reis kaufen, "
    "und das Hilfsgeld wird nächste Woche ausgezahlt."
)


@pytest.mark.parametrize(
    ("text", "code"), [(INDONESIAN, "id"), (MALAY, "ms"), (ENGLISH, "en"), (GERMAN, "de")]
)
def test_detect_language(text: str, code: str) -> None:
    guess = detect_language(text)
    assert guess.code == code
    assert 0.5 < guess.confidence <= 1.0
    assert not guess.mixed


def test_no_language_for_no_words() -> None:
    assert detect_language("12345 — 678").code is None


def test_detector_is_shared() -> None:
    assert _detector() is _detector()


def test_mixed_article_and_paragraph_languages() -> None:
    article = import_clipboard("\n".join([ENGLISH, GERMAN, ENGLISH, GERMAN + " " + GERMAN]))
    assert article.language.mixed
    assert set(article.language.others) | {article.language.code} == {"en", "de"}
    languages = [p.language for p in article.paragraphs]
    assert languages == ["en", "de", "en", "de"]


def test_single_language_article_is_not_mixed() -> None:
    article = import_clipboard("\n".join([INDONESIAN, INDONESIAN.replace("beras", "gula")]))
    assert article.language.code == "id"
    assert not article.language.mixed


def _held_out(shared_dir: Path, code: str) -> list[str]:
    path = shared_dir / "bench" / "langid" / "sentences" / f"{code}.txt"
    lines = [s.strip() for s in path.read_text(encoding="utf-8").split("\n") if s.strip()]
    return [s for i, s in enumerate(lines) if i % 2 == 1]  # the split not used for fitting


@pytest.mark.parametrize(("code", "minimum"), [("id", 0.95), ("ms", 0.80), ("en", 0.97)])
def test_five_sentence_samples(shared_dir: Path, code: str, minimum: float) -> None:
    sentences = _held_out(shared_dir, code)[:200]
    samples = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    correct = sum(detect_language(sample).code == code for sample in samples)
    assert correct / len(samples) >= minimum
