"""Work-arounds for bugs in the Qt bindings we ship with.

PySide6 6.12.0 on Python 3.11 loses references to the interpreter's singletons:

- every ``Signal.emit()`` from Python drops one reference to ``True``;
- every C++ call of a Python override that returns ``None`` where Qt expects a
  ``QVariant`` (an item model's ``data()`` for a role it does not answer) drops one
  reference to ``None``.

A few thousand signals or view repaints later the count reaches zero and the
interpreter aborts ("bool_dealloc" / "none_dealloc: deallocating …") — a crash at a
random moment of an analyst's day. The QtPdf add-on exists only for 6.12, so pinning an
older binding is not an option. Python 3.12 makes these singletons immortal (PEP 683);
:func:`immortalize_singletons` does the same on 3.11 by giving them a reference count
no session can exhaust. It is idempotent and is called when a :class:`ProjectSession`
is made (every GUI entry point makes one); the application may call it earlier.

Not a bug but a cost: after ``PySide6.QtCore`` is imported, PySide6 looks at every module
imported later and reads its whole source for the word "PySide6" (``__feature__``
bookkeeping: which modules may switch on ``snake_case``/``true_property``). For the app's
~90 modules that is ~25 ms of every start (7% of the time to the first paint);
:func:`skip_feature_source_scan` answers the question without reading files.
"""

from __future__ import annotations

import functools
import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)

_SPARE_REFERENCES = 1 << 40
"""Enough for 10^12 lost references; far below the 2^63 limit of ``Py_ssize_t``."""


@functools.cache
def immortalize_singletons() -> bool:
    """Make ``None``, ``True`` and ``False`` unkillable; True when anything was done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes  # only needed on 3.11; the module costs start-up time on every version

    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        refcount.value += _SPARE_REFERENCES
    log.debug("None/True/False made immortal (PySide6 reference-count work-around)")
    return True


_FEATURE_MODULE = "shibokensupport.feature"
_APP_PACKAGE = "briefing."


def skip_feature_source_scan() -> bool:
    """Spare PySide6 reading the source of every module imported after it; True if done.

    PySide6's ``__feature__`` support records, per module, whether it uses PySide6 (its
    classes then follow the module's feature selection) or not (ignored). It decides by
    reading the module's source. The answer is known without that for the app's own
    modules (they use PySide6, or use no Qt at all, where the record changes nothing:
    the app selects no feature) and for the standard library (never PySide6); any other
    module still gets PySide6's own check. Idempotent; does nothing when PySide6 is not
    imported yet or its internals have changed (an optimisation, never a requirement).
    """
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "_briefing_fast", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name.startswith(_APP_PACKAGE):
            return True
        if name.partition(".")[0] in sys.stdlib_module_names:
            return False
        return bool(original(module))

    uses_pyside._briefing_fast = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    log.debug("PySide6's per-module source scan skipped for the app and the stdlib")
    return True
