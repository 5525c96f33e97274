"""Import speed: the 181 benchmark pages through the importer vs bare ``trafilatura.extract()``.

Both run in this process on the same pages (each page timed both ways side by side, best
of three rounds), after
the language models are loaded; then the seed article's import time (median of 20).
Prints figures and the ratio; exits 0.
"""

from __future__ import annotations

import contextlib
import logging
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


from _extraction_data import SHARED, load_pages

from briefing.core.errors import ImportFailed
from briefing.ingest import import_bytes, import_path

SEED = SHARED / "corpus" / "seed" / "konteks-korut-troops.txt"
ROUNDS = 3


def _time(function: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    with contextlib.suppress(ImportFailed):
        function()
    return time.perf_counter() - t0


def measure(pages: list[tuple[str, bytes, str]]) -> tuple[float, float]:
    """Total time of bare extraction and of the importer, page by page, interleaved.

    Other processes come and go on a shared machine; timing the two side by side on each
    page, and keeping each page's best of ``ROUNDS``, keeps the ratio fair.
    """
    import trafilatura

    best_bare = [float("inf")] * len(pages)
    best_ours = [float("inf")] * len(pages)
    for _ in range(ROUNDS):
        for index, (page_id, html, _gold) in enumerate(pages):
            bare = _time(lambda html=html: trafilatura.extract(html))
            ours = _time(
                lambda html=html, page_id=page_id: import_bytes(html, name=f"{page_id[:12]}.html")
            )
            best_bare[index] = min(best_bare[index], bare)
            best_ours[index] = min(best_ours[index], ours)
    return sum(best_bare), sum(best_ours)


def main() -> None:
    logging.disable(logging.WARNING)
    pages = load_pages()
    import_path(SEED)  # loads the language models and trafilatura once
    measure(pages[:3])
    best_bare, best_ours = measure(pages)
    print(
        f"import speed: {len(pages)} pages, each page timed both ways side by side, best of {ROUNDS}"
    )
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
