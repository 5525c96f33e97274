"""Fonts for the PDF: the shipped DejaVu families, per-run fallback, right-to-left lines.

Reportlab draws a character only if the paragraph's font has it. Instead of trusting one
font for every script, text is split into runs and each run gets the first font that
covers it: the template's font, then DejaVu Sans (Arabic, Hebrew, more symbols), then
for Chinese, Japanese and Korean a TrueType font of the computer's, embedded
(:mod:`briefing.export.cjk_fonts`), and where there is none reportlab's standard Asian
CID fonts (not embedded: the viewer must provide them, and the brief says so in a note).

Right-to-left: reportlab shapes each word with HarfBuzz (uharfbuzz) but orders words
left-to-right without its optional ``rlbidi`` extension, which is not on PyPI. So
paragraphs whose base direction is RTL are broken into lines here and the words of each
line are put in visual order (a word-level bidi: RTL runs reversed, LTR runs such as
names and numbers kept in reading order).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from briefing.core.resources import resource_path
from briefing.export import cjk_fonts
from briefing.export.text import escape_markup

FALLBACK_FAMILY = "DejaVuSans"
FAMILY_FILES = {
    "DejaVuSans": {
        "normal": "DejaVuSans.ttf",
        "bold": "DejaVuSans-Bold.ttf",
        "italic": "DejaVuSans-Oblique.ttf",
        "bolditalic": "DejaVuSans-Bold.ttf",
    },
    "DejaVuSerif": {
        "normal": "DejaVuSerif.ttf",
        "bold": "DejaVuSerif-Bold.ttf",
        "italic": "DejaVuSerif-Italic.ttf",
        "bolditalic": "DejaVuSerif-Bold.ttf",
    },
}
# Unicode blocks → reportlab's built-in (viewer-provided) Asian fonts.
CJK_FONTS = (
    ((0x3040, 0x30FF), "HeiseiMin-W3"),  # Hiragana, Katakana
    ((0x1100, 0x11FF), "HYSMyeongJo-Medium"),  # Hangul Jamo
    ((0xAC00, 0xD7AF), "HYSMyeongJo-Medium"),  # Hangul syllables
    ((0x2E80, 0x9FFF), "STSong-Light"),  # CJK radicals .. unified ideographs
    ((0xF900, 0xFAFF), "STSong-Light"),
    ((0xFF00, 0xFFEF), "STSong-Light"),  # full-width forms
)


def face_name(family: str, style: str = "normal") -> str:
    return family if style == "normal" else f"{family}-{style}"


@functools.cache
def register_family(family: str) -> str:
    """Register a shipped family once per process (parsing a TTF is the slow part)."""
    files = FAMILY_FILES[family]
    faces: dict[str, str] = {}
    for style, file in files.items():
        if file not in faces:
            name = face_name(family, style)
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
            faces[file] = name
    styles = (("normal", 0, 0), ("bold", 1, 0), ("italic", 0, 1), ("bolditalic", 1, 1))
    for style, bold, italic in styles:
        addMapping(family, bold, italic, faces[files[style]])
    return family


def face(family: str, style: str = "normal") -> str:
    """The registered font name for a family's style (bold italic may share the bold file)."""
    register_family(family)
    files = FAMILY_FILES[family]
    for candidate, file in files.items():
        if file == files[style]:
            return face_name(family, candidate)
    return family


@functools.cache
def _cid_font(name: str) -> str:
    pdfmetrics.registerFont(UnicodeCIDFont(name))
    return name


@functools.cache
def _coverage(face: str) -> frozenset[int]:
    font = pdfmetrics.getFont(face)
    return frozenset(font.face.charToGlyph)


def _covered(text: str, face: str) -> bool:
    """The fast path: the font has every character (most paragraphs of most briefs)."""
    coverage = _coverage(face)
    return all(ord(ch) in coverage or ch.isspace() for ch in set(text))


def is_plain(text: str, face: str) -> bool:
    """Drawable as a plain string: the font has every character, no shaping, left-to-right."""
    if text.isascii():
        return text.isprintable()
    return _covered(text, face) and not needs_shaping(text) and not is_rtl(text)


def _cjk_font(code: int) -> str | None:
    for (low, high), name in CJK_FONTS:
        if low <= code <= high:
            return name
    return None


def has_cjk(text: str) -> bool:
    return not text.isascii() and any(_cjk_font(ord(ch)) for ch in set(text))


_KANA = (0x3040, 0x30FF)
_HANGUL = ((0x1100, 0x11FF), (0xAC00, 0xD7AF))


def cjk_language(text: str) -> str:
    """Which language's font draws the Han characters of ``text`` best: Japanese beside
    kana, Korean beside Hangul, else Chinese (their glyph shapes differ)."""
    codes = {ord(ch) for ch in text}
    if any(_KANA[0] <= c <= _KANA[1] for c in codes):
        return "ja"
    if any(low <= c <= high for c in codes for low, high in _HANGUL):
        return "ko"
    return "zh"


def needs_viewer_font(text: str) -> bool:
    """Whether some CJK character of ``text`` has no embeddable font on this computer, so
    the PDF names a font the viewer must provide."""
    if not has_cjk(text):
        return False
    language = cjk_language(text)
    return any(
        _cjk_font(ord(ch)) and cjk_fonts.face_for(ord(ch), language) is None for ch in set(text)
    )


def _font_for(ch: str, primary: str, cjk_allowed: bool = True, language: str = "zh") -> str | None:
    """None: the primary font has it (or nothing has it; it stays in the primary font)."""
    code = ord(ch)
    if ch.isspace() or code in _coverage(primary):
        return None
    fallback = FALLBACK_FAMILY if primary.startswith("DejaVuSerif") else None
    if fallback and code in _coverage(register_family(fallback)):
        return fallback
    cjk = _cjk_font(code)
    if cjk is None:
        return None
    embedded = cjk_fonts.face_for(code, language)
    if embedded is not None:
        return embedded
    return _cid_font(cjk) if cjk_allowed else None


def markup(text: str, face: str, *, cjk_allowed: bool = True) -> str:
    """Escaped paragraph markup with ``<font>`` runs for characters ``face`` lacks.

    ``cjk_allowed=False`` for shaped paragraphs: reportlab cannot shape with CID fonts
    (an embedded TrueType font is fine).
    """
    if text.isascii() or _covered(text, face):
        return escape_markup(text)
    language = cjk_language(text) if has_cjk(text) else "zh"
    out: list[str] = []
    run: list[str] = []
    current: str | None = None

    def flush() -> None:
        if run:
            chunk = escape_markup("".join(run))
            out.append(f'<font face="{current}">{chunk}</font>' if current else chunk)
            run.clear()

    for ch in text:
        font = _font_for(ch, face, cjk_allowed, language)
        if font != current and not ch.isspace():
            flush()
            current = font
        run.append(ch)
    flush()
    return "".join(out)


# ------------------------------------------------------------------ right-to-left

_RTL = {"R", "AL"}
_LTR = {"L"}


def _direction(word: str) -> str:
    for ch in word:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL:
            return "R"
        if kind in _LTR:
            return "L"
    return "N"


def needs_shaping(text: str) -> bool:
    """Scripts whose glyphs join or stack (Arabic, Hebrew points, combining marks)."""
    if text.isascii():
        return False
    return any(
        unicodedata.bidirectional(ch) in _RTL or unicodedata.category(ch) in ("Mn", "Mc")
        for ch in set(text)
        if ord(ch) > 0x2FF
    )


def is_rtl(text: str) -> bool:
    """The paragraph's base direction by its first strong character (Unicode rule P2)."""
    return not text.isascii() and _direction(text) == "R"


def visual_words(words: list[str]) -> list[str]:
    """Word order on screen for one line of an RTL paragraph."""
    runs: list[list[str]] = []
    last = "R"
    for word in words:
        direction = _direction(word)
        direction = last if direction == "N" else direction
        if runs and direction == last:
            runs[-1].append(word)
        else:
            runs.append([word])
        last = direction
    ordered: list[str] = []
    for run in reversed(runs):
        ordered.extend(run if _direction(" ".join(run)) == "L" else reversed(run))
    return ordered


@dataclass(frozen=True, slots=True)
class LineBreaker:
    """Greedy line filling for RTL paragraphs, measured with the paragraph's font."""

    face: str
    size: float

    def lines(self, text: str, width: float) -> list[list[str]]:
        measure: Callable[[str], float] = functools.partial(
            pdfmetrics.stringWidth, fontName=self.face, fontSize=self.size
        )
        space = measure(" ")
        lines: list[list[str]] = []
        for hard_line in text.split("\n"):
            line: list[str] = []
            used = 0.0
            for word in hard_line.split():
                w = measure(word) * 1.05  # shaped Arabic is rarely wider; keep a margin
                if line and used + space + w > width:
                    lines.append(line)
                    line, used = [], 0.0
                used += (space if line else 0.0) + w
                line.append(word)
            lines.append(line)
        return lines


def rtl_markup(text: str, face: str, size: float, width: float, bullet: str = "") -> str:
    """Markup for an RTL paragraph: pre-broken lines, each in visual word order.

    A bullet goes at the right end of the first line, where an RTL reader starts.
    """
    breaker = LineBreaker(face, size)
    lines = breaker.lines(text, width - (2 * size if bullet else 0))
    out = [markup(" ".join(visual_words(line)), face, cjk_allowed=False) for line in lines]
    if bullet and out:
        out[0] = f"{out[0]}\u2003{escape_markup(bullet)}"
    return "<br/>".join(out)
