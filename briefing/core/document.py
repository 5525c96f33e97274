"""The state of one project in memory: its articles and its brief.

Only operations (:mod:`briefing.core.operations`) call the mutators here. Each mutator
records a :class:`Change` event; the project file persists the events of an operation in
one transaction, and views (Qt models) update from the same events.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from briefing.core.model import SECTION_KEYS, Article, BriefInfo, Citation, Item, SourceGrade


@dataclass(frozen=True, slots=True)
class ItemInserted:
    section: str
    index: int
    item: Item


@dataclass(frozen=True, slots=True)
class ItemRemoved:
    section: str
    index: int
    item: Item


@dataclass(frozen=True, slots=True)
class ItemReplaced:
    section: str
    index: int
    old: Item
    new: Item


@dataclass(frozen=True, slots=True)
class InfoChanged:
    old: BriefInfo
    new: BriefInfo


@dataclass(frozen=True, slots=True)
class ArticleAdded:
    index: int
    article: Article


@dataclass(frozen=True, slots=True)
class ArticleRemoved:
    index: int
    article: Article


@dataclass(frozen=True, slots=True)
class ArticleReplaced:
    index: int
    old: Article
    new: Article


Change = (
    ItemInserted
    | ItemRemoved
    | ItemReplaced
    | InfoChanged
    | ArticleAdded
    | ArticleRemoved
    | ArticleReplaced
)


class Document:
    """Articles (in import order) and the brief (metadata and ordered sections)."""

    def __init__(
        self,
        info: BriefInfo | None = None,
        articles: Sequence[Article] = (),
        sections: dict[str, list[Item]] | None = None,
    ) -> None:
        self._info = info or BriefInfo()
        self._articles: list[Article] = list(articles)
        self._sections: dict[str, list[Item]] = {key: [] for key in SECTION_KEYS}
        for key, items in (sections or {}).items():
            if key not in self._sections:
                raise ValueError(f"unknown section {key!r}")
            self._sections[key] = list(items)
        self._changes: list[Change] = []

    # ------------------------------------------------------------------ reading

    @property
    def info(self) -> BriefInfo:
        return self._info

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(self._articles)

    def article(self, article_id: str) -> Article:
        for article in self._articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def find_article(self, article_id: str) -> Article | None:
        try:
            return self.article(article_id)
        except KeyError:
            return None

    def article_index(self, article_id: str) -> int:
        for index, article in enumerate(self._articles):
            if article.id == article_id:
                return index
        raise KeyError(article_id)

    def items(self, section: str) -> tuple[Item, ...]:
        return tuple(self._sections[section])

    @property
    def sections(self) -> dict[str, tuple[Item, ...]]:
        return {key: tuple(items) for key, items in self._sections.items()}

    def all_items(self) -> Iterator[tuple[str, int, Item]]:
        for key, items in self._sections.items():
            for index, item in enumerate(items):
                yield key, index, item

    def locate(self, item_id: str) -> tuple[str, int]:
        """The section and index of an item."""
        for key, items in self._sections.items():
            for index, item in enumerate(items):
                if item.id == item_id:
                    return key, index
        raise KeyError(item_id)

    def item(self, item_id: str) -> Item:
        section, index = self.locate(item_id)
        return self._sections[section][index]

    def cited_articles(self) -> list[Article]:
        """The articles the brief cites, in order of first citation (the Sources list)."""
        seen: dict[str, Article] = {}
        for _, _, item in self.all_items():
            for citation in item.citations:
                article = self.find_article(citation.article_id)
                if article is not None and article.id not in seen:
                    seen[article.id] = article
        return list(seen.values())

    def citation_is_stale(self, citation: Citation) -> bool:
        """True when the cited article is gone or its text at the span changed."""
        article = self.find_article(citation.article_id)
        return article is None or not citation.matches(article)

    def is_stale(self, item: Item) -> bool:
        """True when any of the item's citations is stale (the GUI flags the item)."""
        return any(self.citation_is_stale(citation) for citation in item.citations)

    def stale_citations(self) -> list[tuple[Item, Citation]]:
        """Citations whose quoted text no longer matches the article (or whose article is gone)."""
        return [
            (item, citation)
            for _, _, item in self.all_items()
            for citation in item.citations
            if self.citation_is_stale(citation)
        ]

    # ------------------------------------------------------------------ mutators

    def take_changes(self) -> list[Change]:
        changes, self._changes = self._changes, []
        return changes

    def insert_item(self, section: str, index: int, item: Item) -> None:
        items = self._sections[section]
        if not 0 <= index <= len(items):
            raise IndexError(f"index {index} outside section {section!r}")
        if any(other.id == item.id for _, _, other in self.all_items()):
            raise ValueError(f"item {item.id} is already in the brief")
        items.insert(index, item)
        self._changes.append(ItemInserted(section, index, item))

    def remove_item(self, section: str, index: int) -> Item:
        item = self._sections[section].pop(index)
        self._changes.append(ItemRemoved(section, index, item))
        return item

    def replace_item(self, section: str, index: int, new: Item) -> Item:
        old = self._sections[section][index]
        if old.id != new.id:
            raise ValueError("a replacement keeps the item's id")
        self._sections[section][index] = new
        self._changes.append(ItemReplaced(section, index, old, new))
        return old

    def set_info(self, info: BriefInfo) -> BriefInfo:
        old, self._info = self._info, info
        self._changes.append(InfoChanged(old, info))
        return old

    def insert_article(self, index: int, article: Article) -> None:
        if any(other.id == article.id for other in self._articles):
            raise ValueError(f"article {article.id} is already in the project")
        self._articles.insert(index, article)
        self._changes.append(ArticleAdded(index, article))

    def remove_article(self, index: int) -> Article:
        article = self._articles.pop(index)
        self._changes.append(ArticleRemoved(index, article))
        return article

    def replace_article(self, index: int, new: Article) -> Article:
        old = self._articles[index]
        if old.id != new.id:
            raise ValueError("a replacement keeps the article's id")
        self._articles[index] = new
        self._changes.append(ArticleReplaced(index, old, new))
        return old

    def set_grade(self, article_id: str, grade: SourceGrade | None) -> SourceGrade | None:
        from dataclasses import replace

        index = self.article_index(article_id)
        old = self._articles[index]
        self.replace_article(index, replace(old, grade=grade))
        return old.grade
