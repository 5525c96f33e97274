"""User text made safe for the output formats, and the per-language words and numbers.

User text is data: it is never interpreted as markup. Characters that XML cannot hold
(NUL, vertical tab, escape, lone surrogates...) are dropped here, once, so neither the DOCX
nor the PDF writer can fail on them.
"""

from __future__ import annotations

import functools
import math
import re
import tomllib
from datetime import date
from importlib import resources
from typing import Any

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates, U+FFFE, U+FFFF.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def clean(text: object) -> str:
    """Drop characters no XML or PDF string can carry; tabs and CRs become spaces."""
    if text is None:
        return ""
    value = _XML_INVALID.sub("", str(text))
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    value = value.replace("\u2029", "\n")
    return _SPACES.sub(" ", value.replace("\t", " ")).strip()


def clean_line(text: object) -> str:
    """Like :func:`clean` but on one line (headers, table cells of metadata)."""
    return " ".join(clean(text).split())


def escape_markup(text: str) -> str:
    """Escape text for reportlab's paragraph mini-markup (``<b>`` stays ``<b>``)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@functools.cache
def _label_table() -> dict[str, dict[str, Any]]:
    raw = resources.files("briefing.export").joinpath("data", "labels.toml").read_text("utf-8")
    return tomllib.loads(raw)


@functools.cache
def labels(language: str) -> dict[str, Any]:
    """The fixed words for a brief language; missing keys fall back to English."""
    table = _label_table()
    merged = dict(table["en"])
    merged.update(table.get((language or "en").lower().split("-")[0], {}))
    return merged


def format_number(value: float | None, language: str, *, compact: bool = False) -> str:
    """3000 → "3.000" in Indonesian, "3,000" in English; decimals kept as given.

    ``compact`` writes a round amount of a million or more with the language's scale word,
    as a brief would say it: 6500000000 → "6.5 billion", "6,5 miliar", "6,5 milliards".
    An amount that would need more than two decimals that way (12,345,678) keeps all
    its digits: a table must not round what the source said.
    """
    if value is None:
        return ""
    words = labels(language)
    if compact:
        for power, names in zip((12, 9, 6), reversed(words["number_scales"]), strict=True):
            scaled = abs(value) / 10**power
            if scaled >= 1 and abs(round(scaled, 2) * 10**power - abs(value)) < 0.5:
                amount = round(math.copysign(scaled, value), 2)
                singular, plural = names
                name = singular if abs(amount) < words["number_plural_from"] else plural
                return f"{format_number(amount, language)} {name}"
    if float(value).is_integer():
        whole, fraction = f"{int(value):,}", ""
    else:
        text = f"{value:,.6f}".rstrip("0")
        whole, _, fraction = text.partition(".")
    whole = whole.replace(",", "\x00").replace("\x00", str(words["number_group"]))
    return whole + (str(words["number_decimal"]) + fraction if fraction else "")


def format_date(value: date | None, language: str) -> str:
    if value is None:
        return ""
    months = labels(language)["months"]
    return f"{value.day} {months[value.month - 1]} {value.year}"


def fill_fields(text: str, fields: dict[str, str]) -> str:
    """Fill ``{title}`` style fields; unknown braces are left as typed."""
    return re.sub(r"\{([a-z_]+)\}", lambda m: fields.get(m.group(1), m.group(0)), text)
