"""Body extraction quality of the ingest HTML importer on the 181-page benchmark.

Prints precision, recall and F1 with the benchmark's own metric (4-token shingles, see
../shared/bench/README.md), for the importer and, measured in the same run, for bare
``trafilatura.extract()``. Exits 0.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _extraction_data import load_pages, page_scores, precision_recall_f1

from briefing.core.errors import ImportFailed
from briefing.ingest import import_bytes


def main() -> None:
    logging.disable(logging.WARNING)
    import trafilatura

    pages = load_pages()
    ours, bare, failures = [], [], []
    t0 = time.perf_counter()
    for page_id, html, gold in pages:
        try:
            text = import_bytes(html, name=f"{page_id[:12]}.html").text
        except ImportFailed as error:
            failures.append(str(error))
            text = ""
        ours.append(page_scores(gold, text))
    elapsed = time.perf_counter() - t0
    for _page_id, html, gold in pages:
        bare.append(page_scores(gold, trafilatura.extract(html) or ""))
    print(f"article extraction: {len(pages)} pages ({elapsed:.1f} s for the importer)")
    for label, scores in (("briefing importer", ours), ("trafilatura.extract()", bare)):
        p, r, f1 = precision_recall_f1(scores)
        print(f"  {label:<24} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    print(f"  pages the importer refused: {len(failures)}")
    for message in failures[:5]:
        print(f"    {message}")
    print("target: F1 >= 0.96 (trafilatura 2.0 published 0.958)")


if __name__ == "__main__":
    main()
