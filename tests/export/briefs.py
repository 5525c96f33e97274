"""Briefs the export tests build: our own text (golden files), many scripts, the seed article."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from briefing.core.document import Document
from briefing.core.model import (
    Actor,
    ActorKind,
    Article,
    BriefInfo,
    Citation,
    Fact,
    Figure,
    LanguageGuess,
    Origin,
    Outlook,
    Paragraph,
    Quote,
    SourceGrade,
)

# Text written for these tests (no third-party news): a fictional harbour report.
HARBOUR_TEXT = (
    "PORT ALDER — The harbour authority of Port Alder said on Tuesday that at least 1,200 "
    "containers were waiting for inspection after the storm. "
    "\u201cWe expect the backlog to clear within ten days,\u201d said Mira Okafor, the authority's "
    "operations director. "
    "Two cranes were damaged and one berth remains closed."
)
BULLETIN_TEXT = (
    "Coastal Bulletin reports that 900 containers were still held at Port Alder on Wednesday, "
    "and that the regional ministry has sent engineers to repair the cranes."
)


def _article(article_id: str, title: str, text: str, **meta: object) -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(
        id=article_id,
        title=title,
        text=text,
        paragraphs=(Paragraph(0, len(text)),),
        origin=Origin(f"{article_id}.txt", "txt", digest),
        **meta,  # type: ignore[arg-type]
    )


def _cite(article: Article, phrase: str) -> Citation:
    start = article.text.index(phrase)
    return Citation.of(article, start, start + len(phrase))


def harbour_brief(template: str = "standard", language: str = "en") -> Document:
    """A small English brief with every item kind, two sources and a figure conflict."""
    harbour = _article(
        "harbour",
        "Storm leaves containers waiting at Port Alder",
        HARBOUR_TEXT,
        language=LanguageGuess("en", 0.99),
        publisher="Alder Daily",
        author="J. Rivers",
        url="https://alder-daily.example/storm",
        published=date(2025, 3, 4),
        grade=SourceGrade("B", 2),
    )
    bulletin = _article(
        "bulletin",
        "Engineers sent to Port Alder",
        BULLETIN_TEXT,
        language=LanguageGuess("en", 0.97),
        publisher="Coastal Bulletin",
        published=date(2025, 3, 5),
    )
    sections = {
        "summary": [
            Fact(
                text="A storm has left at least 1,200 containers waiting at Port Alder; "
                "the backlog should clear within ten days.",
                citations=(_cite(harbour, "at least 1,200 containers"),),
            )
        ],
        "situation": [
            Fact(
                text="Two cranes were damaged and one berth remains closed.",
                citations=(_cite(harbour, "Two cranes were damaged"),),
            ),
            Quote(
                text="We expect the backlog to clear within ten days,",
                speaker="Mira Okafor",
                speaker_role="operations director, Port Alder harbour authority",
                language="en",
                citations=(_cite(harbour, "We expect the backlog to clear within ten days,"),),
            ),
            Fact(
                text="The regional ministry has sent engineers to repair the cranes.",
                citations=(_cite(bulletin, "sent engineers to repair the cranes"),),
            ),
        ],
        "actors": [
            Actor(
                name="Mira Okafor",
                actor_kind=ActorKind.PERSON,
                role="Operations director, harbour authority",
                citations=(_cite(harbour, "Mira Okafor"),),
            ),
            Actor(name="Port Alder", actor_kind=ActorKind.PLACE, role="Container port"),
        ],
        "figures": [
            Figure(
                value=1200,
                unit="containers",
                what="containers waiting for inspection",
                qualifier="at least",
                as_of=date(2025, 3, 4),
                citations=(_cite(harbour, "1,200 containers"),),
            ),
            Figure(
                value=900,
                unit="containers",
                # "still held" in the bulletin's words: the analyst calls it the same thing
                what="containers waiting for inspection",
                as_of=date(2025, 3, 5),
                citations=(_cite(bulletin, "900 containers"),),
            ),
        ],
        "outlook": [
            Outlook(
                statement="The closed berth reopens before the end of the month.",
                likelihood="likely",
                confidence="moderate",
            )
        ],
    }
    info = BriefInfo(
        title="Port Alder storm damage",
        dtg="051200ZMAR25",
        author="Desk Officer Lane",
        organisation="Ministry of Harbours",
        marking="OFFICIAL // TEST",
        distribution="Minister; Logistics Desk",
        template=template,
        language=language,
    )
    return Document(info, [harbour, bulletin], sections)


SCRIPT_FACTS = {
    "ru": "Портовое управление сообщило о задержке 1200 контейнеров.",
    "el": "Η λιμενική αρχή ανέφερε καθυστέρηση 1200 εμπορευματοκιβωτίων.",
    "ar": "قالت سلطة الميناء إن الحاويات تنتظر التفتيش",
    "he": "רשות הנמל הודיעה כי המכולות ממתינות לבדיקה",
}


def scripts_brief(template: str = "standard") -> Document:
    """Russian, Greek and Arabic text in facts, a quote and an actor."""
    document = harbour_brief(template)
    items = list(document.items("situation"))
    items += [Fact(text=text) for text in SCRIPT_FACTS.values()]
    items.append(Quote(text="Мы ожидаем улучшения.", speaker="Иван Петров", speaker_role="капитан"))
    sections = {key: list(document.items(key)) for key in document.sections}
    sections["situation"] = items
    sections["actors"].append(
        Actor(name="Σοφία Παππά", actor_kind=ActorKind.PERSON, role="λιμενάρχης")
    )
    return Document(document.info, document.articles, sections)


# What a careful analyst takes from the seed article (openings only; the text is read at run time).
SEED_QUOTE_OPENING = "Kami menilai bahwa antara awal hingga pertengahan Oktober"
SEED_SPEAKER = "John Kirby"
SEED_ROLE = "Juru Bicara Dewan Keamanan Nasional AS"
SEED_FIGURE_PHRASE = "3.000 tentara"


def seed_article(path: Path) -> Article:
    """The seed article through the real importer when it works, else read as plain text."""
    try:
        from briefing.ingest import import_path

        article = import_path(path)
        if SEED_QUOTE_OPENING in article.text:
            return article
    except Exception:  # the ingest layer is built in parallel; fall back to the raw text
        pass
    text = path.read_text(encoding="utf-8")
    return _article(
        "seed",
        text.splitlines()[0].strip(),
        text,
        language=LanguageGuess("id", 0.99),
        publisher="Konteks",
        url="https://konteks.co.id/",
    )


def seed_brief(path: Path, template: str) -> Document:
    """An Indonesian brief citing the seed article: a fact, the Kirby quote, a figure."""
    article = seed_article(path)
    if not article.publisher:
        from dataclasses import replace

        article = replace(article, publisher="Konteks")
    text = article.text
    q_start = text.index(SEED_QUOTE_OPENING)
    q_end = text.index(",", text.index("Rusia timur", q_start)) + 1
    sentence_end = text.index(".", q_end)
    f_start = text.index(SEED_FIGURE_PHRASE)
    quote = Quote(
        text=text[q_start:q_end],
        speaker=SEED_SPEAKER,
        speaker_role=SEED_ROLE,
        language="id",
        translation="We assess that between early and mid-October North Korea moved at least "
        "3,000 soldiers to eastern Russia.",
        citations=(Citation.of(article, q_start, q_end),),
    )
    fact = Fact(
        text="Korea Utara memindahkan setidaknya 3.000 tentara ke Rusia timur.",
        citations=(Citation.of(article, q_start, sentence_end),),
    )
    figure = Figure(
        value=3000,
        unit="tentara",
        what="tentara Korea Utara di Rusia timur",
        qualifier="setidaknya",
        citations=(Citation.of(article, f_start, f_start + len(SEED_FIGURE_PHRASE)),),
    )
    sections = {
        "summary": [fact],
        "situation": [fact.with_changes(id="situation-fact"), quote],
        "actors": [Actor(name=SEED_SPEAKER, actor_kind=ActorKind.PERSON, role=SEED_ROLE)],
        "figures": [figure],
        "outlook": [
            Outlook(statement="Pengerahan akan berlanjut.", likelihood="likely", confidence="low")
        ],
    }
    info = BriefInfo(
        title="Pasukan Korea Utara di Rusia",
        dtg="251200ZOCT24",
        author="Analis",
        organisation="Kementerian Contoh",
        marking="TERBATAS",
        template=template,
        language="id",
    )
    return Document(info, [article], sections)
