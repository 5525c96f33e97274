"""Keep the compiled methods of the app's dataclasses between runs, as Python keeps ``.pyc``.

``@dataclass`` writes the source of each generated method (``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, a frozen class's ``__setattr__``/``__delattr__``) and compiles it
with ``exec`` when the class is defined: about 1.5 ms a class on Python 3.12, some 60 ms
for the classes the window imports before its first paint, every start, in every worker
process. Python caches the bytecode of modules but not of these strings.

:func:`install` gives the ``dataclasses`` module an ``exec`` that looks the source text up
in a cache of code objects first. Only dataclasses of this package (their module's name
starts with ``briefing.``) use the cache; every other call goes to the builtin unchanged.
The key is the whole source text, so a changed class simply misses, and a code object from
the cache is the one ``exec`` would compile from that text (same filename, no inherited
compiler flags: ``dataclasses`` has no ``__future__`` imports). The cache lives where
Python puts this package's bytecode (``__pycache__``, or under ``sys.pycache_prefix``),
one file per interpreter and optimisation level, headed by the interpreter's bytecode
magic number; it is written at exit when the run compiled something new, atomically, and
not at all when Python is told not to write bytecode or the folder is read-only. A missing,
foreign or damaged file is ignored.
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import importlib.util
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

PACKAGE = "briefing."
_MAX_ENTRIES = 4000  # far above the app's ~300 methods: old entries of edited classes

_builtin_exec = builtins.exec


class _Cache:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.codes: dict[str, CodeType] = {}
        self.used: set[str] = set()
        self.added = 0
        if path is not None:
            self.codes = _read(path)

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        module = globals.get("__name__") if isinstance(globals, dict) else None
        if not (isinstance(source, str) and isinstance(module, str) and module.startswith(PACKAGE)):
            _builtin_exec(source, globals, locals)
            return
        code = self.codes.get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            self.codes[source] = code
            self.added += 1
        self.used.add(source)
        _builtin_exec(code, globals, locals)

    def save(self) -> None:
        if self.path is None or not self.added or sys.dont_write_bytecode:
            return
        codes = self.codes
        if len(codes) > _MAX_ENTRIES:
            codes = {text: code for text, code in codes.items() if text in self.used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            data = importlib.util.MAGIC_NUMBER + marshal.dumps(codes)
            scratch = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            try:
                scratch.write_bytes(data)
                os.replace(scratch, self.path)
            except BaseException:
                scratch.unlink(missing_ok=True)
                raise
        except OSError:
            return  # like Python's own bytecode: a read-only install just does not cache
        self.added = 0


def _read(path: Path) -> dict[str, CodeType]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    magic = importlib.util.MAGIC_NUMBER
    if not data.startswith(magic):
        return {}
    try:
        codes = marshal.loads(data[len(magic) :])
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(codes, dict):
        return {}
    return {k: v for k, v in codes.items() if isinstance(k, str) and isinstance(v, CodeType)}


def cache_path() -> Path | None:
    """Where this interpreter keeps the cache: beside the package's own bytecode."""
    tag = sys.implementation.cache_tag
    if tag is None or getattr(sys, "frozen", False):
        return None  # a frozen bundle writes no bytecode into its own folder either
    name = f"dataclass-methods.{tag}.opt{sys.flags.optimize}.bin"
    try:
        marker = importlib.util.cache_from_source(str(Path(__file__).resolve()))
    except (NotImplementedError, ValueError):
        return None
    return Path(marker).parent / name  # cache_from_source honours sys.pycache_prefix


_installed: _Cache | None = None


def install(path: Path | None = None) -> _Cache:
    """Route the ``dataclasses`` module's ``exec`` through the cache (once per process)."""
    global _installed
    if _installed is not None:
        return _installed
    cache = _Cache(path if path is not None else cache_path())
    dataclasses.exec = cache.exec  # type: ignore[attr-defined]
    atexit.register(cache.save)
    _installed = cache
    return cache
