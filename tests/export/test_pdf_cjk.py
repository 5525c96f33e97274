"""Chinese, Japanese and Korean text in the PDF: a font of the computer's is embedded,
and only text no such font covers falls back to a font the viewer must provide.

The font used here is Droid Sans Fallback (Debian's fonts-droid-fallback, installed by
.ci/run and the README's set-up line): TrueType, with Han characters and kana but no
Hangul, so one brief exercises both the embedded font and the fallback.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.core.model import Fact
from briefing.export import cjk_fonts, export_brief, fonts
from tests.export.briefs import harbour_brief
from tests.export.conftest import pdf_pages_text

DROID = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
NOTE = "standard Asian font that the PDF viewer must provide"
JAPANESE = "港湾当局は、コンテナ船の入港を停止したと発表した"
KOREAN = "항만 당국은 입항을 중단했다"


@pytest.fixture
def droid(monkeypatch: pytest.MonkeyPatch) -> Path:
    assert DROID.is_file(), "fonts-droid-fallback is not installed (see the README's set-up)"
    monkeypatch.setenv(cjk_fonts.ENV_FONTS, str(DROID))
    cjk_fonts.reset()
    return DROID


def _embedded_fonts(path: Path) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            if embedded:
                names.add(str(font["/BaseFont"]))
    return names


def _with_fact(text: str) -> object:
    document = harbour_brief()
    document.insert_item("situation", 0, Fact(text=text))
    return document


def test_japanese_text_is_drawn_with_an_embedded_font_of_the_computer(
    droid: Path, tmp_path: Path
) -> None:
    out = export_brief(_with_fact(JAPANESE), tmp_path / "ja.pdf")
    assert any("DroidSansFallback" in name for name in _embedded_fonts(out))
    text = " ".join(" ".join(pdf_pages_text(out)).split())
    assert JAPANESE in text.replace(" ", "")  # extractable: the subset maps back to Unicode
    assert NOTE not in text


def test_text_no_font_covers_falls_back_to_the_viewer_font_and_says_so(
    droid: Path, tmp_path: Path
) -> None:
    out = export_brief(_with_fact(f"{JAPANESE} {KOREAN}"), tmp_path / "ko.pdf")
    assert any("DroidSansFallback" in name for name in _embedded_fonts(out))
    text = " ".join(" ".join(pdf_pages_text(out)).split())
    assert NOTE in text
    assert fonts.needs_viewer_font(KOREAN)
    assert not fonts.needs_viewer_font(JAPANESE)


def test_without_a_font_on_the_computer_every_cjk_character_falls_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(cjk_fonts.ENV_FONTS, "")
    cjk_fonts.reset()
    out = export_brief(_with_fact(JAPANESE), tmp_path / "none.pdf")
    assert not any("Droid" in name for name in _embedded_fonts(out))
    assert NOTE in " ".join(" ".join(pdf_pages_text(out)).split())


def test_a_file_reportlab_cannot_embed_is_passed_over(
    droid: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"OTTO" + bytes(200))  # PostScript outlines' tag, nothing usable
    monkeypatch.setenv(cjk_fonts.ENV_FONTS, f"{broken}:{tmp_path / 'missing.ttf'}:{droid}")
    cjk_fonts.reset()
    assert cjk_fonts.candidates("ja") == (str(broken), str(droid))
    assert cjk_fonts.face_for(ord("港"), "ja") == "CJK-DroidSansFallbackFull"


def test_the_script_beside_han_characters_picks_the_language_of_the_font() -> None:
    assert fonts.cjk_language("東京で会議が開かれた") == "ja"
    assert fonts.cjk_language("서울 市長") == "ko"
    assert fonts.cjk_language("北京举行会议") == "zh"
