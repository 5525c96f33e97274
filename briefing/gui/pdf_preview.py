"""A PDF shown inside the app (QtPdf), so the analyst sees the export before sending it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


class PdfPreview(QWidget):
    """Pages of one PDF, fit to width, with page count and zoom buttons."""

    loaded = Signal(int)
    """``loaded(pages)``: a PDF was shown; ``pages`` is its page count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("PDF preview"))
        self.view.setPageSpacing(8)

        self._pages = QLabel()
        self._pages.setAccessibleName(self.tr("Page count"))
        style = self.style()
        self._fit_width = self._zoom_button(
            self.tr("Fit width"), self.tr("Zoom the pages to the width of the preview")
        )
        self._fit_width.clicked.connect(lambda: self.set_zoom(QPdfView.ZoomMode.FitToWidth))
        self._fit_page = self._zoom_button(self.tr("Whole page"), self.tr("Show whole pages"))
        self._fit_page.clicked.connect(lambda: self.set_zoom(QPdfView.ZoomMode.FitInView))
        self._fit_width.setIcon(
            style.standardIcon(QStyle.StandardPixmap.SP_ToolBarHorizontalExtensionButton)
        )
        self._fit_page.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TitleBarNormalButton))

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self._pages, 1)
        bar.addWidget(self._fit_width)
        bar.addWidget(self._fit_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.clear()

    def _zoom_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setCheckable(True)
        button.setAutoExclusive(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def set_zoom(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self._fit_width.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self._fit_page.setChecked(mode == QPdfView.ZoomMode.FitInView)

    def load(self, path: Path) -> bool:
        """Show the PDF at ``path``; False (and a message in the bar) when it cannot be read."""
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            log.warning("cannot preview %s: %s", path, error)
            self._pages.setText(
                self.tr("The PDF could not be shown (%1).").replace("%1", error.name)
            )
            return False
        pages = self.page_count
        self._pages.setText(self.tr("%n page(s)", "", pages))
        self.set_zoom(self.view.zoomMode())
        self.loaded.emit(pages)
        return True

    def clear(self) -> None:
        self.document.close()
        self._pages.setText(self.tr("No preview yet: press Preview."))
        self.set_zoom(QPdfView.ZoomMode.FitToWidth)
