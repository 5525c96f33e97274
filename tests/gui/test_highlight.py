"""Highlight colours follow the palette; rich text shows user text as data."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from briefing.gui.highlight import KIND_HUES, escape_html, is_dark, kind_color, passage_color


def _palette(base: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#3daee9"))
    return palette


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_highlights_keep_text_readable_in_light_and_dark(qapp) -> None:  # type: ignore[no-untyped-def]
    for base, text in (("#ffffff", "#000000"), ("#1e1e1e", "#eeeeee")):
        palette = _palette(base, text)
        assert is_dark(palette) == (base != "#ffffff")
        for kind in KIND_HUES:
            background = kind_color(kind, palette)
            # WCAG AA for body text: 4.5:1 between the text and its highlight
            assert _contrast(background, QColor(text)) >= 4.5, (kind, base)
        assert _contrast(passage_color(palette), QColor(text)) >= 3.0


def test_kinds_are_told_apart(qapp) -> None:  # type: ignore[no-untyped-def]
    palette = _palette("#ffffff", "#000000")
    names = {kind_color(kind, palette).name() for kind in KIND_HUES}
    assert len(names) == len(KIND_HUES)


def test_escape_html() -> None:
    assert escape_html('<b>"AT&T"</b>') == "&lt;b&gt;&quot;AT&amp;T&quot;&lt;/b&gt;"


def test_reader_recolours_when_the_palette_turns_dark(qtbot) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.reader import ReaderView

    reader = ReaderView()
    qtbot.addWidget(reader)
    light = reader.kind_boxes["quote"].styleSheet()
    reader.setPalette(_palette("#1e1e1e", "#eeeeee"))
    dark = reader.kind_boxes["quote"].styleSheet()
    assert light != dark
