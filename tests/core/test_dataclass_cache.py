"""The cache of compiled dataclass methods: same classes, fewer compilations, safe files."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from briefing import dataclass_cache
from briefing.dataclass_cache import _Cache

REPO = Path(__file__).resolve().parents[2]

SOURCE = """
from dataclasses import InitVar, dataclass, field
from typing import ClassVar

@dataclass(frozen=True, slots=True)
class Point:
    x: int
    y: int = 0
    tags: tuple[str, ...] = ()

@dataclass(kw_only=True)
class Box:
    LIMIT: ClassVar[int] = 3
    items: list[int] = field(default_factory=list)
    label: str = "box"
    scale: InitVar[int] = 1

    def __post_init__(self, scale: int) -> None:
        self.items = [i * scale for i in self.items]

@dataclass(order=True, eq=True, unsafe_hash=True)
class Rank:
    score: float
    name: str = field(default="", compare=False)
"""


@pytest.fixture(autouse=True)
def _bytecode_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    # the test run may set PYTHONDONTWRITEBYTECODE; the cache obeys it (tested below)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def _define(monkeypatch: pytest.MonkeyPatch, cache: _Cache, name: str) -> types.ModuleType:
    """Run SOURCE as a module called ``name`` with ``cache`` as the dataclasses' exec."""
    monkeypatch.setattr(dataclasses, "exec", cache.exec, raising=False)
    module = types.ModuleType(name)
    monkeypatch.setitem(sys.modules, name, module)
    exec(compile(SOURCE, f"<{name}>", "exec"), module.__dict__)
    return module


def _check_behaviour(module: types.ModuleType) -> None:
    point = module.Point(1, tags=("a",))
    assert point == module.Point(1, 0, ("a",))
    assert hash(point) == hash(module.Point(1, 0, ("a",)))
    assert repr(point) == "Point(x=1, y=0, tags=('a',))"
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 2  # type: ignore[misc]
    box = module.Box(items=[1, 2], scale=10)
    assert box.items == [10, 20] and box.label == "box" and module.Box().items == []
    with pytest.raises(TypeError):
        module.Box([1])  # keyword-only
    assert module.Rank(1.0, "a") < module.Rank(2.0, "b")
    assert module.Rank(1.0, "a") == module.Rank(1.0, "b")
    assert [f.name for f in dataclasses.fields(module.Point)] == ["x", "y", "tags"]


def test_cached_methods_behave_like_freshly_compiled_ones(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "methods.bin"
    first = _Cache(path)
    fresh = _define(monkeypatch, first, "briefing._probe_first")
    _check_behaviour(fresh)
    assert first.added >= 10  # init, repr, eq, hash, setattr, delattr, order ... compiled
    compiled = first.added
    first.save()
    assert path.read_bytes().startswith(importlib.util.MAGIC_NUMBER)
    assert first.added == 0  # saved: nothing new to write at exit

    second = _Cache(path)
    assert len(second.codes) == compiled
    cached = _define(monkeypatch, second, "briefing._probe_second")
    assert second.added == 0  # every method came from the file
    assert len(second.used) == len(second.codes)
    _check_behaviour(cached)
    for cls in ("Point", "Box", "Rank"):
        for method in ("__init__", "__repr__", "__eq__"):
            a = getattr(getattr(fresh, cls), method).__code__
            b = getattr(getattr(cached, cls), method).__code__
            assert a.co_code == b.co_code and a.co_consts == b.co_consts, (cls, method)


def test_other_packages_compile_as_before(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cache = _Cache(tmp_path / "methods.bin")
    module = _define(monkeypatch, cache, "someone_else.models")
    _check_behaviour(module)
    assert cache.added == 0 and not cache.codes
    cache.save()
    assert not (tmp_path / "methods.bin").exists()


def test_plain_exec_calls_still_work(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cache = _Cache(tmp_path / "methods.bin")
    namespace: dict[str, object] = {"__name__": "briefing.x"}
    cache.exec("y = 6 * 7", namespace)
    assert namespace["y"] == 42
    code = compile("z = 1", "<s>", "exec")
    other: dict[str, object] = {}
    cache.exec(code, other)  # a code object, no module name: straight to the builtin
    assert other["z"] == 1


@pytest.mark.parametrize(
    "content",
    [b"", b"not a cache", importlib.util.MAGIC_NUMBER + b"\x00garbage", b"\x00\x00\x00\x00rest"],
)
def test_damaged_or_foreign_files_are_ignored(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "methods.bin"
    path.write_bytes(content)
    cache = _Cache(path)
    assert cache.codes == {}
    _check_behaviour(_define(monkeypatch, cache, "briefing._probe_damaged"))
    cache.save()
    assert len(_Cache(path).codes) == len(cache.codes) > 0  # rewritten whole


def test_wrong_types_inside_a_valid_file_are_dropped(tmp_path: Path) -> None:
    import marshal

    path = tmp_path / "methods.bin"
    good = compile("x = 1", "<string>", "exec")
    payload = {"x = 1": good, "bad": 3, 7: good}
    path.write_bytes(importlib.util.MAGIC_NUMBER + marshal.dumps(payload))
    assert list(_Cache(path).codes) == ["x = 1"]
    path.write_bytes(importlib.util.MAGIC_NUMBER + marshal.dumps([1, 2]))
    assert _Cache(path).codes == {}


def test_an_unwritable_place_is_no_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    cache = _Cache(blocker / "sub" / "methods.bin")
    _define(monkeypatch, cache, "briefing._probe_readonly")
    cache.save()  # mkdir fails: silently no cache, like Python's own bytecode
    assert cache.added > 0
    assert list(tmp_path.iterdir()) == [blocker]


def test_no_file_when_python_writes_no_bytecode(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cache = _Cache(tmp_path / "methods.bin")
    _define(monkeypatch, cache, "briefing._probe_nobytecode")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    cache.save()
    assert not (tmp_path / "methods.bin").exists()


def test_a_full_cache_keeps_only_what_this_run_used(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "methods.bin"
    cache = _Cache(path)
    stale = compile("pass", "<string>", "exec")
    cache.codes = {f"# old {i}\npass": stale for i in range(5)}
    monkeypatch.setattr(dataclass_cache, "_MAX_ENTRIES", 3)
    _define(monkeypatch, cache, "briefing._probe_full")
    cache.save()
    kept = _Cache(path).codes
    assert kept and not any(text.startswith("# old") for text in kept)


def test_the_cache_sits_beside_the_package_bytecode() -> None:
    path = dataclass_cache.cache_path()
    assert path is not None
    marker = Path(importlib.util.cache_from_source(dataclass_cache.__file__))
    assert path.parent == marker.parent
    assert sys.implementation.cache_tag in path.name


def test_the_app_compiles_its_dataclasses_once_across_processes(tmp_path: Path) -> None:
    """Two fresh interpreters import the domain model: the second compiles nothing."""
    script = (
        "import json, briefing.core.operations, briefing.dataclass_cache as d;"
        "c = d._installed;"
        "print(json.dumps({'added': c.added, 'known': len(c.codes), 'path': str(c.path)}))"
    )
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp_path / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def run() -> dict[str, object]:
        out = subprocess.run(
            [sys.executable, "-c", script],
            env=env,
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
        return dict(json.loads(out.stdout.strip().splitlines()[-1]))

    first = run()
    assert str(first["path"]).startswith(str(tmp_path / "pycache"))
    assert isinstance(first["added"], int) and first["added"] > 50
    second = run()
    assert second["added"] == 0
    assert second["known"] == first["added"]


def test_installed_in_every_process_that_imports_the_package() -> None:
    cache = dataclass_cache._installed
    assert cache is not None
    assert dataclasses.exec == cache.exec  # type: ignore[attr-defined]
    assert dataclass_cache.install() is cache  # once per process


def test_a_frozen_bundle_keeps_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert dataclass_cache.cache_path() is None
    assert _Cache(None).codes == {}
