"""Human-readable text for the command line (the ``--json`` output is the contract)."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.analysis.suggestions import ArticleAnalysis
    from briefing.core.model import Article

WIDTH = 100


def _clip(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe_article(article: Article) -> str:
    words = len(article.text.split())
    headings = sum(1 for p in article.paragraphs if p.kind == "heading")
    language = article.language.code or "unknown"
    if article.language.code:
        language += f" ({article.language.confidence:.0%}"
        language += ", mixed)" if article.language.mixed else ")"
    rows = [
        ("Title", article.title or "(untitled)"),
        ("Publisher", article.publisher or "—"),
        ("Author", article.author or "—"),
        ("Published", article.published.isoformat() if article.published else "—"),
        ("URL", article.url or "—"),
        ("Language", language),
        ("Body", f"{words} words in {len(article.paragraphs)} paragraphs ({headings} headings)"),
        ("Removed", f"{len(article.removed)} passages" if article.removed else "—"),
        ("Source", f"{article.origin.file or article.origin.url} ({article.origin.format})"),
    ]
    lines = [f"{label + ':':<11} {value}" for label, value in rows]
    for removed in article.removed:
        lines.append(f"{'':<11} - [{removed.reason}] {_clip(removed.text, 70)}")
    return "\n".join(lines) + "\n"


def describe_analysis(article: Article, analysis: ArticleAnalysis) -> str:
    text = article.text
    out = [describe_article(article)]

    out.append(f"Quotes ({len(analysis.quotes)})")
    for q in analysis.quotes:
        who = q.speaker or "unknown speaker"
        if q.speaker_role:
            who += f", {q.speaker_role}"
        out.append(
            textwrap.fill(
                f"“{_clip(q.text, 160)}” — {who}",
                WIDTH,
                initial_indent="  ",
                subsequent_indent="    ",
            )
        )
    out.append(f"\nStatements ({len(analysis.statements)})")
    for s in analysis.statements:
        out.append(f"  {s.speaker} ({s.cue}): {_clip(s.text)}")
    out.append(f"\nFigures ({len(analysis.figures)})")
    for f in analysis.figures:
        parts = [
            f.qualifier or "",
            f.text,
            f"= {f.value:g}" if f.value is not None else "",
            f"[{f.unit}]" if f.unit else "",
        ]
        out.append("  " + " ".join(p for p in parts if p))
    out.append(f"\nDates ({len(analysis.dates)})")
    for d in analysis.dates:
        out.append(f"  {d.text} → {d.value or '?'}{'' if d.absolute else ' (relative)'}")
    out.append(f"\nActors ({len(analysis.actors)})")
    for a in analysis.actors:
        role = f", {a.role}" if a.role else ""
        aliases = f" (also: {', '.join(a.aliases)})" if a.aliases else ""
        out.append(f"  {a.kind:<12} {a.name}{role}{aliases} ×{len(a.mentions)}")
    out.append("\nKey sentences")
    for k in analysis.key_sentences[:5]:
        out.append(
            textwrap.fill(
                f"{k.score:.2f} {_clip(text[k.start : k.end], 180)}",
                WIDTH,
                initial_indent="  ",
                subsequent_indent="       ",
            )
        )
    out.append(f"\nOutlook ({len(analysis.outlook)})")
    for o in analysis.outlook:
        evidence = ", ".join([*o.cues, *([o.date] if o.date else [])])
        out.append(
            textwrap.fill(
                f"{o.score:.2f} {_clip(text[o.start : o.end], 180)} [{evidence}]",
                WIDTH,
                initial_indent="  ",
                subsequent_indent="       ",
            )
        )
    return "\n".join(out) + "\n"
