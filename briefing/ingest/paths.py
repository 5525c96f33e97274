"""Folder drops: the importable files inside, in a stable order."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from briefing.ingest.sniff import SUPPORTED_SUFFIXES


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files stay as given (their content decides later); folders become the files with
    an importable suffix inside them, recursively, sorted, hidden ones skipped."""
    result: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = [
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not _hidden(p, path)
            ]
            result.extend(sorted(found, key=lambda p: str(p.relative_to(path)).casefold()))
        else:
            result.append(path)
    return result
