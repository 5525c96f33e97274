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
"""

from __future__ import annotations

import functools
import logging
import sys

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
