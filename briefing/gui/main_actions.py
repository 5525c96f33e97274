"""The main window's actions: one place that names them, with shortcuts, tips and icons.

Standard shortcuts come from :class:`QKeySequence.StandardKey` so each platform gets its
own; the "Add as" actions use Ctrl+1…5 in the order of the brief's item kinds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QMenu, QStyle, QWidget

ADD_KINDS = ("fact", "quote", "figure", "actor", "outlook")


translate = QCoreApplication.translate


def add_kind_label(kind: str) -> str:
    labels = {
        "fact": translate("MainActions", "Add as &fact"),
        "quote": translate("MainActions", "Add as &quote"),
        "figure": translate("MainActions", "Add as fi&gure"),
        "actor": translate("MainActions", "Add as &actor"),
        "outlook": translate("MainActions", "Add as &outlook"),
    }
    return labels[kind]


def add_kind_short_label(kind: str) -> str:
    labels = {
        "fact": translate("MainActions", "Fact"),
        "quote": translate("MainActions", "Quote"),
        "figure": translate("MainActions", "Figure"),
        "actor": translate("MainActions", "Actor"),
        "outlook": translate("MainActions", "Outlook"),
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
            translate("MainActions", "&New Project"),
            translate("MainActions", "Start a new, empty project"),
            QKeySequence.StandardKey.New,
        ),
        open=make(
            translate("MainActions", "&Open Project…"),
            translate("MainActions", "Open a .brief project file"),
            QKeySequence.StandardKey.Open,
        ),
        save_as=make(
            translate("MainActions", "Save Project &As…"),
            translate(
                "MainActions", "Save a copy of the project under a new name and continue there"
            ),
            QKeySequence.StandardKey.SaveAs,
        ),
        import_files=make(
            translate("MainActions", "&Import Articles…"),
            translate("MainActions", "Import articles from files (or drop them on the window)"),
            "Ctrl+I",
            sp.SP_ArrowDown,
        ),
        paste_article=make(
            translate("MainActions", "&Paste as Article"),
            translate(
                "MainActions", "Import the clipboard (text, a web page or a link) as an article"
            ),
            "Ctrl+Shift+V",
        ),
        export=make(
            translate("MainActions", "&Export…"),
            translate("MainActions", "Export the brief to PDF or DOCX"),
            "Ctrl+E",
            sp.SP_DialogSaveButton,
        ),
        quit=make(
            translate("MainActions", "&Quit"),
            translate("MainActions", "Close Briefing (everything is already saved)"),
            QKeySequence.StandardKey.Quit,
        ),
        remove_article=make(
            translate("MainActions", "&Remove Article"),
            translate("MainActions", "Remove the selected article from the project"),
        ),
        show_imports=make(
            translate("MainActions", "Import &Results"),
            translate("MainActions", "Show what happened to each imported file"),
            "Ctrl+Shift+I",
        ),
        about=make(
            translate("MainActions", "&About Briefing"),
            translate("MainActions", "Version and credits"),
        ),
        open_log_folder=make(
            translate("MainActions", "Show &Log Folder"),
            translate("MainActions", "Open the folder with Briefing's log files"),
        ),
        focus_sources=make(
            translate("MainActions", "&Sources"),
            translate("MainActions", "Move the keyboard focus to the Sources list"),
            "Alt+1",
        ),
        focus_reader=make(
            translate("MainActions", "&Reader"),
            translate("MainActions", "Move the keyboard focus to the Reader"),
            "Alt+2",
        ),
        focus_suggestions=make(
            translate("MainActions", "Su&ggestions"),
            translate("MainActions", "Move the keyboard focus to the Suggestions"),
            "Alt+3",
        ),
        focus_brief=make(
            translate("MainActions", "&Brief"),
            translate("MainActions", "Move the keyboard focus to the brief editor"),
            "Alt+4",
        ),
    )
    actions.show_imports.setCheckable(True)
    actions.remove_article.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    for number, kind in enumerate(ADD_KINDS, start=1):
        actions.add_as[kind] = make(
            add_kind_label(kind),
            translate(
                "MainActions",
                "Add the text selected in the Reader to the brief as a {kind} (Ctrl+{n})",
            ).format(kind=kind, n=number),
            f"Ctrl+{number}",
        )
        actions.add_as[kind].setIconText(add_kind_short_label(kind))
    return actions


def build_menus(
    window: QMainWindow,
    a: MainActions,
    undo_redo: tuple[QAction, QAction],
    highlight_toggles: list[QAbstractButton],
) -> QMenu:
    """The menu bar and the toolbar; returns the (empty) Open Recent menu to fill."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainActions", "&File"))
    file_menu.addActions([a.new, a.open])
    recent_menu = file_menu.addMenu(translate("MainActions", "Open &Recent"))
    file_menu.addAction(a.save_as)
    file_menu.addSeparator()
    file_menu.addActions([a.import_files, a.paste_article])
    file_menu.addSeparator()
    file_menu.addAction(a.export)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)

    edit_menu = bar.addMenu(translate("MainActions", "&Edit"))
    edit_menu.addActions(list(undo_redo))
    edit_menu.addSeparator()
    edit_menu.addActions(list(a.add_as.values()))
    edit_menu.addSeparator()
    edit_menu.addAction(a.remove_article)

    view_menu = bar.addMenu(translate("MainActions", "&View"))
    highlight_menu = view_menu.addMenu(translate("MainActions", "&Highlight"))
    for box in highlight_toggles:
        action = highlight_menu.addAction(box.text())
        action.setCheckable(True)
        action.setChecked(box.isChecked())
        action.toggled.connect(box.setChecked)
        box.toggled.connect(action.setChecked)
    view_menu.addAction(a.show_imports)
    view_menu.addSeparator()
    view_menu.addActions([a.focus_sources, a.focus_reader, a.focus_suggestions, a.focus_brief])

    help_menu = bar.addMenu(translate("MainActions", "&Help"))
    help_menu.addActions([a.open_log_folder, a.about])

    toolbar = window.addToolBar(translate("MainActions", "Main"))
    toolbar.setObjectName("mainToolBar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    toolbar.addAction(a.import_files)
    toolbar.addAction(a.paste_article)
    toolbar.addSeparator()
    add_label = QLabel(translate("MainActions", "Add selection as:"), toolbar)
    add_label.setContentsMargins(6, 0, 4, 0)
    toolbar.addWidget(add_label)
    for action in a.add_as.values():
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addActions(list(undo_redo))
    toolbar.addSeparator()
    toolbar.addAction(a.export)
    return recent_menu
