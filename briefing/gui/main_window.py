"""The main window: Sources and Suggestions · Reader · Brief editor, wired in one place.

The window turns gestures into calls on the session (core operations), the import
controller and the analysis runner; it owns no business logic. The brief editor and the
export dialog come from their own modules and are placed here when they are available.
"""

from __future__ import annotations

import importlib
import itertools
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing import __version__
from briefing.core.document import ArticleAdded, ArticleRemoved
from briefing.core.errors import BriefingError
from briefing.core.operations import InsertItem, RemoveArticle, SetInfo
from briefing.core.resources import user_log_dir
from briefing.gui import pipeline
from briefing.gui import settings as opts
from briefing.gui.analysis_runner import AnalysisRunner
from briefing.gui.conflict_tracker import ConflictTracker
from briefing.gui.import_feedback import ImportFeedback
from briefing.gui.importer import ImportController

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from briefing.core.model import Article
    from briefing.gui.import_panel import ImportResultsPanel
from briefing.gui.main_actions import build_actions, build_menus
from briefing.gui.mime import SELECTION_MIME
from briefing.gui.project_files import (
    OpenedProject,
    discard_if_empty_untitled,
    open_folder,
)
from briefing.gui.project_lifecycle import ProjectLifecycle
from briefing.gui.reader import ReaderView
from briefing.gui.session import ProjectSession
from briefing.gui.settings import Settings
from briefing.gui.sources_view import SourcesView
from briefing.gui.suggestions_panel import SuggestionsPanel
from briefing.gui.undo_ui import undo_actions
from briefing.gui.workers import Executor, WorkRunner

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1600, 960)
DEFAULT_PANES = (520, 580, 500)
"""Widths of Sources+Suggestions, Reader and Brief in the default window."""

ANALYSIS_DELAY_MS = 300
"""Delay before analysing the article shown when a project opens (first paint first)."""

WARM_UP_DELAY_MS = 1500
"""After start-up, load the item builders in a pool thread (see pipeline.warm_up_items)."""

IMPORT_FILTER = "Articles (*.txt *.md *.html *.htm *.docx *.odt *.rtf *.pdf *.eml);;All files (*)"


class MainWindow(ProjectLifecycle, QMainWindow):
    """Wires the panes to one :class:`ProjectSession`."""

    def __init__(
        self,
        opened: OpenedProject,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        processes: Executor | None = None,
    ) -> None:
        """``processes`` runs import and analysis away from the GUI's GIL (see workers)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self._opened = opened
        self.session = ProjectSession(opened.project, self)
        self.processes = processes
        self.runner = WorkRunner(parent=self, processes=processes)
        self.importer = ImportController(self.session, self.runner, self)
        self.analysis = AnalysisRunner(self.runner, self)
        self._current_article: str | None = None
        self.conflicts = ConflictTracker(
            self.runner,
            self.analysis,
            lambda: self.session.document.articles,
            lambda: self.session.document.find_article(self._current_article or ""),
            self,
        )
        self._select_next_import = False
        self._opening = False

        self.main_actions = build_actions(self)
        self._build_panes()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self._set_tab_order()
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks)
        self._fit_to_screen()
        self._restore_layout()
        self._project_changed()
        if self.runner.isolates:
            QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)

    # ------------------------------------------------------------------ construction

    def _build_panes(self) -> None:
        self.sources_view = SourcesView(self.session, self.main_actions.remove_article, self)
        self.sources_model = self.sources_view.model
        self.sources = self.sources_view.table
        self.suggestions = SuggestionsPanel(self.session, self)
        self.reader = ReaderView(self)
        self.reader.text.set_context_actions(list(self.main_actions.add_as.values()))
        self.brief = self._make_brief_editor()

        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(self.sources_view)
        self.left_splitter.addWidget(self.suggestions)
        self.left_splitter.setStretchFactor(0, 1)
        self.left_splitter.setStretchFactor(1, 3)
        self.left_splitter.setSizes([200, 700])

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(self.reader)
        self.main_splitter.addWidget(self.brief)
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.setSizes(list(DEFAULT_PANES))
        self.main_splitter.setStretchFactor(1, 1)

        self.read_only_banner = QLabel(self)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setContentsMargins(10, 6, 10, 6)
        self.read_only_banner.setVisible(False)
        self.read_only_banner.setAccessibleName(self.tr("Read-only notice"))

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)

    @property
    def import_panel(self) -> ImportResultsPanel:
        """The per-source import results (made on first use)."""
        return self.import_feedback.panel

    @property
    def import_dock(self) -> QDockWidget:
        return self.import_feedback.dock

    def _make_brief_editor(self) -> QWidget:
        """The brief engineer's ``BriefEditor`` when present, else a placeholder."""
        try:
            module = importlib.import_module("briefing.gui.brief_editor")
            editor: QWidget = module.BriefEditor(self.session, self)
        except (ImportError, AttributeError) as exc:
            log.info("brief editor not available yet: %s", exc)
            editor = QLabel(self.tr("The brief editor is not available in this build."), self)
            editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
            editor.setWordWrap(True)
        editor.setObjectName("briefEditor")
        editor.setAccessibleName(self.tr("Brief"))
        passage = getattr(editor, "passage_requested", None)
        if passage is not None:
            passage.connect(self.show_passage)
        return editor

    def _build_menus(self) -> None:
        a = self.main_actions
        # The menu items say what will be undone; toolbar buttons keep short labels.
        self.undo_action, self.redo_action = undo_actions(self.session, self)
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.addActions([self.undo_action, self.redo_action])

        self.recent_menu = build_menus(
            self, a, (self.undo_action, self.redo_action), list(self.reader.kind_boxes.values())
        )
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def _set_tab_order(self) -> None:
        """Tab walks the panes left to right: Sources, Suggestions (its buttons after
        its list), the Reader's legend then its text, the Brief."""
        chain = [
            self.sources,
            self.suggestions.filter_edit,
            self.suggestions.kind_combo,
            self.suggestions.tree,
            *self.suggestions.buttons,
            self.suggestions.hide_dismissed,
            *self.reader.kind_boxes.values(),
            self.reader.text,
            self.brief,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _build_status_bar(self) -> None:
        self.import_feedback = ImportFeedback(
            self,
            self.importer,
            self.main_actions.show_imports,
            self.select_article,
            self.show_message,
        )

    def _connect(self) -> None:
        a = self.main_actions
        a.new.triggered.connect(self.new_project)
        a.open.triggered.connect(self._ask_open)
        a.save_as.triggered.connect(self._ask_save_as)
        a.import_files.triggered.connect(self._ask_import)
        a.paste_article.triggered.connect(self.paste_article)
        a.export.triggered.connect(self.export)
        a.quit.triggered.connect(self.close)
        a.remove_article.triggered.connect(self.remove_current_article)
        a.about.triggered.connect(self._about)
        a.open_log_folder.triggered.connect(lambda: open_folder(user_log_dir()))
        a.focus_sources.triggered.connect(lambda: self.sources.setFocus())
        a.focus_reader.triggered.connect(lambda: self.reader.text.setFocus())
        a.focus_suggestions.triggered.connect(lambda: self.suggestions.tree.setFocus())
        a.focus_brief.triggered.connect(lambda: self.brief.setFocus())
        for kind, action in a.add_as.items():
            action.triggered.connect(lambda _checked=False, k=kind: self.add_selection_as(k))

        self.sources_view.article_selected.connect(self._show_article)
        self.reader.selection_changed.connect(lambda _has: self._update_actions())
        self.reader.kinds_toggled.connect(
            lambda hidden: self.settings.set(opts.HIDDEN_HIGHLIGHTS, hidden)
        )
        self.suggestions.passage_requested.connect(self.show_passage)
        select_item = getattr(self.brief, "select_item", None)
        if select_item is not None:
            self.suggestions.item_joined.connect(select_item)
        self.suggestions.message.connect(self.show_message)
        self.session.changed.connect(self._on_session_changed)
        self.session.undo_stack.cleanChanged.connect(lambda _clean: self._update_actions())
        self.session.undo_stack.indexChanged.connect(lambda _index: self._update_actions())

        self.importer.article_imported.connect(self._on_article_imported)
        self.analysis.analysis_started.connect(
            lambda aid: self.sources_model.set_status(aid, self.tr("Analysing…"))
        )
        self.analysis.analysis_ready.connect(self._on_analysis_ready)
        self.conflicts.changed.connect(self._conflicts_changed)
        self.analysis.analysis_failed.connect(self._on_analysis_failed)

    # ------------------------------------------------------------------ settings

    def _fit_to_screen(self) -> None:
        """First start: 1600×960, or less on a smaller screen (a 1366×768 laptop gets a
        window that fits, panes in the same proportions). Saved geometry wins later."""
        width, height = DEFAULT_SIZE
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            if available.width() > 0 and available.height() > 0:
                width = min(width, int(available.width() * 0.96))
                height = min(height, int(available.height() * 0.94))
        self.resize(width, height)
        scale = width / DEFAULT_SIZE[0]
        self.main_splitter.setSizes([round(s * scale) for s in DEFAULT_PANES])

    def _restore_layout(self) -> None:
        geometry = self.settings.get(opts.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        state = self.settings.get(opts.WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))
        for splitter, option in (
            (self.main_splitter, opts.MAIN_SPLITTER),
            (self.left_splitter, opts.LEFT_SPLITTER),
        ):
            saved = self.settings.get(option)
            if saved:
                splitter.restoreState(QByteArray(saved))
        self.reader.set_hidden_kinds(self.settings.get(opts.HIDDEN_HIGHLIGHTS))

    def save_layout(self) -> None:
        self.settings.set(opts.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(opts.WINDOW_STATE, bytes(self.saveState().data()))
        self.settings.set(opts.MAIN_SPLITTER, bytes(self.main_splitter.saveState().data()))
        self.settings.set(opts.LEFT_SPLITTER, bytes(self.left_splitter.saveState().data()))
        self.settings.set(opts.HIDDEN_HIGHLIGHTS, self.reader.hidden_kinds())
        self.settings.sync()

    # ------------------------------------------------------------------ import

    def import_paths(self, paths: list[Path]) -> None:
        if self._refuse_if_read_only():
            return
        self._select_next_import = True
        self.importer.import_paths(paths)

    def paste_article(self) -> None:
        if self._refuse_if_read_only():
            return
        mime = QGuiApplication.clipboard().mimeData()
        self._select_next_import = True
        if mime is None or not self.importer.import_mime(mime):
            self.show_message(self.tr("The clipboard holds no text, link or file to import"))

    def _ask_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import Articles"), str(Path.home()), IMPORT_FILTER
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasFormat(SELECTION_MIME):
            event.ignore()  # a Reader selection is for the brief, not a new article
            return
        if mime.hasUrls() or mime.hasText() or mime.hasHtml():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self._refuse_if_read_only():
            event.ignore()
            return
        self._select_next_import = True
        if self.importer.import_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def _on_article_imported(self, article_id: str) -> None:
        article = self.session.document.find_article(article_id)
        if article is None:
            return
        self.analysis.request(article)
        if self._select_next_import or self._current_article is None:
            self._select_next_import = False
            self.select_article(article_id)

    def _refuse_if_read_only(self) -> bool:
        if self.session.read_only:
            self.show_message(self.tr("This project is open read-only; save a copy to change it"))
            return True
        return False

    # ------------------------------------------------------------------ reading and picking

    def select_article(self, article_id: str) -> None:
        self.sources_view.select_article(article_id)

    def _show_article(self, article_id: str | None) -> None:
        article = self.session.document.find_article(article_id) if article_id else None
        self._current_article = article.id if article else None
        self.reader.set_article(article)
        if article is None:
            self.suggestions.set_entries(None, [])
            self._update_actions()
            return
        if self._opening:
            # Just opened: let the window paint before analysis loads its models; this
            # article first, then every other (conflicts compare them all). ``self`` as
            # context: the timer is dropped if the window goes first.
            QTimer.singleShot(ANALYSIS_DELAY_MS, self, self._analyse_all)
        elif self.analysis.entries(article.id) is None:
            self.analysis.request(article)
        self._show_entries(article)
        self._update_actions()

    def _analyse_all(self) -> None:
        current = self.session.document.find_article(self._current_article or "")
        for article in (current, *self.session.document.articles):
            if article is not None:
                self.analysis.request(article)

    def _show_entries(self, article: Article) -> None:
        """The article's own suggestions and its conflicts with the other articles (the
        last ones computed, while fresh ones are computed in the background)."""
        conflicts = self.conflicts.entries(article)
        entries = [*conflicts, *(self.analysis.entries(article.id) or [])]
        self.reader.set_suggestions(article.id, entries)
        self.suggestions.set_entries(article.id, entries)

    def _conflicts_changed(self, article_id: str) -> None:
        if article_id == self._current_article:
            article = self.session.document.find_article(article_id)
            if article is not None:
                self._show_entries(article)

    def show_passage(self, article_id: str, start: int, end: int) -> bool:
        """Show ``article_id`` in the Reader with code-point span start:end highlighted."""
        if self._current_article != article_id:
            if self.session.document.find_article(article_id) is None:
                self.show_message(self.tr("The source article is no longer in the project"))
                return False
            self.select_article(article_id)
        shown = self.reader.show_passage(start, end)
        if not shown:
            self.show_message(self.tr("The cited passage is outside the article's text"))
        return shown

    def add_selection_as(self, kind: str) -> bool:
        """Add the Reader's selection to the brief as an item of ``kind`` (one undo step)."""
        ref = self.reader.selection_ref()
        article = self.reader.article
        if ref is None or article is None:
            self.show_message(self.tr("Select some text in the Reader first"))
            return False
        if self._refuse_if_read_only():
            return False
        try:
            item = pipeline.item_for_selection(article, ref.start, ref.end, kind)
            section = pipeline.section_for(item)
            index = len(self.session.document.items(section))
            self.session.apply(InsertItem(section, index, item))
        except (BriefingError, ValueError) as exc:
            self.show_message(str(exc))
            return False
        self.show_message(self.tr("Added to the brief: {0}").format(item.headline[:80]))
        return True

    def remove_current_article(self) -> None:
        if self._current_article is None or self._refuse_if_read_only():
            return
        self.session.apply(RemoveArticle(self._current_article))

    def _on_session_changed(self, operation: object, changes: list[object]) -> None:
        if any(isinstance(c, ArticleAdded | ArticleRemoved) for c in changes):
            self.conflicts.invalidate()  # a source came or went (also inside a batch)
        if isinstance(operation, SetInfo) and not self.session.read_only:
            # the next new brief starts with this one's author, marking, language…
            self.settings.remember_brief_info(self.session.document.info)
        if self._current_article:
            article = self.session.document.find_article(self._current_article)
            if article is None:
                self._show_article(None)
            elif article is not self.reader.article:
                self.reader.set_article(article)  # same text: only the header changes
        self._update_actions()

    def _on_analysis_ready(self, article_id: str, entries: list[object]) -> None:
        self.sources_model.set_status(article_id, self.tr("{0} found").format(len(entries)))
        self.conflicts.invalidate()  # new figures
        if article_id == self._current_article:
            article = self.session.document.find_article(article_id)
            if article is not None:
                self._show_entries(article)  # the old conflicts stay until recomputed

    def _on_analysis_failed(self, article_id: str, message: str) -> None:
        self.sources_model.set_status(article_id, self.tr("Analysis failed"))
        self.show_message(self.tr("Analysis failed: {0}").format(message))

    # ------------------------------------------------------------------ export, misc

    def export(self) -> None:
        try:
            module = importlib.import_module("briefing.gui.export_dialog")
            dialog = module.ExportDialog(self.session, self, runner=self.runner)
        except (ImportError, AttributeError) as exc:
            log.info("export dialog not available: %s", exc)
            self.show_message(self.tr("Export is not available in this build"))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _warm_up(self) -> None:
        self.runner.submit(
            pipeline.warm_up_items,
            on_error=lambda exc: log.warning("warm-up failed: %s", exc),
            label="warm up item builders",
        )

    def show_message(self, text: str, timeout_ms: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def _update_actions(self) -> None:
        writable = not self.session.read_only
        has_selection = self.reader.selection_ref() is not None
        for action in self.main_actions.add_as.values():
            action.setEnabled(writable and has_selection)
        self.main_actions.paste_article.setEnabled(writable)
        self.main_actions.import_files.setEnabled(writable)
        self.main_actions.remove_article.setEnabled(writable and self._current_article is not None)

    def _warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, never blocks the event loop
        self.show_message(text)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Briefing"),
            self.tr(
                "<b>Briefing {version}</b><p>Turn news articles in any language into short, "
                "sourced briefs.</p><p>Everything stays on this computer.</p>"
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.importer.flush()  # articles read but not yet added are kept
        self.save_layout()
        self.runner.shutdown()
        self._opened.release()
        discard_if_empty_untitled(self._opened)
        super().closeEvent(event)
