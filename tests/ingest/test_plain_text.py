"""Plain text: the seed article, encodings, titles, headings, promotion lines, dates."""

from __future__ import annotations

import codecs
import json
from datetime import date
from pathlib import Path

import pytest

from briefing.core.model import Article
from briefing.ingest import import_bytes, import_clipboard, import_path
from briefing.ingest.dates import find_date
from tests.conftest import SEED_GOLD


@pytest.fixture(scope="module")
def seed(seed_article_path: Path) -> Article:
    return import_path(seed_article_path)


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


def test_seed_metadata(seed: Article, gold: dict) -> None:
    assert seed.language.code == "id"
    assert seed.language.confidence > 0.5
    assert not seed.language.mixed
    assert seed.publisher in {"Konteks", "KONTEKS.CO.ID"}
    assert seed.published == date(2024, 10, 24)
    assert seed.origin.format == "txt"
    assert seed.origin.file == "konteks-korut-troops.txt"
    assert len(seed.origin.sha256) == 64
    assert seed.title.startswith("Setidaknya ada 3.000 tentara")
    assert seed.imported_at is not None


def test_seed_headings_and_removed(seed: Article, gold: dict) -> None:
    headings = [seed.paragraph_text(p) for p in seed.paragraphs if p.kind == "heading"]
    assert headings == gold["subheadings"]
    removed = {r.text: r.reason for r in seed.removed}
    for line in gold["boilerplate"]:
        assert line in removed, line
        assert removed[line] == "promotion"
    assert removed.get("KONTEKS.CO.ID –") == "dateline"
    for line in gold["boilerplate"]:
        assert line not in seed.text
    assert "***" not in seed.text
    assert "KONTEKS.CO.ID" not in seed.text


def test_seed_body_keeps_every_sentence(seed: Article, seed_article_path: Path, gold: dict) -> None:
    assert seed.text.startswith("Setidaknya ada 3.000 tentara")
    raw_lines = seed_article_path.read_text(encoding="utf-8").splitlines()
    body_lines = [line for line in raw_lines if line.strip() and line not in gold["boilerplate"]]
    body_lines[0] = body_lines[0].split("– ", 1)[1]
    body_lines[-1] = body_lines[-1].removesuffix(" ***")
    paragraphs = [seed.paragraph_text(p) for p in seed.paragraphs]
    assert paragraphs == body_lines
    for quote in gold["quotes"]:
        assert quote["text"] in seed.text


def test_paragraph_spans_index_the_text(seed: Article) -> None:
    previous_end = None
    for paragraph in seed.paragraphs:
        chunk = seed.text[paragraph.start : paragraph.end]
        assert chunk == chunk.strip() and chunk
        if previous_end is not None:
            assert seed.text[previous_end : paragraph.start] == "\n\n"
        previous_end = paragraph.end
        assert paragraph.language == "id"
    assert previous_end == len(seed.text)


def test_json_contract_fields(seed: Article) -> None:
    data = seed.to_json()
    for key in ("title", "publisher", "author", "url", "published", "language", "text"):
        assert key in data
    assert data["published"] == "2024-10-24"
    assert data["language"]["code"] == "id"
    assert {r["reason"] for r in data["removed"]} >= {"promotion", "dateline"}
    assert data["origin"]["format"] == "txt"
    assert Article.from_json(data).text == seed.text


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("cp1252", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
    ],
)
def test_reencoded_seed_gives_identical_text(
    seed: Article, seed_article_path: Path, tmp_path: Path, encoding: str, bom: bytes
) -> None:
    text = seed_article_path.read_text(encoding="utf-8")
    path = tmp_path / "seed.txt"
    path.write_bytes(bom + text.replace("\n", "\r\n").encode(encoding))
    again = import_path(path)
    assert again.text == seed.text
    assert [(p.start, p.end, p.kind) for p in again.paragraphs] == [
        (p.start, p.end, p.kind) for p in seed.paragraphs
    ]
    assert again.origin.sha256 != seed.origin.sha256


def test_latin1_text_is_decoded() -> None:
    text = "Le ministre a déclaré que la réforme était «nécessaire» et qu'elle entrerait en vigueur l'été prochain à Besançon."
    article = import_bytes(text.encode("latin-1"), name="note.txt")
    assert article.text == text
    assert article.language.code == "fr"


def test_title_line_and_wrapped_paragraphs() -> None:
    text = (
        "Harbour Quay Opens Two Years Late\n\n"
        "The harbour authority said on Tuesday that the new quay would open in the\n"
        "spring, two years later than planned, after the contractor ran out of\n"
        "steel and the harbour engineers, who had worked on it, were sent to an-\n"
        "other site.\n\n"
        "Officials blamed rising prices for the delay.\n"
    )
    article = import_bytes(text.encode(), name="quay.txt")
    assert article.title == "Harbour Quay Opens Two Years Late"
    assert "Harbour Quay" not in article.text
    first = article.paragraph_text(article.paragraphs[0])
    assert first.startswith("The harbour authority said")
    assert "were sent to another site." in first
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "headline",
    [
        'Tech firms warn of "chilling effect" as new AI rules unveiled',
        'Tech firms say new AI rules will have a "chilling effect"',
        "«Уральские Волки» впервые за 12 лет вышли в финал",
    ],
)
def test_a_headline_with_a_quoted_phrase_is_the_title(headline: str) -> None:
    body = "The harbour authority said on Tuesday that the new quay would open in spring.\n"
    article = import_bytes(f"{headline}\n\n{body}".encode(), name="story.txt")
    assert article.title == headline
    assert article.text == body.strip()


@pytest.mark.parametrize(
    "first", ['"We will open the quay in spring," he said.', "«Мы откроем причал весной»"]
)
def test_a_quotation_opening_a_text_is_not_its_title(first: str) -> None:
    body = "The harbour authority said on Tuesday that the new quay would open in spring.\n"
    article = import_bytes(f"{first}\n\n{body}".encode(), name="story.txt")
    assert article.text.startswith(first)


def test_markdown_headings() -> None:
    text = (
        "# Harbour quay opens late\n\n"
        "The harbour authority said on **Tuesday** that the [new quay](http://x.example) "
        "would open in the spring.\n\n"
        "## Costs rise again\n\n"
        "Officials blamed rising prices and a shortage of welders for the delay.\n"
    )
    article = import_bytes(text.encode(), name="quay.md")
    assert article.origin.format == "md"
    assert article.title == "Harbour quay opens late"
    kinds = [(article.paragraph_text(p), p.kind) for p in article.paragraphs]
    assert kinds[1] == ("Costs rise again", "heading")
    assert "**" not in article.text and "](" not in article.text
    assert "said on Tuesday that the new quay" in article.text


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Baca juga: Harga beras naik lagi di Jakarta", "related link"),
        # a bracket or a bullet may open the line
        ("[Baca juga: Harga beras naik lagi di Jakarta]", "related link"),
        ("* Read more: Why the quay is late", "related link"),
        ("Read more: Why the quay is late", "related link"),
        ("Follow us on Twitter and Facebook", "promotion"),
        ("Ikuti berita terkini di Google News", "promotion"),
    ],
)
def test_promotion_and_related_lines_are_removed(line: str, reason: str) -> None:
    body = (
        "JAKARTA – Pemerintah provinsi mengumumkan bahwa harga beras di pasar tradisional "
        "naik tiga persen pada bulan ini karena panen yang terlambat."
    )
    more = "Kepala dinas mengatakan stok beras masih cukup sampai akhir tahun depan."
    text = (
        "\n".join([body, line, more, line])
        if reason == "related link"
        else f"{body}\n{more}\n{line}"
    )
    article = import_clipboard(text)
    assert line not in article.text
    assert any(r.text == line and r.reason == reason for r in article.removed)
    assert article.text.startswith("Pemerintah provinsi")
    assert more in article.text
    assert any(r.reason == "dateline" and r.text.startswith("JAKARTA") for r in article.removed)
    assert article.publisher is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rapat digelar pada Senin, 3 Maret 2025 di Jakarta.", date(2025, 3, 3)),
        ("The meeting was held on October 24, 2024 in Rome.", date(2024, 10, 24)),
        ("Die Sitzung fand am 5. März 2023 in Berlin statt.", date(2023, 3, 5)),
        ("Laporan itu diterbitkan 24/10/2024 oleh kementerian.", date(2024, 10, 24)),
    ],
)
def test_published_date_from_text(sentence: str, expected: date) -> None:
    filler = " Kejadian itu menarik perhatian banyak warga yang tinggal di sekitar lokasi."
    article = import_clipboard(sentence + filler)
    assert article.published == expected


def test_weekday_and_day_month_resolved_to_the_latest_matching_year() -> None:
    text = "Menurut polisi, kejadian itu terjadi Senin (27/3) malam di Bandung."
    assert find_date(text, "id", today=date(2026, 11, 26)) == date(2023, 3, 27)
    assert find_date(text, "id", today=date(2029, 1, 5)) == date(2028, 3, 27)
    with_year = "Rapat terakhir, Senin (27/3), dibahas lagi pada 2 April 2023."
    assert find_date(with_year, "id") == date(2023, 3, 27)


def test_dateline_with_agency_names_publisher() -> None:
    article = import_clipboard(
        "WASHINGTON (Reuters) - The Senate passed the spending bill late on Thursday, "
        "sending it to the president with hours to spare before the deadline."
    )
    assert article.publisher == "Reuters"
    assert article.text.startswith("The Senate passed")


def test_title_and_byline_lines() -> None:
    article = import_clipboard(
        "Quay Opens Two Years Late\nBy Jane Doe\n"
        "The harbour authority said on Tuesday that the new quay would open in the spring."
    )
    assert article.title == "Quay Opens Two Years Late"
    assert article.author == "Jane Doe"
    assert any(r.reason == "byline" for r in article.removed)
    assert article.text.startswith("The harbour authority")


def test_long_wrapped_text_is_joined_in_linear_time() -> None:
    """Thousands of wrapped lines (this once took minutes: a regex rescanned the joined text)."""
    lines = [
        f"line {i:05d} of a long wrapped text that goes on-"
        if i % 7 == 0
        else f"line {i:05d} of a long wrapped text that goes on and"
        for i in range(20000)
    ]
    lines[-1] = "the end."
    article = import_bytes("\n".join(lines).encode(), name="long.txt")
    assert len(article.paragraphs) == 1
    assert "goes online 00001" in article.text
    assert article.text.endswith("the end.")
