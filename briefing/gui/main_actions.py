"""The main window's actions: one place that names them, with shortcuts, tips and icons.

Standard shortcuts come from :class:`QKeySequence.StandardKey` so each platform gets its
own; the "Add as" actions use Ctrl+1…5 in the order of the brief's item kinds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

ADD_KINDS = ("fact", "quote", "figure", "actor", "outlook")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainActions", text)


def add_kind_label(kind: str) -> str:
    labels = {
        "fact": _tr("Add as &fact"),
        "quote": _tr("Add as &quote"),
        "figure": _tr("Add as fi&gure"),
        "actor": _tr("Add as &actor"),
        "outlook": _tr("Add as &outlook"),
    }
    return labels[kind]


def add_kind_short_label(kind: str) -> str:
    labels = {
        "fact": _tr("Fact"),
        "quote": _tr("Quote"),
        "figure": _tr("Figure"),
        "actor": _tr("Actor"),
        "outlook": _tr("Outlook"),
    }
    return labels[kind]


@dataclass
class MainActions:
    new: QAction
    open: QAction
    save_as: QAction
    import_files: QAction
    paste_article: QAction
    export: QAction
    quit: QAction
    remove_article: QAction
    show_imports: QAction
    about: QAction
    open_log_folder: QAction
    focus_sources: QAction
    focus_reader: QAction
    focus_suggestions: QAction
    focus_brief: QAction
    add_as: dict[str, QAction] = field(default_factory=dict)


def build_actions(owner: QWidget) -> MainActions:
    style = owner.style()

    def make(
        text: str,
        tip: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, owner)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(style.standardIcon(icon))
        owner.addAction(action)
        return action

    sp = QStyle.StandardPixmap
    actions = MainActions(
        new=make(
            _tr("&New Project"),
            _tr("Start a new, empty project"),
            QKeySequence.StandardKey.New,
            sp.SP_FileIcon,
        ),
        open=make(
            _tr("&Open Project…"),
            _tr("Open a .brief project file"),
            QKeySequence.StandardKey.Open,
            sp.SP_DialogOpenButton,
        ),
        save_as=make(
            _tr("Save Project &As…"),
            _tr("Save a copy of the project under a new name and continue there"),
            QKeySequence.StandardKey.SaveAs,
            sp.SP_DialogSaveButton,
        ),
        import_files=make(
            _tr("&Import Articles…"),
            _tr("Import articles from files (or drop them on the window)"),
            "Ctrl+I",
            sp.SP_ArrowDown,
        ),
        paste_article=make(
            _tr("&Paste as Article"),
            _tr("Import the clipboard (text, a web page or a link) as an article"),
            "Ctrl+Shift+V",
        ),
        export=make(
            _tr("&Export…"),
            _tr("Export the brief to PDF or DOCX"),
            "Ctrl+E",
            sp.SP_DialogSaveButton,
        ),
        quit=make(
            _tr("&Quit"),
            _tr("Close Briefing (everything is already saved)"),
            QKeySequence.StandardKey.Quit,
        ),
        remove_article=make(
            _tr("&Remove Article"), _tr("Remove the selected article from the project")
        ),
        show_imports=make(
            _tr("Import &Results"), _tr("Show what happened to each imported file"), "Ctrl+Shift+I"
        ),
        about=make(_tr("&About Briefing"), _tr("Version and credits")),
        open_log_folder=make(
            _tr("Show &Log Folder"), _tr("Open the folder with Briefing's log files")
        ),
        focus_sources=make(
            _tr("&Sources"), _tr("Move the keyboard focus to the Sources list"), "Alt+1"
        ),
        focus_reader=make(_tr("&Reader"), _tr("Move the keyboard focus to the Reader"), "Alt+2"),
        focus_suggestions=make(
            _tr("Su&ggestions"), _tr("Move the keyboard focus to the Suggestions"), "Alt+3"
        ),
        focus_brief=make(
            _tr("&Brief"), _tr("Move the keyboard focus to the brief editor"), "Alt+4"
        ),
    )
    actions.show_imports.setCheckable(True)
    actions.remove_article.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    for number, kind in enumerate(ADD_KINDS, start=1):
        actions.add_as[kind] = make(
            add_kind_label(kind),
            _tr("Add the text selected in the Reader to the brief as a {kind} (Ctrl+{n})").format(
                kind=kind, n=number
            ),
            f"Ctrl+{number}",
        )
        actions.add_as[kind].setIconText(add_kind_short_label(kind))
    return actions
