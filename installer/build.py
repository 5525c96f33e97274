"""Build the one-folder bundle with PyInstaller, then smoke-test the frozen app headlessly.

    .venv/bin/python -m pip install pyinstaller
    .venv/bin/python installer/build.py

The smoke test runs the frozen ``briefing --version``, ``briefing demo`` (import,
analysis and both exports inside the bundle) and opens the main window on the offscreen
platform, closing it after its first paint. Exit status non-zero on any failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "briefing"


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> None:
    print("+", " ".join(args), flush=True)
    subprocess.run(args, check=True, timeout=timeout, env={**os.environ, **(env or {})})


def build() -> None:
    run(
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(ROOT / "dist"),
        "--workpath",
        str(ROOT / "build"),
        str(ROOT / "installer" / "briefing.spec"),
    )


def smoke_test() -> None:
    exe = DIST / ("briefing.exe" if os.name == "nt" else "briefing")
    run(str(exe), "--version")
    with tempfile.TemporaryDirectory() as tmp:
        run(str(exe), "demo", "--out", tmp)
        for name in ("brief.pdf", "brief.docx"):
            if (Path(tmp) / name).stat().st_size < 1000:
                raise SystemExit(f"frozen demo wrote an empty {name}")
        run(
            str(exe),
            env={
                "QT_QPA_PLATFORM": "offscreen",
                "BRIEFING_QUIT_AFTER_PAINT": "1",
                "BRIEFING_DATA_DIR": tmp,
                "BRIEFING_CONFIG_DIR": tmp,
            },
        )
    print(f"bundle OK: {DIST}")


if __name__ == "__main__":
    if "--smoke-only" not in sys.argv:
        build()
    smoke_test()
