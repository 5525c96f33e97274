"""Analysis speed: articles per second over IndoSum, one process, models already loaded.

Run: ``.venv/bin/python benchmarks/analysis_speed.py [--limit N]``.

The language is given (``id``), so language detection is not measured. Prints the
whole ``analyze`` rate, a per-stage breakdown (same articles, each stage alone), the
seed article in milliseconds, and how often our sentence splitter reproduces IndoSum's
gold sentence boundaries (the key-fact scorer reads our sentences; a gold first sentence
is compared from where its dateline ends, since ours leave the dateline out). Target: ≥ 100
articles/s and the seed ≤ 30 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from _machine import calibration_line  # noqa: E402
from keyfacts_data import Example, load_examples  # noqa: E402

from briefing.analysis import analyze  # noqa: E402
from briefing.analysis.actors import extract_actors  # noqa: E402
from briefing.analysis.dates import extract_dates, reference_date  # noqa: E402
from briefing.analysis.figures import extract_figures  # noqa: E402
from briefing.analysis.keyfacts import score_sentences  # noqa: E402
from briefing.analysis.outlook import extract_outlook  # noqa: E402
from briefing.analysis.quotes import extract_quotes  # noqa: E402
from briefing.analysis.sentences import split_sentences  # noqa: E402
from briefing.analysis.speakers import SpeakerContext  # noqa: E402
from briefing.analysis.statements import extract_statements  # noqa: E402
from briefing.core.model import Article, LanguageGuess, Origin, Paragraph  # noqa: E402
from briefing.ingest.datelines import find_dateline  # noqa: E402

SEED = REPO.parent / "shared" / "corpus" / "seed" / "konteks-korut-troops.txt"
TARGET_RATE = 100.0
TARGET_SEED_MS = 30.0


def seed_article() -> Article:
    try:
        from briefing.ingest import import_path  # type: ignore[attr-defined]

        article: Article = import_path(SEED)
        return article
    except ImportError:
        text = SEED.read_text(encoding="utf-8")
        paragraphs = []
        position = 0
        for line in text.split("\n"):
            if line.strip():
                paragraphs.append(Paragraph(position, position + len(line)))
            position += len(line) + 1
        return Article(
            "seed",
            "",
            text,
            tuple(paragraphs),
            Origin(str(SEED), "text", ""),
            LanguageGuess("id", 1.0),
            published=date(2024, 10, 24),
        )


def timed(articles: Sequence[Article], work: Callable[[Article], Any]) -> list[float]:
    """CPU seconds per article: on a shared machine wall time measures the neighbours."""
    durations = []
    for article in articles:
        started = time.process_time()
        work(article)
        durations.append(time.process_time() - started)
    return durations


def quotes_and_statements(article: Article) -> None:
    sentences = split_sentences(article.text, article.paragraphs, article.language.code)
    context = SpeakerContext.build(article.text, sentences, article.language.code)
    quotes = extract_quotes(article, sentences, context=context)
    extract_statements(article, sentences, quotes, context=context)


def stage(function: Callable[..., Any], *, with_quotes: bool = False) -> Callable[[Article], Any]:
    def run(article: Article) -> Any:
        sentences = split_sentences(article.text, article.paragraphs, article.language.code)
        if with_quotes:
            return function(article, sentences, extract_quotes(article, sentences))
        return function(article, sentences)

    return run


def _story_start(text: str, start: int) -> int:
    """Where a gold sentence starts once a dateline in front of it is left out, as our
    splitter does ("Jakarta, CNN Indonesia -- Presiden …" starts at "Presiden")."""
    found = find_dateline(text[start : start + 80])
    if found is None:
        return start
    start += found.end
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def sentence_agreement(examples: Sequence[Example]) -> tuple[float, float, float]:
    """Precision/recall/F1 of our sentence spans against IndoSum's gold sentences."""
    tp = fp = fn = 0
    for example in examples:
        article = example.article
        ours = {
            (s.start, s.end)
            for s in split_sentences(article.text, article.paragraphs, article.language.code)
        }
        gold = {(_story_start(article.text, s.start), s.end) for s in example.sentences}
        tp += len(ours & gold)
        fp += len(ours - gold)
        fn += len(gold - ours)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = parser.parse_args()
    examples = load_examples()
    if args.limit:
        examples = examples[: args.limit]
    articles = [e.article for e in examples]
    chars = sum(len(a.text) for a in articles)
    print(f"IndoSum: {len(articles)} articles, {chars / len(articles):.0f} characters on average")

    analyze(articles[0])  # load tables and models once
    print(calibration_line(), "(before)")
    wall_started = time.perf_counter()
    durations = timed(articles, analyze)
    wall = time.perf_counter() - wall_started
    total = sum(durations)
    rate = len(articles) / total
    print(
        f"analyze: {rate:.1f} articles/s ({rate / TARGET_RATE:.2f}x the {TARGET_RATE:.0f}/s target); "
        f"mean {statistics.mean(durations) * 1000:.2f} ms, "
        f"p95 {sorted(durations)[int(0.95 * len(durations))] * 1000:.2f} ms (CPU time); "
        f"wall clock {len(articles) / wall:.1f} articles/s"
    )
    print(calibration_line(), "(after)")

    def outlook(article: Article) -> object:
        sentences = split_sentences(article.text, article.paragraphs, article.language.code)
        reference = reference_date(article)
        dates = extract_dates(article, sentences, reference)
        keys = score_sentences(article, sentences)
        return extract_outlook(article, sentences, dates, keys, reference)

    stages: list[tuple[str, Callable[[Article], Any]]] = [
        (
            "sentences",
            lambda a: split_sentences(a.text, a.paragraphs, a.language.code),
        ),
        ("quotes+statements (incl. sentences)", quotes_and_statements),
        ("figures (incl. sentences)", stage(extract_figures)),
        ("dates (incl. sentences)", stage(extract_dates)),
        ("key facts (incl. sentences)", stage(score_sentences)),
        ("actors (incl. sentences+quotes)", stage(extract_actors, with_quotes=True)),
        ("outlook (incl. sentences, dates, key facts)", outlook),
    ]
    for label, work in stages:
        spent = sum(timed(articles, work))
        print(
            f"  {label}: {spent / len(articles) * 1000:.2f} ms/article ({spent / total:.0%} of analyze)"
        )

    seed = seed_article()
    analyze(seed)
    runs = timed([seed] * 20, analyze)
    seed_ms = statistics.median(runs) * 1000
    print(f"seed article: {seed_ms:.1f} ms CPU, median of 20 (target ≤ {TARGET_SEED_MS:.0f} ms)")

    precision, recall, f1 = sentence_agreement(examples)
    print(f"sentence boundaries vs IndoSum gold: P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
