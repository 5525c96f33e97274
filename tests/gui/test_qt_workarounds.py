"""The PySide6 reference-count work-around keeps a long session alive."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Signal

from briefing.gui.qt_workarounds import immortalize_singletons


class _Emitter(QObject):
    happened = Signal(object)


class _EmptyModel(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 1

    def data(self, index: QModelIndex, role: int = 0) -> None:
        return None


def test_many_signals_and_empty_roles_do_not_exhaust_the_singletons(qapp) -> None:
    immortalize_singletons()
    emitter = _Emitter()
    seen: list[object] = []
    emitter.happened.connect(seen.append)
    model = _EmptyModel()
    index = model.index(0, 0)
    for n in range(20_000):
        emitter.happened.emit(n)
        assert index.data(0x100) is None
    assert len(seen) == 20_000
    # Without the work-around these counts would be near zero (or the process aborted).
    assert sys.getrefcount(True) > 1 << 30
    assert sys.getrefcount(None) > 1 << 30
