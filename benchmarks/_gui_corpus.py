"""Distinct real articles for the GUI benchmarks, written as .txt files at run time.

The texts come from IndoSum in ``../shared/bench/indosum`` (CC BY-SA 4.0) and are never
stored in the repository: each run detokenises them into a temporary folder.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BRIEFING_SHARED_DIR") or REPO.parent / "shared")
INDOSUM = SHARED / "bench" / "indosum" / "dev.01.jsonl"

_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]])")
_SPACE_AFTER = re.compile(r"([(\[]) ")


def _detokenise(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = _SPACE_BEFORE.sub(r"\1", text)
    return _SPACE_AFTER.sub(r"\1", text)


def write_articles(folder: Path, count: int) -> list[Path]:
    """``count`` distinct Indonesian news articles as UTF-8 .txt files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    with INDOSUM.open(encoding="utf-8") as lines:
        for line in lines:
            if len(paths) >= count:
                break
            record = json.loads(line)
            paragraphs = [
                " ".join(_detokenise(sentence) for sentence in paragraph)
                for paragraph in record["paragraphs"]
            ]
            if sum(len(p) for p in paragraphs) < 600:
                continue
            path = folder / f"article-{len(paths):03d}.txt"
            path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
            paths.append(path)
    if len(paths) < count:
        raise SystemExit(f"only {len(paths)} usable articles in {INDOSUM}")
    return paths


def write_report(folder: Path, count: int) -> Path:
    """One long document (a report a user might drop): ``count`` articles joined."""
    parts = [path.read_text(encoding="utf-8") for path in write_articles(folder / "parts", count)]
    path = folder / f"report-{count}.txt"
    path.write_text("Laporan gabungan\n\n" + "\n".join(parts), encoding="utf-8")
    return path
