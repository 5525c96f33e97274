"""Flowables and the page-holding canvas of the PDF writer.

Kept apart from the writer so the layout code reads as the brief, and these reportlab
extensions (which lean on reportlab internals) sit in one place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

log = logging.getLogger(__name__)


def held_pages_canvas(decorate: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    class HeldPagesCanvas(Canvas):  # type: ignore[misc]
        """Keeps each page until save() so the furniture can print the page total."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []
            self._bookmarks: list[tuple[str, dict[str, Any]]] = []

        def bookmarkPage(self, key: str, **kwargs: Any) -> None:
            self._bookmarks.append((key, kwargs))

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._bookmarks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, 1):
                self.__dict__.update(state)
                for key, kwargs in state["_bookmarks"]:
                    Canvas.bookmarkPage(self, key, **kwargs)
                decorate(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return HeldPagesCanvas


class BriefParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph that remembers its last wrap: tables and frames ask again with the same width."""

    _wrapped_for: float | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped_for == available_width:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(available_width, available_height)
        self._wrapped_for = available_width
        return size

    def split(self, available_width: float, available_height: float) -> list[Any]:
        self._wrapped_for = None
        parts: list[Any] = super().split(available_width, available_height)
        return parts


class ShapedParagraph(BriefParagraph):
    """A HarfBuzz-shaped paragraph that falls back to unshaped text if re-shaping fails.

    reportlab 5.1 re-shapes already shaped words when a paragraph is wrapped at a new width
    or split across pages, and uharfbuzz ≥ 0.50 rejects those ``ShapedStr`` objects. The
    fallback keeps the export going (the text stays, unjoined) instead of losing it.
    """

    fallback: tuple[str, Any] | None = None

    def _unshape(self) -> None:
        if self.fallback is None:
            raise RuntimeError("no unshaped fallback")
        text, style = self.fallback
        self.fallback = None
        log.warning("reshaping failed; this paragraph is drawn unshaped")
        Paragraph.__init__(self, text, style, bulletText=self.bulletText)
        self._wrapped_for = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        try:
            return super().wrap(available_width, available_height)
        except Exception:
            self._unshape()
            return super().wrap(available_width, available_height)

    def split(self, available_width: float, available_height: float) -> list[Any]:
        try:
            return super().split(available_width, available_height)
        except Exception:
            self._unshape()
            return super().split(available_width, available_height)


class SectionHeading(BriefParagraph):
    """A section title with a rule under it and an entry in the PDF outline."""

    def __init__(
        self,
        text: Any,
        style: Any = None,
        *args: Any,
        key: str = "",
        title: str = "",
        rule: Any = None,
        **kwargs: Any,
    ) -> None:
        # reportlab's split() rebuilds paragraphs positionally: stay compatible with it
        super().__init__(text, style, *args, **kwargs)
        self._key, self._title, self._rule = key, title, rule or colors.grey

    def draw(self) -> None:
        canvas = self.canv
        if self._key:
            canvas.bookmarkHorizontal(self._key, 0, self.height + 6)
            canvas.addOutlineEntry(self._title or self._key, self._key, level=0, closed=False)
        super().draw()
        canvas.saveState()
        canvas.setStrokeColor(self._rule)
        canvas.setLineWidth(0.6)
        canvas.line(0, -3, self.width, -3)
        canvas.restoreState()


class QuoteParagraph(BriefParagraph):
    """A block quote: an accent bar at its left edge (each split part draws its own)."""

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.style.borderColor or colors.grey)
        canvas.setLineWidth(2)
        x = self.style.leftIndent - 9
        canvas.line(x, -2, x, self.height + 1)
        canvas.restoreState()
        super().draw()
