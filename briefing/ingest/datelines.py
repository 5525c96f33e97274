"""The dateline in front of a news story: where it was filed and by which wire or outlet.

Wire copy and Indonesian news open their first paragraph with one: "WASHINGTON (AP) —",
"LONDON (Reuters) -", "Jakarta, CNN Indonesia --", "JAKARTA, KOMPAS.com -", "Rimanews-"
(copied text often loses the spaces around the dash). It is neither part of the first
sentence nor of any statement or key fact, yet it often names the publisher an article
would otherwise lack. Ingest takes it out of the body (``removed``, reason "dateline");
analysis uses :func:`find_dateline` to start the first sentence after one that is still in
the text (articles built without ingest). Known outlet tags live in ``data/datelines.json``.

A head is accepted only when every comma-separated part of it is a place, an outlet tag
or a date, and it has a tag, opens with a place in capitals ("MADRID —") or is a city and
its state's abbreviation ("Dekalb, Ill. —", as papers reprint wire copy); a dash with
no space around it also needs a tag ("Suara.com-Cerita"), or an en/em dash after a place
in capitals ("SPANYOL–Barcelona"), so "COVID-19" and "Anti-government" are no datelines.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from briefing.core.model import Article
from briefing.ingest.dates import month_number, weekday_number

MAX_HEAD_CHARS = 70
"""A dateline is short; a longer head before a dash is a sentence."""
MAX_HEAD_WORDS = 8
MIN_STORY_CHARS = 20
"""What follows the dash must be a story, not a "Home - News" navigation line."""
MIN_GLUED_CAPS = 5
"""Letters a capitalised place needs before a glued en/em dash ("SPANYOL–", not "KPK–")."""

_DASH = re.compile(r"\s*(?:(?<=\))\.)?(--|-|–|—)\s*")  # "QUITO, 14 abr (EFE).- Los …"
_PAREN_TAG = re.compile(r"^(?P<pre>.*?)\s*\((?P<tag>[A-Za-z][\w .&'’-]{1,30})\)$")
_DOMAIN = re.compile(r"^(?P<label>[A-Za-z][\w-]*?)(?:\.[A-Za-z]{2,6}){1,3}$")
_PLACE_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*|(?:[^\W\d_]\.)+)$")
"""A word of a place's name (its first letter must also be a capital: :func:`_place_word`)."""
_CONNECTOR = re.compile(r"^[a-z]{1,3}$")  # Rio de Janeiro, Stoke on Trent
_DATE_PART = re.compile(
    r"^(?:(?P<weekday>[^\W\d_]{3,11}),? )?"
    r"(?:(?P<m1>[^\W\d_]{3,10})\.? \d{1,2}|\d{1,2}\.? (?:de )?(?P<m2>[^\W\d_]{3,10})\.?"
    r"|\(?\d{1,2}/\d{1,2}(?:/(?:19|20)?\d\d)?\)?)"
    r"(?: (?:de )?(?:19|20)\d\d)?$"
)
"""A date in a dateline: "Nov 5", "Oct. 24", "12 février 2025", "6. März 2025", "1 de
septiembre de 2024", after a weekday ("Wednesday 22 January 2025"), or numeric in
brackets after one ("Kamis (24/10/2024)", the Indonesian way)."""
_WORD = re.compile(r"\w+")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
_STORY_OPENERS = "\"“‘'«(["
_PARTICLES = frozenset(
    {"de", "del", "da", "do", "dos", "das", "di", "la", "le", "les", "en", "sur", "am", "im", "an"}
)
"""Words inside a place's name that stay lower case when its capitals are undone
("CANGAS DE ONÍS" → "Cangas de Onís", "FRANKFURT AM MAIN" → "Frankfurt am Main")."""


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline found at the head of a paragraph."""

    text: str
    """As written, separator included: "WASHINGTON (AP) —"."""
    end: int
    """Offset in the paragraph where the story starts (after the dash and spaces)."""
    place: str | None
    """Where it was filed, capitals undone: "Washington", "Hayward, Calif."."""
    tag: str | None
    """The wire or outlet tag as written: "AP", "KOMPAS.com", "CNN Indonesia"."""
    publisher: str | None
    """The tag's publisher: "Associated Press", "Kompas"; an unknown tag gives itself."""


@dataclass(frozen=True, slots=True)
class _Tables:
    outlets: dict[str, str]
    not_places: frozenset[str]
    region_abbreviations: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Head:
    places: tuple[str, ...]
    tag: str | None
    capital_place: bool


@cache
def _tables() -> _Tables:
    raw = json.loads(
        resources.files("briefing.ingest").joinpath("data", "datelines.json").read_text("utf-8")
    )
    return _Tables(
        outlets={_key(tag): name for tag, name in raw["outlets"].items()},
        not_places=frozenset(_key(word) for word in raw["not_places"]),
        region_abbreviations=frozenset(raw["region_abbreviations"]),
    )


def _key(tag: str) -> str:
    return " ".join(tag.split()).casefold()


def publisher_for_tag(tag: str) -> str:
    """The publisher behind a dateline tag: "AP" → "Associated Press"; unknown tags give
    their own name, a domain its first label ("Kabarpas.com" → "Kabarpas")."""
    known = _tables().outlets.get(_key(tag))
    if known:
        return known
    domain = _DOMAIN.match(tag.strip())
    name = domain.group("label") if domain else tag.strip()
    if name.isupper() and len(name) > 4:
        name = name.capitalize()
    return name


def _is_place(part: str) -> bool:
    words = part.split()
    if not words or not _place_word(words[0]) or not _place_word(words[-1]):
        return False
    return all(_place_word(w) or _CONNECTOR.match(w) for w in words)


def _place_word(word: str) -> bool:
    """``WASHINGTON``, ``St.``, ``N.C.``, ``МОСКВА``: capitalised, in any script."""
    return word[:1].isupper() and _PLACE_WORD.match(word) is not None


def _is_date(part: str) -> bool:
    match = _DATE_PART.match(part)
    if not match:
        return False
    weekday = match.group("weekday")
    if weekday is not None and weekday_number(weekday) is None:
        return False
    month = match.group("m1") or match.group("m2")
    if month is None:  # numeric: only in brackets after a weekday ("Kamis (24/10/2024)")
        return weekday is not None and part.endswith(")")
    return month_number(month) is not None


def _is_outlet(part: str) -> bool:
    return _key(part) in _tables().outlets or _DOMAIN.match(part) is not None


def _parse_head(head: str) -> _Head | None:
    """The parts of a dateline head, or None when ``head`` is not one."""
    if not head or len(head) > MAX_HEAD_CHARS or len(_WORD.findall(head)) > MAX_HEAD_WORDS:
        return None
    tag = None
    paren = _PAREN_TAG.match(head)
    if paren:
        tag, head = paren.group("tag").strip(), paren.group("pre").rstrip().rstrip(",")
    parts = [p.strip() for p in head.split(",")] if head.strip() else []
    places: list[str] = []
    dated = False
    for part in parts:
        if not part:
            return None
        if tag is None and _is_outlet(part):
            tag = part
        elif _is_date(part):
            dated = True
        elif dated and _YEAR.match(part):
            dated = False  # "BRUSSELS, March 6, 2025 —": the date's year
        elif _is_place(part):
            places.append(part)
        else:
            return None
    if places and _key(places[0]) in _tables().not_places:
        return None
    capital_place = bool(places) and _is_capitals(places[0])
    if tag is None and not capital_place and not _city_and_region(places):
        return None
    return _Head(tuple(places), tag, capital_place)


def _city_and_region(places: list[str]) -> bool:
    """``Dekalb, Ill.``: a city, then the abbreviation of its state or province."""
    return len(places) == 2 and places[1] in _tables().region_abbreviations


def _is_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _place_name(parts: tuple[str, ...]) -> str | None:
    """ "WASHINGTON" → "Washington", ("ST. JOSEPH", "Mich.") → "St. Joseph, Mich."; initials
    ("N.Y.", "D.C.") stay as written."""
    names = []
    for part in parts:
        if _is_capitals(part):
            part = " ".join(
                w
                if _INITIALS.match(w)
                else w.lower()
                if k and w.lower() in _PARTICLES
                else w.title()
                for k, w in enumerate(part.split())
            )
        names.append(part)
    return ", ".join(names) or None


def _dateline(head: _Head, written: str, end: int) -> Dateline:
    return Dateline(
        text=written,
        end=end,
        place=_place_name(head.places),
        tag=head.tag,
        publisher=publisher_for_tag(head.tag) if head.tag else None,
    )


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline that opens ``paragraph`` (an article's first body paragraph), or None."""
    for dash in _DASH.finditer(paragraph, 0, min(len(paragraph), MAX_HEAD_CHARS + 8)):
        raw_head = paragraph[: dash.start()]
        if "\n" in raw_head or len(raw_head) > MAX_HEAD_CHARS:
            return None
        head = _parse_head(raw_head.strip())
        if head is None:
            continue  # a hyphen inside a place (WINSTON-SALEM) or no dateline yet
        glued = dash.start() == dash.start(1) or dash.end(1) == dash.end()
        if glued and head.tag is None:
            letters = sum(c.isalpha() for c in head.places[0])
            if dash.group(1) not in {"–", "—"} or letters < MIN_GLUED_CAPS:
                continue
        story = paragraph[dash.end() :]
        if len(story) < MIN_STORY_CHARS or not _story_starts(story, tagged=head.tag is not None):
            return None
        return _dateline(head, paragraph[: dash.end()].strip(), dash.end())
    return None


def _story_starts(story: str, *, tagged: bool) -> bool:
    """A story opens like a sentence; after an outlet tag a lower-case opening is a lost
    subject ("Jakarta, CNN Indonesia -- kembali membuka …"), not a sign of no dateline."""
    first = story[0]
    if tagged and first.isalpha():
        return True
    return (first.isalnum() and not first.islower()) or first in _STORY_OPENERS


def parse_dateline(written: str) -> Dateline | None:
    """A dateline on its own, as ingest records it in ``removed`` ("LONDON (AP) —")."""
    stripped = written.strip()
    trailing = re.search(r"\s*(?:--|-|–|—)$", stripped)
    head = _parse_head(stripped[: trailing.start()] if trailing else stripped)
    if head is None:
        return None
    return _dateline(head, stripped, len(written))


def dateline_of(article: Article) -> Dateline | None:
    """The article's dateline: the one ingest took out of the text, else one still in
    front of its first body paragraph (articles built without ingest)."""
    for removed in article.removed:
        if removed.reason == "dateline":
            return parse_dateline(removed.text)
    for paragraph in article.paragraphs[:3]:
        if paragraph.kind == "body":
            return find_dateline(article.text[paragraph.start : paragraph.end])
    return None
