"""Bytes → text for plain-text formats: BOMs, UTF-8, UTF-16 without BOM, legacy code pages.

Order matters: a BOM is certain; valid UTF-8 is almost certain (legacy encodings rarely
decode as UTF-8 by accident); UTF-16 without a BOM shows as NUL bytes in every other
position; only then is charset-normalizer asked to guess (cp1252, latin-1, …).
"""

from __future__ import annotations

import codecs
import re

from briefing.core.errors import ImportFailed

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 4096
_BINARY_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) // 2 * 2]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2 or 1
    if odd_nuls / half > 0.3 and even_nuls / half < 0.05:
        return "utf-16-le"
    if even_nuls / half > 0.3 and odd_nuls / half < 0.05:
        return "utf-16-be"
    return None


def _windows(data: bytes) -> list[bytes]:
    """The start, middle and end of ``data``: binary junk after a text header counts too."""
    if len(data) <= 3 * _SAMPLE:
        return [data]
    middle = len(data) // 2
    return [data[:_SAMPLE], data[middle : middle + _SAMPLE], data[-_SAMPLE:]]


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: not a text file (once UTF-16 is ruled out)."""
    for sample in _windows(data):
        if not sample:
            continue
        if b"\x00" in sample:
            return True
        controls = sum(1 for b in sample if b < 32 and b not in _TEXT_CONTROLS)
        if controls / len(sample) > _BINARY_CONTROL_SHARE:
            return True
    return False


def sniff_encoding(data: bytes) -> str | None:
    """The encoding of ``data`` when it is certain from the bytes alone (BOM, UTF-16, UTF-8)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name + ("-sig" if name == "utf-8" else "")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "utf-8"


def decode_text(data: bytes, *, label: str) -> tuple[str, str]:
    """The text and the encoding it was read with; ``ImportFailed`` for binary data."""
    encoding = sniff_encoding(data)
    if encoding:
        body = data
        for bom, _name in _BOMS:
            if encoding.startswith(_name) and data.startswith(bom):
                body = data[len(bom) :]
                break
        text = body.decode(encoding.removesuffix("-sig"), errors="replace")
        if encoding.startswith("utf-8") and looks_binary(body):
            raise ImportFailed(f"{label} is a binary file, not text")
        return text, encoding
    if looks_binary(data):
        raise ImportFailed(f"{label} is a binary file, not text")
    return _decode_legacy(data)


_LEGACY = (
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp1258",
    "cp874",
    "koi8_r",
    "iso8859_2",
    "iso8859_5",
    "iso8859_7",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
)
"""The legacy encodings desktop files really come in; charset-normalizer's full list
includes DOS and Baltic code pages that fit Western text "better" by accident."""
_CP1252_UNDEFINED = re.compile(b"[\x81\x8d\x8f\x90\x9d]")
_UNLIKELY_IN_WORDS = frozenset("¢¤¥¦§¨ª¬¯±²³´µ¶¸¹º¼½¾¿×÷")
_MAX_NON_ASCII_LETTERS = 0.25


def _plausible_cp1252(data: bytes) -> str | None:
    """The cp1252 reading of ``data`` when it looks like Western European text.

    Statistical detectors confuse cp1252 with cp1250/ISO-8859-2 (they share most
    letters), and cp1252 is by far the likelier on the desktops that make such files.
    Central European text read as cp1252 shows symbols inside words ("powiedzia³"),
    and Cyrillic read as cp1252 is almost all accented letters; both are refused.
    """
    if _CP1252_UNDEFINED.search(data):
        return None
    text = data.decode("cp1252")
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return text
    non_ascii = sum(1 for c in letters if ord(c) > 127)
    if non_ascii / len(letters) > _MAX_NON_ASCII_LETTERS:
        return None
    for index, char in enumerate(text[1:-1], start=1):
        if char in _UNLIKELY_IN_WORDS and (text[index - 1].isalpha() or text[index + 1].isalpha()):
            return None
    return text


def _decode_legacy(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    western = _plausible_cp1252(data)
    if western is not None:
        return western, "cp1252"
    best = from_bytes(data[:200_000], cp_isolation=list(_LEGACY)).best()
    if best is None:
        return data.decode("cp1252", errors="replace"), "cp1252"
    return data.decode(best.encoding, errors="replace"), best.encoding
