"""The domain layers never import Qt: core, ingest, analysis and export run without a display.

Each layer is imported in a fresh interpreter in which importing PySide6 (or shiboken6)
raises, so an indirect import through another module is caught too.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

BLOCK_QT = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                raise ImportError(f"Qt imported from a non-GUI layer: {name}")
            return None

    sys.meta_path.insert(0, BlockQt())
    package = importlib.import_module(sys.argv[1])
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
    print("ok")
    """
)


@pytest.mark.parametrize(
    "package", ["briefing.core", "briefing.ingest", "briefing.analysis", "briefing.export"]
)
def test_layer_does_not_import_qt(package: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT, package], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"


def test_the_guard_itself_catches_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT, "briefing.gui"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "Qt imported from a non-GUI layer" in result.stderr


def test_cli_commands_do_not_import_qt() -> None:
    code = BLOCK_QT.split("package = ")[0] + textwrap.dedent(
        """
        from briefing.cli import main
        assert main(["templates"]) == 0
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
