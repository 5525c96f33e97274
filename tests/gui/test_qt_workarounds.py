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


def test_the_feature_source_scan_is_answered_without_reading_files(monkeypatch) -> None:
    import json
    import types

    from briefing.gui import qt_workarounds

    feature = sys.modules["shibokensupport.feature"]
    read: list[str] = []

    def reading_check(module: types.ModuleType) -> bool:
        read.append(module.__name__)
        return True

    monkeypatch.setattr(feature, "_mod_uses_pyside", reading_check)
    assert qt_workarounds.skip_feature_source_scan()
    assert qt_workarounds.skip_feature_source_scan()  # idempotent: not wrapped twice
    check = feature._mod_uses_pyside
    assert check is not reading_check
    assert check(qt_workarounds) is True  # the app's own modules use PySide6
    assert check(json) is False  # the standard library never does
    assert read == []
    other = types.ModuleType("somelib.widgets")
    assert check(other) is True  # anything else: PySide6's own check, as before
    assert read == ["somelib.widgets"]


def test_the_scan_is_left_alone_before_pyside_is_imported(monkeypatch) -> None:
    from briefing.gui import qt_workarounds

    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert not qt_workarounds.skip_feature_source_scan()
