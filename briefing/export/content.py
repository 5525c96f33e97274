"""What an exported brief says, independent of the file format.

The DOCX and PDF writers both render a :class:`BriefView`, so the two formats number the
sources the same way, keep the same items under a template's limits and note the same
figure conflicts. Everything user-typed is already cleaned here.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path
from urllib.parse import urlsplit

from briefing.analysis.sentences import split_sentences
from briefing.analysis.suggestions import SentenceSpan
from briefing.core.document import Document
from briefing.core.model import (
    Actor,
    Article,
    Citation,
    Figure,
    Item,
    Outlook,
    Quote,
)
from briefing.export.templates import SectionSpec, Template
from briefing.export.text import clean, clean_line, fill_fields, format_date, format_number, labels


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One numbered line of the Sources list."""

    number: int
    article: Article
    anchor: str
    publisher: str
    title: str
    author: str
    published: str
    url: str
    language: str
    grade: str

    def parts(self) -> list[str]:
        """The entry's pieces in reading order (publisher, title, author, date, language, grade)."""
        pieces = [self.publisher, f"“{self.title}”" if self.title else "", self.author]
        return [p for p in (*pieces, self.published, self.language, self.grade) if p]

    def labelled_parts(self, words: dict[str, object]) -> list[str]:
        """Like :meth:`parts`, with the language and the grade named ("language: id")."""
        pieces = [
            self.publisher,
            f"“{self.title}”" if self.title else "",
            self.author,
            self.published,
        ]
        if self.language:
            pieces.append(f"{str(words['language']).lower()}: {self.language}")
        if self.grade:
            pieces.append(f"{str(words['grade']).lower()}: {self.grade}")
        return [p for p in pieces if p]


@dataclass(frozen=True, slots=True)
class Mark:
    """One citation of an item: which source it points to and the passage it quotes."""

    source: SourceEntry | None
    excerpt: str
    problem: str = ""

    @property
    def label(self) -> str:
        return str(self.source.number) if self.source else "?"


@dataclass(slots=True)
class SectionView:
    key: str
    label: str
    items: list[Item]


@dataclass(slots=True)
class BriefView:
    """A document seen through a template, ready for a writer."""

    template: Template
    language: str
    words: dict[str, object]
    title: str
    dtg: str
    author: str
    organisation: str
    marking: str
    distribution: str
    sections: list[SectionView]
    sources: list[SourceEntry]
    conflicts: list[str]
    marks: dict[str, list[Mark]] = field(default_factory=dict)

    def word(self, key: str) -> str:
        return str(self.words.get(key, key))

    def header_fields(self, page: int | str = "", pages: int | str = "") -> dict[str, str]:
        return {
            "marking": self.marking,
            "title": self.title,
            "date": self.dtg,
            "author": self.author,
            "organisation": self.organisation,
            "page": str(page),
            "pages": str(pages),
            "page_of_pages": fill_fields(
                self.word("page"), {"page": str(page), "pages": str(pages)}
            ),
        }

    def fill(self, line: str, page: int | str = "", pages: int | str = "") -> str:
        """A header or footer line with its fields filled; separators of empty fields drop."""
        text = fill_fields(line, self.header_fields(page, pages))
        parts = [p.strip() for p in text.split(" · ")]
        return " · ".join(p for p in parts if p).strip(" —-")

    def item_marks(self, item: Item) -> list[Mark]:
        return self.marks.get(item.id, [])

    def figure_value(self, figure: Figure) -> str:
        if figure.value is not None:
            return format_number(figure.value, self.language, compact=True)
        return clean_line(figure.text)

    def figure_phrase(self, figure: Figure) -> str:
        """``almost 6 million USD``, ``3,000 North Korean troops``: qualifier, value, unit
        and what in one phrase, each word once (a figure with no value keeps its text)."""
        if figure.value is None:
            return clean_line(figure.headline)
        number = self.figure_value(figure)
        return clean_line(_with_scale_connector(figure.phrase(number), number, self.words))

    def date(self, value: date | None) -> str:
        return format_date(value, self.language)

    def actor_kind(self, actor: Actor) -> str:
        return self.word(f"kind_{actor.actor_kind.value}")

    # The Figures and Actors tables, the same in every format; the writers add the marks.

    def figure_header(self) -> list[str]:
        return [self.word(f"figures_{column}") for column in FIGURE_COLUMNS]

    def figure_cells(self, figure: Figure) -> list[str]:
        """The text cells of a figure's row (the last column holds its source marks)."""
        unit, what = clean_line(figure.unit), clean(figure.what)
        if figure.value is None and _ends_with(figure.text, unit):
            unit = ""  # "thousands of employees": the text already says it
        return [
            self.figure_value(figure),
            unit,
            "" if _norm(what) in {_norm(unit), _norm(figure.unit)} else what,
            clean_line(figure.qualifier),
            self.date(figure.as_of),
        ]

    def actor_header(self) -> list[str]:
        return [self.word(f"actors_{column}") for column in ACTOR_COLUMNS]

    def actor_cells(self, actor: Actor) -> list[str]:
        role = "; ".join(p for p in (clean(actor.role), clean(actor.description)) if p)
        return [clean_line(actor.name), self.actor_kind(actor), role]


FIGURE_COLUMNS = ("value", "unit", "what", "qualifier", "as_of", "source")
FIGURE_WIDTHS = (0.13, 0.12, 0.34, 0.14, 0.14, 0.13)
"""Shares of the text width, in both formats."""
ACTOR_COLUMNS = ("name", "kind", "role")
ACTOR_WIDTHS = (0.32, 0.18, 0.50)


def _selected(spec: SectionSpec, items: tuple[Item, ...]) -> list[Item]:
    chosen = [i for i in items if not spec.kinds or i.kind in spec.kinds]
    return chosen[: spec.limit] if spec.limit else chosen


def _source_entry(number: int, article: Article, language: str) -> SourceEntry:
    return SourceEntry(
        number=number,
        article=article,
        anchor=f"source-{number}",
        publisher=clean_line(article.publisher),
        title=clean_line(article.title),
        author=clean_line(article.author),
        published=format_date(article.published, language),
        url=clean_line(article.url or article.origin.url),
        language=clean_line(article.language.code),
        grade=str(article.grade) if article.grade else "",
    )


def _mark(
    document: Document,
    citation: Citation,
    entry: SourceEntry | None,
    words: dict[str, object],
    sentences: dict[str, list[SentenceSpan]],
) -> Mark:
    article = document.find_article(citation.article_id)
    problem = ""
    if article is None:
        problem = str(words["missing_source"])
    elif not citation.matches(article):
        problem = str(words["stale"])
    excerpt = citation.quoted
    if not problem and article is not None and len(excerpt.split()) < _SHORT_PASSAGE:
        excerpt = _sentence_around(article, citation.start, citation.end, sentences)
    return Mark(entry, clean(excerpt), problem)


_SHORT_PASSAGE = 6
"""A cited passage of fewer words (a name, "10 years") is shown in its sentence."""
_LONGEST_SENTENCE = 400


def _sentence_around(
    article: Article, start: int, end: int, sentences: dict[str, list[SentenceSpan]]
) -> str:
    """The article's sentences that hold ``start:end``, as the analysis splits them
    (``3.000``, ``Jl.``, initials), split once per article: a footnote quoting
    "Taliban" or "10 years" alone tells the reader nothing."""
    spans = sentences.get(article.id)
    if spans is None:
        spans = sentences[article.id] = split_sentences(
            article.text, article.paragraphs, article.language.code
        )
    starts = [s.start for s in spans]
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_right(starts, max(start, end - 1)) - 1
    if first < 0 or spans[last].end < end:
        return article.text[start:end]
    begin, finish = spans[first].start, spans[last].end
    if finish - begin > _LONGEST_SENTENCE:
        return article.text[start:end]
    return article.text[begin:finish].strip()


def figure_conflicts(view: BriefView, document: Document) -> list[str]:
    """Figures the brief describes as the same thing, with different values from
    different sources: "Sources differ: at least 1,200 containers waiting (Alder Daily);
    900 … (Coastal Bulletin)".

    The note is printed in a circulated brief, so it speaks only when the brief itself
    says the figures count the same thing: the same unit and the same words for what is
    counted (the analyst's "what" field), not a bare unit — "12 orang" killed and "300
    orang" evacuated are not a disagreement. Each figure keeps its qualifier ("at least"
    may not contradict). Figures from one source only never make a note, nor does a
    source that also gives the other's number.
    """
    groups: dict[tuple[str, str], list[Figure]] = {}
    for _, _, item in document.all_items():
        if not isinstance(item, Figure) or item.value is None or not item.citations:
            continue
        unit, what = _norm(item.unit), _norm(item.what)
        if unit and what and what != unit:
            groups.setdefault((unit, what), []).append(item)
    notes = []
    for group in groups.values():
        by_source: dict[str, set[float | None]] = {}
        for figure in group:  # a merged row speaks for every source it cites
            for who in _figure_sources(document, figure):
                by_source.setdefault(who, set()).add(figure.value)
        # two sources disagree when neither reports the other's number (one that also
        # gives the other's number may be giving an update, not a different count);
        # a source is its publisher: its report and update are not two sources
        disagreeing = {
            source
            for first, second in combinations(by_source, 2)
            if by_source[first].isdisjoint(by_source[second])
            for source in (first, second)
        }
        if not disagreeing:
            continue
        shown: dict[tuple[float | None, str], str] = {}
        for figure in group:
            qualifier = clean_line(figure.qualifier)
            parts = (
                qualifier[:1].lower() + qualifier[1:],
                view.figure_value(figure),
                clean_line(figure.unit),
            )
            text = " ".join(p for p in parts if p)
            for citation in figure.citations:
                article = document.find_article(citation.article_id)
                if article is None or _source_key(article) not in disagreeing:
                    continue
                who = _source_name(article)
                shown.setdefault((figure.value, _source_key(article)), f"{text} ({who})")
        notes.append(f"{view.word('sources_differ')}: " + "; ".join(shown.values()))
    return notes


_ELIDING = frozenset("aeiouyhàâäéèêëîïôöûùü")


def _with_scale_connector(line: str, number: str, words: dict[str, object]) -> str:
    """``3 millions de voyageurs``, ``2 milhões de doses``: where the brief's language puts
    a word between a scale noun and what it counts (``number_scale_connector``; elided
    before a vowel, ``d’habitants``). Currency codes and signs follow the number bare."""
    connector = str(words.get("number_scale_connector") or "")
    scales = words.get("number_scales")
    if not connector or not isinstance(scales, list):
        return line
    if not any(number.endswith(" " + name) for pair in scales for name in pair):
        return line
    at = line.find(number + " ")
    if at < 0:
        return line
    rest = line[at + len(number) + 1 :]
    noun = rest.split(" ", 1)[0]
    if not noun[:1].isalpha() or noun.isupper() or noun.lower() == connector:
        return line  # "3 millions USD", already "de"
    elided = str(words.get("number_scale_connector_elided") or "")
    glue = elided if elided and noun[:1].lower() in _ELIDING else connector + " "
    return f"{line[: at + len(number)]} {glue}{rest}"


def _norm(text: str) -> str:
    return " ".join(clean(text).casefold().split()).rstrip(".")


def _ends_with(text: str, words: str) -> bool:
    tail = _norm(words).split()
    return bool(tail) and _norm(text).split()[-len(tail) :] == tail


def _figure_sources(document: Document, figure: Figure) -> list[str]:
    """The sources a figure cites, by outlet (a publisher's report and its update are one
    source), leaving out articles no longer in the project."""
    articles = (document.find_article(c.article_id) for c in figure.citations)
    return list(dict.fromkeys(_source_key(a) for a in articles if a is not None))


def _source_key(article: Article) -> str:
    """The outlet: its publisher, else its web site, else the article itself (a title
    names an article, not an outlet). A publisher and a site of one outlet are one source
    however they are written: ``Kompas``, ``KOMPAS.ID``, ``https://www.kompas.id/…`` and
    ``news.kompas.id`` all say ``kompas``."""
    publisher = clean_line(article.publisher).casefold()
    outlet = _outlet_from_host(publisher) if _looks_like_host(publisher) else _squeeze(publisher)
    if outlet:
        return f"outlet:{outlet}"
    try:
        host = urlsplit(article.url or "").hostname
    except ValueError:  # a malformed address names no site
        host = None
    outlet = _outlet_from_host(host) if host else ""
    return f"outlet:{outlet}" if outlet else f"article:{article.id}"


_SECOND_LEVEL = frozenset(
    {
        "ac", "biz", "co", "com", "desa", "edu", "go", "gob", "gov", "mil", "my", "ne",
        "net", "nic", "or", "org", "ponpes", "sch", "web",
    }
)  # fmt: skip
"""Labels under a country's domain that name no outlet (``co.id``, ``com.my``, ``co.uk``,
``desa.id``)."""
_HOSTING = frozenset(
    {
        "blogspot", "blogger", "wordpress", "medium", "substack", "tumblr", "wixsite",
        "weebly", "github", "gitlab", "kompasiana", "livejournal",
    }
)  # fmt: skip
"""Sites that host many outlets: the outlet is the name under them
(``beritasatu.blogspot.com``)."""
_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")


def _looks_like_host(text: str) -> bool:
    return "." in text and " " not in text.strip() and not text.strip().endswith(".")


def _outlet_from_host(host: str) -> str:
    """``news.detik.com`` → ``detik``, ``www.bbc.co.uk`` → ``bbc``: the label a site is
    registered under."""
    host = host.strip().strip(".")
    if not any(ch.isalpha() for ch in host) or ":" in host:
        return host  # an IP address is the whole address
    for prefix in _HOST_PREFIXES:
        host = host.removeprefix(prefix)
    labels = [label for label in host.split(".") if label]
    if len(labels) > 1:
        tld = labels.pop()
        if len(labels) > 1 and len(tld) == 2 and labels[-1] in _SECOND_LEVEL:
            labels.pop()
    if len(labels) > 1 and labels[-1] in _HOSTING:
        labels.pop()  # beritasatu.blogspot.com: beritasatu
    elif labels and labels[-1] in _HOSTING:
        return ""  # medium.com/@someone: no outlet to tell apart
    return _squeeze(labels[-1]) if labels else ""


def _squeeze(name: str) -> str:
    """``The Jakarta Post`` → ``thejakartapost``: letters and digits only, so the name can
    meet its web site's label."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def _source_name(article: Article | None) -> str:
    if article is None:
        return "?"
    name = clean_line(article.publisher or article.title)
    return name or Path(article.origin.file or "").name or "?"


def build_view(document: Document, template: Template) -> BriefView:
    """Apply the template's sections and limits, number the sources by first citation."""
    info = document.info
    language = clean_line(info.language).lower() or "en"
    words = labels(language)
    sections = [
        SectionView(spec.key, clean_line(spec.label(language)), []) for spec in template.sections
    ]
    for spec, view_section in zip(template.sections, sections, strict=True):
        if spec.key != "sources":
            view_section.items = _selected(spec, document.items(spec.key))
    view = BriefView(
        template=template,
        language=language,
        words=words,
        # an untitled brief says so everywhere a title goes (page, header, properties)
        title=clean_line(info.title) or str(words.get("untitled", "Untitled brief")),
        dtg=clean_line(info.dtg),
        author=clean_line(info.author),
        organisation=clean_line(info.organisation),
        marking=clean_line(info.marking),
        distribution=clean_line(info.distribution),
        sections=sections,
        sources=[],
        conflicts=[],
    )
    entries: dict[str, SourceEntry] = {}
    sentences: dict[str, list[SentenceSpan]] = {}  # per article, split on first need
    for section in sections:
        for item in section.items:
            marks = []
            citations = item.citations
            if isinstance(item, Actor):
                # an actor cites where it is named: once per source is enough
                firsts = {c.article_id: c for c in reversed(citations)}
                citations = tuple(c for c in citations if firsts[c.article_id] is c)
            for citation in citations:
                article = document.find_article(citation.article_id)
                entry = None
                if article is not None:
                    entry = entries.get(article.id)
                    if entry is None:
                        entry = _source_entry(len(entries) + 1, article, language)
                        entries[article.id] = entry
                marks.append(_mark(document, citation, entry, words, sentences))
            view.marks[item.id] = marks
    view.sources = list(entries.values())
    view.conflicts = figure_conflicts(view, document)
    return view


def quote_attribution(view: BriefView, quote: Quote) -> str:
    """ "— Speaker, Role" under a block quote; a quote nobody is named for says so, or
    the next quote's attribution would seem to cover it too."""
    who = ", ".join(p for p in (clean_line(quote.speaker), clean_line(quote.speaker_role)) if p)
    return f"— {who or view.word('unattributed')}"


def outlook_terms(view: BriefView, outlook: Outlook) -> str:
    """ "Likelihood: likely · Confidence: moderate", the ICD 203 words in the brief's language."""
    table = view.words.get("terms")
    terms: dict[str, str] = table if isinstance(table, dict) else {}
    parts = []
    if outlook.likelihood:
        likelihood = terms.get(outlook.likelihood, outlook.likelihood)
        parts.append(f"{view.word('likelihood')}: {likelihood}")
    if outlook.confidence:
        confidence = terms.get(outlook.confidence, outlook.confidence)
        parts.append(f"{view.word('confidence')}: {confidence}")
    return " · ".join(parts)


def item_text(item: Item) -> str:
    """The main text of an item, cleaned (for lists and plain formats)."""
    if isinstance(item, Outlook):
        return clean(item.statement)
    if isinstance(item, Actor):
        return clean(item.name)
    if isinstance(item, Figure):
        return clean(item.headline)
    return clean(getattr(item, "text", "") or item.headline)
