"""Helpers for reading exported files back."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

GOLDEN = Path(__file__).parent / "golden"
UPDATE_GOLDEN = os.environ.get("BRIEFING_UPDATE_GOLDEN") == "1"


def pdf_pages_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def compare_golden(name: str, pages: list[str]) -> None:
    """Per-page text against tests/export/golden/<name>; BRIEFING_UPDATE_GOLDEN=1 rewrites it."""
    path = GOLDEN / name
    text = "\n\f\n".join(p.rstrip() for p in pages) + "\n"
    if UPDATE_GOLDEN:
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"no golden file {path}; run with BRIEFING_UPDATE_GOLDEN=1 and review it"
    expected = path.read_text(encoding="utf-8").split("\n\f\n")
    assert len(pages) == len(expected), "page count differs from the golden file"
    for number, (got, want) in enumerate(zip(pages, expected, strict=True), 1):
        assert got.rstrip() == want.rstrip(), f"page {number} text differs from {name}"


def pdffonts(path: Path) -> list[dict[str, str]]:
    """pdffonts' table: name, type, embedded per font."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: the last five columns are fixed
        rows.append({"name": parts[0], "emb": parts[-5], "line": line})
    return rows


def fonts_used_by_text(path: Path) -> dict[str, bool]:
    """BaseFont → embedded, for the fonts the page content actually selects (Tf operator)."""
    from pypdf.generic import ContentStream

    reader = PdfReader(str(path))
    used: dict[str, bool] = {}
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        content = ContentStream(page.get_contents(), reader)
        stack = [(content, fonts)]
        while stack:
            stream, resources = stack.pop()
            for operands, operator in stream.operations:
                if operator == b"Tf":
                    font = resources[operands[0]].get_object()
                    descendant = font.get("/DescendantFonts")
                    described = descendant[0].get_object() if descendant else font
                    descriptor = described.get("/FontDescriptor")
                    embedded = bool(
                        descriptor
                        and any(
                            k in descriptor.get_object()
                            for k in ("/FontFile", "/FontFile2", "/FontFile3")
                        )
                    )
                    used[str(font["/BaseFont"])] = embedded
    return used


# Skipped on a developer machine without poppler; in CI (CI=true) a missing tool fails.
needs_pdffonts = pytest.mark.skipif(
    shutil.which("pdffonts") is None and not os.environ.get("CI"),
    reason="poppler-utils (pdffonts) is not installed; .ci/run installs it",
)
