"""Score ``analyze`` on the seed article against ``../shared/corpus/seed/gold.json``.

Run: ``.venv/bin/python benchmarks/seed_gold.py``. Prints one line per aspect: quotes
(exact text + speaker), false quotes, reported statements, figures, the article date,
people with roles, organisations, places and aliases. Targets (issue 4): 8/8 quotes with
the right speaker, 0 false quotes; 3000 (with its qualifier), 10000 and 1500 troops; the
date 2024-10-24; the 4 people with roles; ≥ 6/7 organisations; ≥ 12/14 places; aliases
merged. Exits 0 whatever the scores (a benchmark reports, it does not judge).
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from briefing.analysis import analyze  # noqa: E402
from briefing.analysis.suggestions import ArticleAnalysis  # noqa: E402
from briefing.core.model import Article, LanguageGuess, Origin, Paragraph  # noqa: E402

SEED_DIR = REPO.parent / "shared" / "corpus" / "seed"
SEED = SEED_DIR / "konteks-korut-troops.txt"
GOLD = SEED_DIR / "gold.json"

# our reading of each gold statement's gist: words its reported content contains
STATEMENT_WORDS = {
    "still unclear what the troops will do": "belum jelas",
    "North Korea has deployed troops to Russia": "mengerahkan pasukan",
    "US still trying to determine North Korea's role": "menentukan peran",
    "US briefed Ukraine's government and consults allies": "pengarahan",
    "training and possible deployment is a sign of serious Russian desperation": "keputusasaan",
    "Putin may be in bigger trouble than most realise": "masalah yang lebih besar",
    "the move violates UN Security Council resolutions": "pelanggaran Resolusi",
    "10,000 troops and technical personnel being prepared": "10.000 tentara",
    "a small number of North Koreans already work with the Russian military": "sejumlah kecil",
    "North Korea sent 1,500 troops including special forces to Russia for training": "1.500",
}


def load_seed() -> tuple[Article, str]:
    """The seed as the importer makes it (else built from its lines) and how it was made."""
    try:
        from briefing.ingest import import_path

        return import_path(SEED), "briefing.ingest.import_path"
    except ImportError:
        text = SEED.read_text(encoding="utf-8")
        paragraphs, position = [], 0
        for line in text.split("\n"):
            if line.strip():
                paragraphs.append(Paragraph(position, position + len(line)))
            position += len(line) + 1
        article = Article(
            "seed",
            "",
            text,
            tuple(paragraphs),
            Origin(str(SEED), "text", ""),
            LanguageGuess("id", 1.0),
            published=date(2024, 10, 24),
        )
        return article, "lines of the file (no importer)"


def score(found: int, total: int) -> str:
    return f"{found}/{total}"


def main() -> int:
    gold: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    article, how = load_seed()
    analyze(article)  # tables and models loaded
    started, cpu_started = time.perf_counter(), time.process_time()
    result: ArticleAnalysis = analyze(article)
    elapsed = (time.perf_counter() - started) * 1000
    cpu = (time.process_time() - cpu_started) * 1000
    print(f"seed article ({how}), analyzed in {cpu:.1f} ms CPU ({elapsed:.1f} ms wall)")

    quotes = {q.text: q for q in result.quotes}
    exact = [g for g in gold["quotes"] if g["text"] in quotes]
    right = [g for g in exact if quotes[g["text"]].speaker == g["speaker"]]
    gold_texts = {g["text"] for g in gold["quotes"]}
    false_quotes = [q.text for q in result.quotes if q.text not in gold_texts]
    print(
        f"quotes: exact text {score(len(exact), len(gold['quotes']))}, "
        f"exact text + speaker {score(len(right), len(gold['quotes']))}"
    )
    for g in gold["quotes"]:
        if g not in right:
            got = quotes.get(g["text"])
            print(
                f"  missed: {g['text'][:50]!r} ({g['speaker']}) got {got.speaker if got else None}"
            )
    print(f"false quotes: {len(false_quotes)}" + (f" {false_quotes}" if false_quotes else ""))
    roles = {q.speaker: q.speaker_role for q in result.quotes}
    print(f"quote speaker roles: {roles}")

    matched = 0
    for g in gold["reported_statements"]:
        words = STATEMENT_WORDS[g["gist"]]
        speaker = g["speaker"].split(" (")[0]
        if any(words in s.text and s.speaker == speaker for s in result.statements):
            matched += 1
        else:
            print(f"  statement missed: {speaker}: {g['gist']}")
    print(
        f"reported statements: {score(matched, len(gold['reported_statements']))} "
        f"with speaker ({len(result.statements)} proposed)"
    )

    figures_found = 0
    for g in gold["figures"]:
        hits = [f for f in result.figures if f.value == g["value"] and f.unit == g["unit"]]
        qualifier_ok = g["qualifier"] is None or any(
            f.qualifier and g["qualifier"].lower().startswith(f.qualifier.lower()) for f in hits
        )
        ok = bool(hits) and qualifier_ok
        figures_found += ok
        print(
            f"  figure {g['value']:g} {g['unit']}: {'found' if hits else 'MISSING'}"
            + (f", qualifier {[f.qualifier for f in hits]}" if hits else "")
        )
    others = [
        f.text for f in result.figures if f.value not in {g["value"] for g in gold["figures"]}
    ]
    print(
        f"figures: {score(figures_found, len(gold['figures']))} (other figures proposed: {others})"
    )

    dates = [d.value for d in result.dates if d.absolute]
    article_date = gold["dates"][0]["value"]
    print(
        f"date {article_date}: {'found' if article_date in dates else 'MISSING'} "
        f"(all dates: {[(d.text, d.value) for d in result.dates]})"
    )

    people = {a.name: a for a in result.actors if a.kind == "person"}
    people_ok = 0
    for g in gold["actors"]["person"]:
        actor = people.get(g["name"])
        ok = actor is not None and (g["role"] is None or actor.role == g["role"])
        people_ok += ok
        if not ok:
            print(f"  person {g['name']} ({g['role']}): got {actor.role if actor else 'MISSING'}")
    print(f"people with roles: {score(people_ok, len(gold['actors']['person']))}")

    names = {a.name for a in result.actors} | {x for a in result.actors for x in a.aliases}
    for kind, label in (("organization", "organisations"), ("place", "places")):
        wanted = gold["actors"][kind]
        got = [n for n in wanted if n in names]
        print(
            f"{label}: {score(len(got), len(wanted))}"
            + (f" missing {sorted(set(wanted) - set(got))}" if len(got) < len(wanted) else "")
        )

    merged = 0
    for alias, canonical in gold["actors"]["aliases"].items():
        owner = [a for a in result.actors if alias == a.name or alias in a.aliases]
        if owner and (owner[0].name == canonical or canonical in owner[0].aliases):
            merged += 1
        else:
            print(f"  alias {alias} → {canonical}: {[a.name for a in owner]}")
    print(f"aliases merged: {score(merged, len(gold['actors']['aliases']))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
