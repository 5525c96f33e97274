"""The open project as the GUI sees it: the core project, one undo stack, change signals.

Widgets never call ``Project.apply`` themselves: they call :meth:`ProjectSession.apply`,
which pushes one generic :class:`OperationCommand` on the undo stack. The command applies
the core operation (persisted at once by the project file) and keeps its inverse.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from briefing.core.document import Change, Document
from briefing.core.errors import ReadOnlyProject
from briefing.core.operations import Operation
from briefing.core.project import Project
from briefing.gui.qt_workarounds import immortalize_singletons

_MERGE_ID = 0x4252


class OperationCommand(QUndoCommand):
    """One generic undo command over a core operation and its inverse.

    :meth:`ProjectSession.apply` applies the operation *before* pushing the command (so a
    failing operation raises to the caller and leaves no half-made undo step); the
    command's first ``redo`` — which ``QUndoStack.push`` calls — therefore does nothing.
    """

    def __init__(
        self,
        session: ProjectSession,
        operation: Operation,
        merge_key: str | None = None,
        inverse: Operation | None = None,
    ):
        super().__init__(operation.description)
        self._session = session
        self._operation = operation
        self._inverse: Operation | None = inverse
        self._merge_key = merge_key
        self._already_applied = inverse is not None

    def redo(self) -> None:
        if self._already_applied:
            self._already_applied = False
            return
        self._inverse = self._session._apply_now(self._operation)

    def undo(self) -> None:
        assert self._inverse is not None
        self._operation = self._session._apply_now(self._inverse)

    def id(self) -> int:
        return _MERGE_ID if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing into one field merges into one undo step: keep our inverse, take their state."""
        if not isinstance(other, OperationCommand) or other._merge_key != self._merge_key:
            return False
        self._operation = other._operation
        self.setText(other.text())
        return True


class ProjectSession(QObject):
    """Holds the open :class:`Project` and its undo stack; emits what changed."""

    changed = Signal(object, object)
    """``changed(operation, changes)``: an operation (or its undo) was applied and saved;
    ``changes`` is the list of :mod:`briefing.core.document` change events."""

    project_replaced = Signal()
    """Another project was opened: views must reset."""

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        immortalize_singletons()
        super().__init__(parent)
        self._project = project
        self.undo_stack = QUndoStack(self)

    @property
    def project(self) -> Project:
        return self._project

    @property
    def document(self) -> Document:
        return self._project.document

    @property
    def read_only(self) -> bool:
        return self._project.read_only

    def apply(self, operation: Operation, merge_key: str | None = None) -> None:
        """Apply ``operation`` as one undo step. Equal ``merge_key`` values merge (typing)."""
        if self.read_only:
            raise ReadOnlyProject(f"{self._project.path.name} is open read-only")
        inverse = self._apply_now(operation)  # raises before anything reaches the stack
        self.undo_stack.push(OperationCommand(self, operation, merge_key, inverse))

    def begin_macro(self, text: str) -> None:
        self.undo_stack.beginMacro(text)

    def end_macro(self) -> None:
        self.undo_stack.endMacro()

    def replace_project(self, project: Project) -> None:
        old, self._project = self._project, project
        self.undo_stack.clear()
        old.close()
        self.project_replaced.emit()

    def _apply_now(self, operation: Operation) -> Operation:
        changes: list[Change] = []

        def collect(_op: Operation, _inverse: Operation, applied: list[Change]) -> None:
            changes.extend(applied)

        self._project.add_listener(collect)
        try:
            inverse = self._project.apply(operation)
        finally:
            self._project.remove_listener(collect)
        self.changed.emit(operation, changes)
        return inverse
