"""Import speed: the 181 benchmark pages through the importer vs bare ``trafilatura.extract()``.

Both run in this process on the same pages (best of two rounds each, interleaved), after
the language models are loaded; then the seed article's import time (median of 20).
Prints figures and the ratio; exits 0.
"""

from __future__ import annotations

import logging
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import contextlib

from _extraction_data import SHARED, load_pages

from briefing.core.errors import ImportFailed
from briefing.ingest import import_bytes, import_path

SEED = SHARED / "corpus" / "seed" / "konteks-korut-troops.txt"
ROUNDS = 2


def _ours(pages: list[tuple[str, bytes, str]]) -> float:
    t0 = time.perf_counter()
    for page_id, html, _gold in pages:
        with contextlib.suppress(ImportFailed):
            import_bytes(html, name=f"{page_id[:12]}.html")
    return time.perf_counter() - t0


def _bare(pages: list[tuple[str, bytes, str]]) -> float:
    import trafilatura

    t0 = time.perf_counter()
    for _page_id, html, _gold in pages:
        trafilatura.extract(html)
    return time.perf_counter() - t0


def main() -> None:
    logging.disable(logging.WARNING)
    pages = load_pages()
    import_path(SEED)  # loads the language models and trafilatura once
    _bare(pages[:3])
    ours, bare = [], []
    for _ in range(ROUNDS):
        bare.append(_bare(pages))
        ours.append(_ours(pages))
    best_ours, best_bare = min(ours), min(bare)
    print(f"import speed: {len(pages)} pages, best of {ROUNDS} rounds each")
    print(
        f"  trafilatura.extract()  {best_bare:6.2f} s  ({1000 * best_bare / len(pages):.1f} ms/page)"
    )
    print(
        f"  briefing importer      {best_ours:6.2f} s  ({1000 * best_ours / len(pages):.1f} ms/page)"
    )
    print(f"  ratio importer / bare  {best_ours / best_bare:.2f}x   (target <= 1.5x)")
    times = []
    for _ in range(20):
        t0 = time.perf_counter()
        import_path(SEED)
        times.append(time.perf_counter() - t0)
    print(
        f"  seed article import    {1000 * statistics.median(times):.1f} ms median, "
        f"{1000 * min(times):.1f} ms best   (target <= 50 ms)"
    )


if __name__ == "__main__":
    main()
