"""The Edit menu's Undo and Redo, made by the brief's one undo stack.

``QUndoStack.createUndoAction`` keeps the action's text current ("Undo Add quote “…”")
and its enabled state in step with the stack, so the menu says what will be undone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from briefing.gui.session import ProjectSession

if TYPE_CHECKING:
    from PySide6.QtWidgets import QUndoView


def undo_actions(session: ProjectSession, parent: QObject) -> tuple[QAction, QAction]:
    """Undo and Redo actions with the standard shortcuts, for the Edit menu and toolbar."""
    stack = session.undo_stack
    undo = stack.createUndoAction(parent, QCoreApplication.translate("UndoActions", "Undo"))
    redo = stack.createRedoAction(parent, QCoreApplication.translate("UndoActions", "Redo"))
    undo.setObjectName("undo_action")
    redo.setObjectName("redo_action")
    undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    style = QApplication.style()
    undo.setIcon(
        QIcon.fromTheme("edit-undo", style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
    )
    redo.setIcon(
        QIcon.fromTheme("edit-redo", style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
    )
    undo.setToolTip(QCoreApplication.translate("UndoActions", "Undo the last change to the brief"))
    redo.setToolTip(QCoreApplication.translate("UndoActions", "Redo the change just undone"))
    return undo, redo


def undo_history_view(session: ProjectSession, parent: QWidget | None = None) -> QUndoView:
    """The list of changes to the brief; clicking an entry undoes or redoes back to it."""
    from PySide6.QtWidgets import QUndoView  # only when the history is first shown

    view = QUndoView(session.undo_stack, parent)
    view.setEmptyLabel(QCoreApplication.translate("UndoActions", "Opened project"))
    view.setAccessibleName(QCoreApplication.translate("UndoActions", "Undo history"))
    view.setToolTip(
        QCoreApplication.translate("UndoActions", "Click a step to return the brief to it")
    )
    return view
