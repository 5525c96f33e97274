"""Accepting suggestions without doubling the brief: the same report twice is one item.

Two sources often report the same figure (``3.000 tentara Korea Utara``). An analyst
wants one row in the Figures table citing both — corroboration at a glance — not two
rows. Merging must never lose a fact, though: ``12 orang tewas dan 12 orang luka-luka``
holds two figures with the same value and unit, and the words that tell them apart are
not in the figure. So figures merge only when everything the item says agrees — value,
unit, qualifier, date and the counted noun phrase — and that phrase says more than the
bare unit (``tentara Korea Utara``, not just ``orang``). Any other item merges only when
its kind, text and note are identical. A different value is never merged: that is a
conflict, reported elsewhere (``conflicts``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.core.document import Document
from briefing.core.model import Figure, Item
from briefing.core.operations import InsertItem, Operation, UpdateItem


def _norm(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def same_item_key(item: Item) -> tuple[object, ...] | None:
    """What makes two items the same report; None when the item must stay on its own."""
    if isinstance(item, Figure):
        unit, what = _norm(item.unit), _norm(item.what)
        if item.value is None or not what or what == unit or len(what.split()) < 2:
            return None  # a bare "12 orang" cannot tell the killed from the injured
        return ("figure", round(item.value, 6), unit, _norm(item.qualifier), item.as_of, what)
    text = _norm(item.headline)
    return (item.kind, text, _norm(item.note)) if text else None


def with_citations_of(item: Item, other: Item) -> Item:
    """``item`` citing also what ``other`` cites (each passage once, first ones first)."""
    known = {(c.article_id, c.start, c.end) for c in item.citations}
    extra = tuple(c for c in other.citations if (c.article_id, c.start, c.end) not in known)
    return item.with_changes(citations=item.citations + extra) if extra else item


def merge_items(items: Sequence[Item]) -> Item:
    """The analyst's own merge: the first item's words, every item's citations and notes.

    Used when the analyst decides two rows are one report (the lead's and a quote's
    "3.000 tentara"), which the automatic merge above is too careful to decide.
    """
    if not items:
        raise ValueError("nothing to merge")
    first, *rest = items
    merged = first
    for other in rest:
        merged = with_citations_of(merged, other)
    notes: dict[str, str] = {}  # each distinct note once, in its own words and lines
    for item in items:
        if item.note.strip():
            notes.setdefault(" ".join(item.note.split()).casefold(), item.note.strip())
    note = "\n".join(notes.values())
    return merged.with_changes(note=note) if note != merged.note.strip() else merged


@dataclass
class AcceptPlan:
    """The operations that put accepted items in the brief, and what became of each."""

    operations: list[Operation] = field(default_factory=list)
    item_ids: list[str] = field(default_factory=list)
    """For each accepted item, in order, the id of the brief item now holding it."""
    added: int = 0
    merged: int = 0
    """Items that joined an item already there (their citations added to it)."""


def plan_accept(document: Document, placed: Sequence[tuple[str, Item]]) -> AcceptPlan:
    """Operations adding each ``(section, item)`` at the end of its section, merging an
    item into an existing or earlier one that reports the same thing."""
    plan = AcceptPlan()
    holders: dict[tuple[object, ...], str] = {}
    for _section, _index, existing in document.all_items():
        key = same_item_key(existing)
        if key is not None:
            holders.setdefault(key, existing.id)
    new_items: dict[str, tuple[str, Item]] = {}  # id → (section, item), insertion order
    updated: dict[str, Item] = {}
    for section, item in placed:
        key = same_item_key(item)
        holder_id = holders.get(key) if key is not None else None
        if holder_id is None:
            new_items[item.id] = (section, item)
            if key is not None:
                holders[key] = item.id
            plan.item_ids.append(item.id)
            plan.added += 1
            continue
        plan.item_ids.append(holder_id)
        plan.merged += 1
        if holder_id in new_items:
            held_section, held = new_items[holder_id]
            new_items[holder_id] = (held_section, with_citations_of(held, item))
        else:
            current = updated.get(holder_id) or document.item(holder_id)
            updated[holder_id] = with_citations_of(current, item)
    for holder_id, item in updated.items():
        if item != document.item(holder_id):
            plan.operations.append(UpdateItem(item, "Add citations"))
    counts: dict[str, int] = {}
    for section, item in new_items.values():
        index = len(document.items(section)) + counts.get(section, 0)
        counts[section] = counts.get(section, 0) + 1
        plan.operations.append(InsertItem(section, index, item))
    return plan
