"""The computer's own fonts for Chinese, Japanese and Korean text, embedded in the PDF.

Briefing ships no CJK font (one that covers the three scripts weighs 15–30 MB). A brief is
circulated, so its PDF should show its text in any viewer: where the computer has a
TrueType font for the script — Microsoft YaHei, SimSun, Meiryo or Malgun Gothic on
Windows, Arial Unicode on macOS, Droid Sans Fallback, WenQuanYi, IPA or Nanum on Linux —
the glyphs the brief uses are embedded from it. Text no such font covers falls back to
reportlab's standard Asian CID fonts, which the viewer must provide (the brief then says
so, :func:`briefing.export.fonts.needs_viewer_font`).

Where fonts are looked for, in order: the paths in ``BRIEFING_CJK_FONTS`` (separated by
``os.pathsep``; an empty value turns the search off), the TrueType fonts fontconfig lists
for the script's language, then well-known files. Fonts with PostScript outlines (the
OTF files of Noto CJK or Source Han, Hiragino) cannot be embedded by reportlab and are
passed over. Nothing is looked for until a brief has CJK text; each font file is read
once per process (~50 ms for a 4 MB font), and only when a character needs it.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

ENV_FONTS = "BRIEFING_CJK_FONTS"
LANGUAGES = ("zh", "ja", "ko")
_FC_LIST_TIMEOUT_S = 5
_MAX_FILES = 4
"""Font files tried for one language at most: reading each costs ~50 ms, and a character
none of the first few has is rarely in the next (a system may list a dozen weights)."""
_WEIGHT_WORDS = ("bold", "black", "heavy", "light", "thin", "medium", "semibold", "demi")
"""A file named for a weight other than the regular one is tried after the others."""


def _windows_fonts(*names: str) -> tuple[str, ...]:
    folder = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
    return tuple(str(folder / name) for name in names)


_MAC_UNICODE = (
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
)
_KNOWN: dict[str, tuple[str, ...]] = {
    "zh": (
        *_windows_fonts("msyh.ttc", "simsun.ttc", "simhei.ttf"),
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        *_MAC_UNICODE,
    ),
    "ja": (
        *_windows_fonts("meiryo.ttc", "msgothic.ttc", "YuGothR.ttc"),
        "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
        "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
        "/usr/share/fonts/truetype/takao-gothic/TakaoGothic.ttf",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        *_MAC_UNICODE,
    ),
    "ko": (
        *_windows_fonts("malgun.ttf", "gulim.ttc"),
        "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
        "/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf",
        *_MAC_UNICODE,
    ),
}


def _fontconfig(language: str) -> list[str]:
    """TrueType font files fontconfig lists for ``language``, regular weights first."""
    fc_list = shutil.which("fc-list")
    if fc_list is None or sys.platform == "win32":
        return []
    try:
        listed = subprocess.run(
            [fc_list, "--format", "%{file}\n", f":lang={language}:fontformat=TrueType"],
            capture_output=True,
            text=True,
            timeout=_FC_LIST_TIMEOUT_S,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        log.debug("fc-list failed: %s", exc)
        return []
    files = sorted({line.strip() for line in listed.splitlines() if line.strip()})
    return sorted(files, key=lambda f: any(w in Path(f).name.lower() for w in _WEIGHT_WORDS))


@functools.cache
def candidates(language: str) -> tuple[str, ...]:
    """Font files to try for ``language`` ("zh", "ja", "ko"), best first, each once."""
    configured = os.environ.get(ENV_FONTS)
    if configured is not None:
        listed = [p for p in configured.split(os.pathsep) if p]
    else:
        listed = [*_fontconfig(language), *_KNOWN[language]]
    seen: dict[str, None] = {}
    for path in listed:
        if path not in seen and Path(path).is_file():
            seen[path] = None
    return tuple(seen)[:_MAX_FILES]


@functools.cache
def _load(path: str) -> tuple[str, frozenset[int]] | None:
    """Register the font at ``path``: its reportlab name and the characters it has; None
    when reportlab cannot embed it (PostScript outlines, a damaged file)."""
    name = f"CJK-{Path(path).stem}"
    try:
        font = TTFont(name, path, subfontIndex=0)
    except Exception as exc:  # reportlab raises TTFError and plain errors of its parser
        log.info("cannot embed the font %s: %s", path, exc)
        return None
    pdfmetrics.registerFont(font)
    return name, frozenset(font.face.charToGlyph)


@functools.cache
def face_for(code: int, language: str) -> str | None:
    """The registered name of the first font for ``language`` (then the other two) that
    has the character ``code``; None when no font on this computer has it."""
    order = (language, *(other for other in LANGUAGES if other != language))
    for lang in order:
        for path in candidates(lang):
            loaded = _load(path)
            if loaded is not None and code in loaded[1]:
                return loaded[0]
    return None


def reset() -> None:
    """Forget what was found (tests change ``BRIEFING_CJK_FONTS``)."""
    candidates.cache_clear()
    face_for.cache_clear()
