"""Brief → Markdown, for pasting into mail, wikis and chat."""

from __future__ import annotations

import re

from briefing.core.model import Actor, Figure, Item, Outlook, Quote
from briefing.export.content import BriefView, item_text, outlook_terms, quote_attribution
from briefing.export.text import clean

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def _md(text: str) -> str:
    """User text as literal Markdown (no accidental emphasis, links or HTML)."""
    return _MD_SPECIAL.sub(r"\\\1", clean(text)).replace("\n", "  \n")


def _marks(view: BriefView, item: Item) -> str:
    labels = list(dict.fromkeys(m.label for m in view.item_marks(item)))
    return "".join(f"[^{label}]" if label != "?" else "[?]" for label in labels)


def render_markdown(view: BriefView) -> str:
    lines: list[str] = []
    if view.marking:
        lines += [f"**{_md(view.marking)}**", ""]
    lines += [f"# {_md(view.title)}", ""]
    for key in ("dtg", "author", "organisation", "distribution"):
        value = getattr(view, key)
        if value:
            lines.append(f"- **{_md(view.word(key))}:** {_md(value)}")
    lines.append("")
    for number, section in enumerate(view.sections, 1):
        label = f"{number}. {section.label}" if view.template.numbered_headings else section.label
        lines += [f"## {_md(label)}", ""]
        if section.key == "sources":
            for entry in view.sources:
                url = f" <{entry.url}>" if entry.url.startswith(("http://", "https://")) else ""
                lines.append(
                    f"[^{entry.number}]: {_md(', '.join(entry.labelled_parts(view.words)))}{url}"
                )
            lines.append("")
            continue
        for item in section.items:
            marks = _marks(view, item)
            if isinstance(item, Quote):
                lines.append(f"> “{_md(item.text)}”{marks}")
                if clean(item.translation):
                    lines += [">", f"> *{_md(item.translation)}*"]
                who = quote_attribution(view, item)
                if who:
                    lines += [">", f"> {_md(who)}"]
                lines.append("")
            elif isinstance(item, Figure):
                lines.append(f"- **{_md(view.figure_phrase(item))}**{marks}")
            elif isinstance(item, Actor):
                lines.append(
                    f"- **{_md(item.name)}** ({_md(view.actor_kind(item))}) {_md(item.role)}{marks}"
                )
            elif isinstance(item, Outlook):
                terms = outlook_terms(view, item)
                lines.append(
                    f"- {_md(item.statement)}{marks}" + (f" — *{_md(terms)}*" if terms else "")
                )
            else:
                lines.append(f"- {_md(item_text(item))}{marks}")
        if section.key == "figures":
            lines += ["", *(f"*{_md(c)}*" for c in view.conflicts)]
        lines.append("")
    if view.marking:
        lines.append(f"**{_md(view.marking)}**")
    return "\n".join(lines).rstrip() + "\n"
