"""Plain text and Markdown → draft: paragraphs, title line, Markdown headings.

Paragraph conventions differ: copied web text puts one paragraph on each line; e-mail
and hand-written text wrap lines and separate paragraphs by blank lines. A group of
lines between blank lines that looks wrapped (all lines but the last of similar,
moderate length) is joined; otherwise every line is its own paragraph.
"""

from __future__ import annotations

import re

from briefing.ingest.blocks import Block, Draft
from briefing.ingest.boilerplate import is_byline, is_heading_like
from briefing.ingest.datelines import find_dateline

WRAP_MAX_LINE = 100
"""Lines longer than this are not hard-wrapped text."""

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_SETEXT = re.compile(r"^(=+|-+)\s*$")
_MD_LIST = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")


def _markdown_inline(text: str) -> str:
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def _is_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    longest = max(len(line) for line in lines)
    if longest > WRAP_MAX_LINE:
        return False
    body = lines[:-1]
    return all(len(line) >= 0.55 * longest for line in body)


def join_wrapped(lines: list[str]) -> str:
    """Join hard-wrapped lines, repairing words hyphenated at the line end."""
    parts: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not parts:
            parts.append(line)
            continue
        previous = parts[-1]
        hyphenated = (
            len(previous) >= 2
            and previous.endswith("-")
            and previous[-2].isalpha()
            and line[:1].islower()
        )
        if hyphenated:
            parts[-1] = previous[:-1]
            parts.append(line)
        else:
            parts.append(" ")
            parts.append(line)
    return "".join(parts)


def _groups(text: str) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line.strip():
            groups[-1].append(line.rstrip())
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def parse_text(text: str, *, fmt: str, markdown: bool = False, detect_title: bool = True) -> Draft:
    """Paragraphs of a plain-text or Markdown document; the first line may be its title."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    title: str | None = None
    for group in _groups(text):
        pending: list[str] = []

        def flush(pending: list[str] = pending) -> None:
            if not pending:
                return
            if _is_wrapped(pending):
                blocks.append(Block(join_wrapped(pending)))
            else:
                blocks.extend(Block(line.strip()) for line in pending)
            pending.clear()

        for index, line in enumerate(group):
            heading = _MD_HEADING.match(line) if markdown else None
            if markdown and _MD_RULE.match(line):
                flush()
                continue
            if (
                markdown
                and index + 1 < len(group)
                and _MD_SETEXT.match(group[index + 1])
                and not _MD_LIST.match(line)
            ):
                flush()
                blocks.append(Block(_markdown_inline(line.strip()), "heading"))
                continue
            if markdown and _MD_SETEXT.match(line) and index > 0:
                continue
            if heading:
                flush()
                level, content = len(heading.group(1)), _markdown_inline(heading.group(2))
                if level == 1 and title is None and not blocks:
                    title = content
                else:
                    blocks.append(Block(content, "heading"))
                continue
            if markdown and _MD_LIST.match(line):
                flush()
                blocks.append(Block(_markdown_inline(_MD_LIST.sub("", line, count=1))))
                continue
            pending.append(_markdown_inline(line) if markdown else line)
        flush()

    if detect_title and title is None and len(blocks) > 1 and blocks[0].kind == "body":
        first = blocks[0].text
        if (
            is_heading_like(first, max_words=25)
            and find_dateline(first) is None
            and not is_byline(first)
        ):
            title = first
            blocks = blocks[1:]
    return Draft(blocks=blocks, format=fmt, title=title, plain_text=True)
