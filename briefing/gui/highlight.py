"""Highlight colours for suggestion kinds that read well on light and dark palettes.

Colours are derived from the palette in use (its base colour's lightness), never hard-coded
per theme: a light pastel behind dark text, a deep tint behind light text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

KIND_HUES = {
    "conflict": 0,
    "quote": 212,
    "statement": 185,
    "figure": 28,
    "date": 275,
    "actor": 130,
    "key_fact": 52,
    "outlook": 325,
}
"""Hue (0–359) per suggestion kind."""


def kind_label(kind: str) -> str:
    labels = {
        "conflict": QCoreApplication.translate("Highlight", "Conflicts"),
        "quote": QCoreApplication.translate("Highlight", "Quotes"),
        "statement": QCoreApplication.translate("Highlight", "Statements"),
        "figure": QCoreApplication.translate("Highlight", "Figures"),
        "date": QCoreApplication.translate("Highlight", "Dates"),
        "actor": QCoreApplication.translate("Highlight", "Actors"),
        "key_fact": QCoreApplication.translate("Highlight", "Key facts"),
        "outlook": QCoreApplication.translate("Highlight", "Outlook"),
    }
    return labels.get(kind, kind)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def kind_color(kind: str, palette: QPalette, *, strong: bool = False) -> QColor:
    """Background for a highlighted span of ``kind`` on ``palette``."""
    hue = KIND_HUES.get(kind, 0)
    if is_dark(palette):
        return QColor.fromHsl(hue, 110, 95 if strong else 62)
    return QColor.fromHsl(hue, 190 if strong else 170, 185 if strong else 222)


def passage_color(palette: QPalette) -> QColor:
    """The jump-to-source highlight: the palette's own highlight, softened for reading."""
    color = QColor(palette.color(QPalette.ColorRole.Highlight))
    if is_dark(palette):
        return color.darker(130)
    return QColor.fromHsl(color.hslHue(), max(color.hslSaturation(), 120), 200)


def notice_color(palette: QPalette) -> QColor:
    """Background of a notice bar (read-only project): amber, as light or dark as the palette."""
    if is_dark(palette):
        return QColor.fromHsl(45, 110, 62)
    return QColor.fromHsl(45, 230, 215)


def escape_html(text: str) -> str:
    """User and article text shown in a rich-text label is data, never markup.

    (Written out instead of ``html.escape`` so start-up does not load ``html.entities``.)
    """
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )
