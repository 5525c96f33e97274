"""Every change to a project is an operation: it applies itself and returns its inverse.

Undo is data: the GUI keeps a stack of (operation, inverse) pairs and wraps them in one
generic ``QUndoCommand``; the project file persists each operation in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from briefing.core.document import Document
from briefing.core.model import Article, BriefInfo, Item, SourceGrade


class Operation(Protocol):
    """A change that knows how to undo itself."""

    @property
    def description(self) -> str:
        """What the change does, for "Undo <description>" menu items."""
        ...

    def apply(self, document: Document) -> Operation:
        """Apply the change and return the operation that reverts it."""
        ...


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class InsertItem:
    section: str
    index: int
    item: Item

    @property
    def description(self) -> str:
        return f"Add {self.item.kind} “{_short(self.item.headline)}”"

    def apply(self, document: Document) -> Operation:
        index = min(max(self.index, 0), len(document.items(self.section)))
        document.insert_item(self.section, index, self.item)
        return RemoveItem(self.item.id, _description=f"Add {self.item.kind}")


@dataclass(frozen=True)
class RemoveItem:
    item_id: str
    _description: str = ""

    @property
    def description(self) -> str:
        return self._description or "Remove item"

    def apply(self, document: Document) -> Operation:
        section, index = document.locate(self.item_id)
        item = document.remove_item(section, index)
        return InsertItem(section, index, item)


@dataclass(frozen=True)
class UpdateItem:
    """Replace an item by a new version of itself (same id)."""

    item: Item
    label: str = ""

    @property
    def description(self) -> str:
        return self.label or f"Edit {self.item.kind}"

    def apply(self, document: Document) -> Operation:
        section, index = document.locate(self.item.id)
        old = document.replace_item(section, index, self.item)
        return UpdateItem(old, self.label)


@dataclass(frozen=True)
class MoveItem:
    """Move an item to ``index`` of ``section`` (the index counted after its removal)."""

    item_id: str
    section: str
    index: int

    @property
    def description(self) -> str:
        return "Move item"

    def apply(self, document: Document) -> Operation:
        old_section, old_index = document.locate(self.item_id)
        item = document.remove_item(old_section, old_index)
        index = min(max(self.index, 0), len(document.items(self.section)))
        document.insert_item(self.section, index, item)
        return MoveItem(self.item_id, old_section, old_index)


@dataclass(frozen=True)
class SetInfo:
    info: BriefInfo
    label: str = "Edit brief details"

    @property
    def description(self) -> str:
        return self.label

    def apply(self, document: Document) -> Operation:
        old = document.set_info(self.info)
        return SetInfo(old, self.label)


@dataclass(frozen=True)
class AddArticle:
    article: Article
    index: int | None = None

    @property
    def description(self) -> str:
        return f"Import “{_short(self.article.title or 'article')}”"

    def apply(self, document: Document) -> Operation:
        index = len(document.articles) if self.index is None else self.index
        document.insert_article(index, self.article)
        return RemoveArticle(self.article.id)


@dataclass(frozen=True)
class RemoveArticle:
    """Remove an article. Items citing it keep their citations (flagged as stale)."""

    article_id: str

    @property
    def description(self) -> str:
        return "Remove article"

    def apply(self, document: Document) -> Operation:
        index = document.article_index(self.article_id)
        article = document.remove_article(index)
        return AddArticle(article, index)


@dataclass(frozen=True)
class SetGrade:
    article_id: str
    grade: SourceGrade | None

    @property
    def description(self) -> str:
        return f"Grade source {self.grade}" if self.grade else "Clear source grade"

    def apply(self, document: Document) -> Operation:
        old = document.set_grade(self.article_id, self.grade)
        return SetGrade(self.article_id, old)


@dataclass(frozen=True)
class Batch:
    """Several operations as one (a drag, "accept all"); undone in reverse order."""

    operations: Sequence[Operation] = field(default_factory=tuple)
    label: str = ""

    @property
    def description(self) -> str:
        if self.label:
            return self.label
        if len(self.operations) == 1:
            return self.operations[0].description
        return f"{len(self.operations)} changes"

    def apply(self, document: Document) -> Operation:
        inverses: list[Operation] = []
        try:
            for operation in self.operations:
                inverses.append(operation.apply(document))
        except Exception:
            for inverse in reversed(inverses):
                inverse.apply(document)
            raise
        return Batch(tuple(reversed(inverses)), self.label)
