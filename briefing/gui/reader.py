"""The Reader: one article's text with its suggestions highlighted by kind.

The document's plain text is exactly ``Article.text`` (one block per line), so a Qt
position is the UTF-16 offset into the article and :class:`~briefing.gui.textpos.Utf16Map`
converts it to the code points the core uses. Highlights are extra selections (they
never touch the text) so toggling a kind is instant.

Dragging a selection out of the Reader carries ``application/x-briefing-selection``
(see :mod:`briefing.gui.mime`); the brief editor turns a drop into an item.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing.core.model import Article
from briefing.gui.flow_layout import FlowLayout
from briefing.gui.highlight import escape_html, kind_color, kind_label, passage_color
from briefing.gui.mime import SelectionRef, encode_selection
from briefing.gui.pipeline import SUGGESTION_KINDS, SuggestionEntry
from briefing.gui.textpos import Utf16Map

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCharFormat, QTextDocument

# The text classes (QtGui.QTextCursor, QTextCharFormat, QTextBlockFormat, QFont) are
# looked up where an article is shown, not imported by name: PySide6 builds a class with
# its enums on first use (~7 ms for these four), and an empty Reader needs none of them.

# Drawn in this order, later on top: sentences underneath, quotes on top.
_PAINT_ORDER = (
    "key_fact",
    "outlook",
    "actor",
    "date",
    "figure",
    "statement",
    "quote",
    "conflict",
)
# Key facts are whole sentences: underlined, so the coloured spans inside stay readable.
_UNDERLINED = {
    "key_fact": QtGui.QTextCharFormat.UnderlineStyle.SingleUnderline,
    "outlook": QtGui.QTextCharFormat.UnderlineStyle.DashUnderline,
}
"""Whole sentences are underlined, not shaded (the spans inside them stay readable)."""

_BLANK_LINE = re.compile(r"^[^\S\n]*$", re.MULTILINE)
_OTHER_BREAKS = re.compile("[\r\u2029\x0b\x0c\x1c-\x1e\x85]")
"""Characters that may also end a block of the text view: then each block is looked at."""

ALL_HIGHLIGHTS_UP_TO = 400
"""Up to this many highlights are all handed to the text view; a longer document (a
45,000-word report has ~6,000) gets those near the visible part, refreshed as it
scrolls: building every selection took ~90 ms of the GUI thread."""
_WINDOW_MARGIN = 4000
"""UTF-16 units beyond the visible text that are highlighted too (about a screen)."""


class ReaderTextEdit(QTextEdit):
    """Read-only article text whose selection drags out as a citable span."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAcceptDrops(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(18)
        self._context_actions: list[QAction] = []
        self.article: Article | None = None
        self.positions = Utf16Map("")
        # Qt's placeholder draws one line only, cut at the pane's edge: the hint is a
        # label over the viewport instead, wrapped and centred, shown while it is empty.
        # It is the text edit's child placed over the viewport, not the viewport's: the
        # first viewport() call of a process costs ~9 ms (PySide6 works out the Python
        # type of Qt's own viewport widget), before the window's first paint.
        self._hint = QLabel(self)
        self._hint.setWordWrap(True)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._hint.setVisible(False)
        self.document().contentsChanged.connect(self._sync_hint)

    @property
    def hint(self) -> str:
        return self._hint.text()

    def set_hint(self, hint: str) -> None:
        """Text shown while the document is empty."""
        self._hint.setText(hint)
        self.setAccessibleDescription(hint)
        self._sync_hint()

    def _sync_hint(self) -> None:
        self._hint.setVisible(bool(self._hint.text()) and self.document().isEmpty())

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        margin = int(self.document().documentMargin())
        # the viewport's area: the frame's contents (no scroll bar while the hint shows)
        self._hint.setGeometry(self.contentsRect().adjusted(margin, margin, -margin, -margin))

    def set_context_actions(self, actions: Sequence[QAction]) -> None:
        self._context_actions = list(actions)

    def selection_ref(self) -> SelectionRef | None:
        if self.article is None:
            return None
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self.positions.span_to_codepoints(
            cursor.selectionStart(), cursor.selectionEnd()
        )
        if start == end:
            return None
        return SelectionRef(self.article.id, start, end)

    def createMimeDataFromSelection(self) -> QMimeData:
        # Qt's own text mime data answers a fixed list of formats, so ours goes into a
        # plain QMimeData that also carries the text and HTML for other applications.
        ref = self.selection_ref()
        if ref is None or self.article is None:
            return super().createMimeDataFromSelection()
        rich = super().createMimeDataFromSelection()
        mime = encode_selection(ref, self.article.text[ref.start : ref.end])
        mime.setHtml(rich.html())
        return mime

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self._context_actions:
            menu.addSeparator()
            for action in self._context_actions:
                menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()


class ReaderView(QWidget):
    """Header, legend (one toggle per kind) and the article text."""

    selection_changed = Signal(bool)
    """``selection_changed(has_selection)``: the user selected or cleared text."""

    kinds_toggled = Signal(list)
    """``kinds_toggled(hidden_kinds)``: a legend toggle changed; the list is hidden kinds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self._entries: list[SuggestionEntry] = []
        self._hidden: set[str] = set()
        self._passage: tuple[int, int] | None = None  # UTF-16
        self._highlights: list[tuple[int, int, QTextCharFormat]] = []  # UTF-16, paint order
        self._windowed = False

        self.header = QLabel(self)
        self.header.setObjectName("readerHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setContentsMargins(12, 8, 12, 4)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.legend = QWidget(self)
        legend_layout = FlowLayout(self.legend, spacing=10)  # wraps on a narrow Reader
        legend_layout.setContentsMargins(12, 0, 12, 4)
        self.kind_boxes: dict[str, QCheckBox] = {}
        for kind in SUGGESTION_KINDS:
            box = QCheckBox(kind_label(kind), self.legend)
            box.setChecked(True)
            box.setAccessibleName(self.tr("Highlight {kind}").format(kind=kind_label(kind)))
            box.setToolTip(
                self.tr("Show or hide the highlighting of {kind}").format(
                    kind=kind_label(kind).lower()
                )
            )
            box.toggled.connect(lambda on, k=kind: self.set_kind_visible(k, on))
            legend_layout.addWidget(box)
            self.kind_boxes[kind] = box
        self._style_legend()

        self.text = ReaderTextEdit(self)
        self.text.setAccessibleName(self.tr("Article text"))
        self.text.selectionChanged.connect(self._on_selection_changed)
        scroll_bar = self.text.verticalScrollBar()
        scroll_bar.valueChanged.connect(self._follow_scroll)
        scroll_bar.rangeChanged.connect(self._follow_scroll)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.legend)
        layout.addWidget(self.text, 1)
        self.set_article(None)

    # ------------------------------------------------------------------ content

    @property
    def article(self) -> Article | None:
        return self.text.article

    def set_article(self, article: Article | None) -> None:
        """Show ``article`` (or a hint when there is none); highlights are cleared."""
        if (
            article is not None
            and self.text.article is not None
            and article.id == self.text.article.id
        ) and article.text == self.text.article.text:
            self.text.article = article
            self._set_header(article)
            return
        self.text.article = article
        self._entries = []
        self._passage = None
        # the old text's highlights must not reach the new one (setPlainText scrolls)
        self._highlights = []
        self._windowed = False
        if article is None:
            self.text.positions = Utf16Map("")
            self.text.setPlainText("")
            self.text.set_hint(
                self.tr(
                    "Drop articles here: files, a folder, links or text from a browser.\n"
                    "Or use File › Import (Ctrl+I), or Ctrl+Shift+V to paste an article.\n\n"
                    "Then select text in the article to add it to the brief."
                )
            )
            self.header.setText("")
            self.header.setVisible(False)
            self._refresh_highlights()
            return
        self.text.positions = Utf16Map(article.text)
        self.text.setPlainText(article.text)
        self._format_paragraphs(article)
        self._set_header(article)
        self.text.moveCursor(QtGui.QTextCursor.MoveOperation.Start)
        self._refresh_highlights()

    def _set_header(self, article: Article) -> None:
        bits = [article.publisher or "", article.author or ""]
        if article.published:
            bits.append(article.published.isoformat())
        if article.language.code:
            bits.append(article.language.code)
        if article.grade:
            bits.append(str(article.grade))
        meta = " · ".join(escape_html(b) for b in bits if b)
        title = escape_html(article.title or self.tr("(untitled)"))
        self.header.setText(f"<div style='font-size:large'><b>{title}</b></div><div>{meta}</div>")
        self.header.setVisible(True)

    def _format_paragraphs(self, article: Article) -> None:
        doc = self.text.document()
        cursor = QtGui.QTextCursor(doc)
        cursor.beginEditBlock()
        block_format = QtGui.QTextBlockFormat
        body = block_format()
        body.setLineHeight(140, block_format.LineHeightTypes.ProportionalHeight.value)
        body.setBottomMargin(6)
        gap = block_format()
        gap.setLineHeight(6, block_format.LineHeightTypes.FixedHeight.value)
        positions = self.text.positions
        # Blank lines between paragraphs become a small gap instead of a full line.
        if _OTHER_BREAKS.search(article.text) is None:
            # one call for every block, then one per blank line (a block per "\n"): a
            # 45,000-word report has 1,800 blocks, and a call per block took ~35 ms
            cursor.select(QtGui.QTextCursor.SelectionType.Document)
            cursor.mergeBlockFormat(body)
            for blank in _BLANK_LINE.finditer(article.text):
                cursor.setPosition(positions.to_utf16(blank.start()))
                cursor.mergeBlockFormat(gap)
        else:
            block = doc.begin()
            while block.isValid():
                cursor.setPosition(block.position())
                cursor.mergeBlockFormat(gap if not block.text().strip() else body)
                block = block.next()
        heading = QtGui.QTextCharFormat()
        heading.setFontWeight(QtGui.QFont.Weight.Bold)
        heading.setFontPointSize(max(self.font().pointSizeF(), 9.0) * 1.2)
        for paragraph in article.paragraphs:
            if paragraph.kind != "heading":
                continue
            start, end = positions.span_to_utf16(paragraph.start, paragraph.end)
            cursor.setPosition(start)
            cursor.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(heading)
        cursor.endEditBlock()

    def set_suggestions(self, article_id: str, entries: Iterable[SuggestionEntry]) -> None:
        """Highlight ``entries`` if ``article_id`` is the article shown."""
        if self.article is None or self.article.id != article_id:
            return
        self._entries = list(entries)
        self._refresh_highlights()

    # ------------------------------------------------------------------ highlights

    def hidden_kinds(self) -> list[str]:
        return sorted(self._hidden)

    def set_hidden_kinds(self, kinds: list[str]) -> None:
        for kind, box in self.kind_boxes.items():
            box.setChecked(kind not in set(kinds))

    def set_kind_visible(self, kind: str, visible: bool) -> None:
        if visible:
            self._hidden.discard(kind)
        else:
            self._hidden.add(kind)
        box = self.kind_boxes.get(kind)
        if box is not None and box.isChecked() != visible:
            box.setChecked(visible)
            return
        self._refresh_highlights()
        self.kinds_toggled.emit(self.hidden_kinds())

    def highlighted_spans(self, kind: str) -> list[tuple[int, int]]:
        """Code-point spans currently highlighted for ``kind`` (empty when hidden)."""
        if kind in self._hidden:
            return []
        return [span for e in self._entries if e.kind == kind for span in e.highlight_spans()]

    def _refresh_highlights(self) -> None:
        palette = self.text.palette()
        positions = self.text.positions
        highlights: list[tuple[int, int, QTextCharFormat]] = []
        by_kind: dict[str, list[SuggestionEntry]] = {}
        for entry in self._entries:
            by_kind.setdefault(entry.kind, []).append(entry)
        for kind in _PAINT_ORDER:
            if kind in self._hidden or kind not in by_kind:
                continue
            fmt = QtGui.QTextCharFormat()
            if kind in _UNDERLINED:
                fmt.setUnderlineStyle(_UNDERLINED[kind])
                fmt.setUnderlineColor(kind_color(kind, palette, strong=True).darker(140))
            else:
                fmt.setBackground(kind_color(kind, palette))
            for entry in by_kind.get(kind, ()):
                for start, end in entry.highlight_spans():
                    highlights.append((*positions.span_to_utf16(start, end), fmt))
        if self._passage is not None:
            fmt = QtGui.QTextCharFormat()
            fmt.setBackground(passage_color(palette))
            fmt.setFontUnderline(True)
            highlights.append((*self._passage, fmt))
        self._highlights = highlights
        self._windowed = len(highlights) > ALL_HIGHLIGHTS_UP_TO
        self._apply_highlights()

    def _apply_highlights(self) -> None:
        """Hand the highlights to the text view: all, or those near the visible text."""
        first, last = 0, self.text.positions.utf16_length
        if self._windowed:
            viewport = self.text.viewport()
            first = self.text.cursorForPosition(viewport.rect().topLeft()).position()
            last = self.text.cursorForPosition(viewport.rect().bottomRight()).position()
            first, last = first - _WINDOW_MARGIN, last + _WINDOW_MARGIN
        doc = self.text.document()
        self.text.setExtraSelections(
            [
                self._extra(doc, (start, end), fmt)
                for start, end, fmt in self._highlights
                if end >= first and start <= last
            ]
        )

    def _follow_scroll(self, *_value: int) -> None:
        """Scrolled, resized or re-wrapped: highlight what is now in view."""
        if self._windowed:
            self._apply_highlights()

    @staticmethod
    def _extra(
        doc: QTextDocument, span: tuple[int, int], fmt: QTextCharFormat
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QtGui.QTextCursor(doc)
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QtGui.QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _style_legend(self) -> None:
        palette = self.palette()
        for kind, box in self.kind_boxes.items():
            color = kind_color(kind, palette, strong=True).name()
            box.setStyleSheet(
                f"QCheckBox {{ padding: 1px 6px; border-radius: 4px; background: {color}; }}"
            )

    def changeEvent(self, event: QEvent) -> None:
        """The system switched between light and dark: recolour legend and highlights."""
        if event.type() == QEvent.Type.PaletteChange:
            self._style_legend()
            self._refresh_highlights()
        super().changeEvent(event)

    # ------------------------------------------------------------------ passages

    def show_passage(self, start: int, end: int) -> bool:
        """Select and highlight code-point span start:end of the shown article."""
        article = self.article
        if article is None or not 0 <= start <= end <= len(article.text):
            return False
        span = self.text.positions.span_to_utf16(start, end)
        self._passage = span
        cursor = self.text.textCursor()
        cursor.setPosition(span[1])
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QtGui.QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        self._refresh_highlights()
        return True

    def passage(self) -> tuple[int, int] | None:
        """The highlighted passage in code points, or None."""
        if self._passage is None:
            return None
        return self.text.positions.span_to_codepoints(*self._passage)

    def selection_ref(self) -> SelectionRef | None:
        return self.text.selection_ref()

    def select_span(self, start: int, end: int) -> None:
        """Select code-point span start:end (keyboard users, tests)."""
        cursor = self.text.textCursor()
        span = self.text.positions.span_to_utf16(start, end)
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QtGui.QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def _on_selection_changed(self) -> None:
        self.selection_changed.emit(self.text.textCursor().hasSelection())
