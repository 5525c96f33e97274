"""People in Chinese, Japanese and Korean: the name tagger reads words between spaces, and
these languages give it none to read.

A person is named with an office, speaking or not (:func:`officials`: ``新加坡总理黄循财``,
``石破茂首相``, ``한동훈 국민의힘 대표``), or speaks in a quote or a statement (whose
speakers :mod:`briefing.analysis.quote_cjk` reads). :func:`quoted_people` makes them
actors, a surname alone joining the full name; :func:`speakers_from_statements` gives a
quote attributed to a pronoun the last person named before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from briefing.analysis.quote_cjk import (
    MAX_PHRASE,
    AttributionTable,
    clause_start,
    compound_role,
    cut_at_stops,
    korean_name,
)
from briefing.analysis.suggestions import (
    ActorSuggestion,
    Mention,
    QuoteSuggestion,
    StatementSuggestion,
)


def quoted_people(
    actors: list[ActorSuggestion],
    quotes: Sequence[QuoteSuggestion],
    text: str,
    statements: Sequence[StatementSuggestion],
    table: AttributionTable,
    written: Sequence[tuple[str, str, int]],
) -> list[ActorSuggestion]:
    """``actors`` and the people named in the text, each with every place it writes them:
    the name tagger reads words between spaces, and these languages give it none to read.

    People written with their office (:func:`officials`: ``国务院总理李强``, ``石破茂首相``,
    ``윤석열 대통령``) come first; the speakers of quotes and statements join them, a
    shorter or longer form of a listed name merging into it (``芳野`` into ``芳野友子``) and
    taking the longer office. A speaker named without an office takes the one the text
    writes against the name elsewhere; one with neither must look like a person's name."""
    people: dict[str, _Person] = {}
    for named, office, _ in written:  # (officials(text, table), read once by the caller)
        people.setdefault(named, _Person(office))
    taken = {a.name for a in actors}
    for name, role in [
        *((q.speaker, q.speaker_role) for q in quotes),
        *((s.speaker, s.speaker_role) for s in statements),
    ]:
        if not name or name in taken:
            continue
        if name.endswith(table.body_endings) and " " not in name[-2:]:
            continue  # 경찰청, 東京電力: a body speaks, no person
        if len(name.replace(" ", "")) < 2 or name in table.not_names:
            continue  # 추 (원내대표), 张 (女士): a surname alone names no one to list
        same = next((p for p in people if p != name and (p in name or name in p)), name)
        if same in people:
            if (
                len(name) > len(same)
                and name.startswith(same)
                and name.isalpha()
                and not any(r in name for r in table.roles)
            ):
                people[name] = people.pop(same)  # 大坂 (選手) is 大坂なおみ
                name, same = same, name
            listed = people[same]
            if same != name:
                listed.aliases.add(name)
            if role and len(role) > len(listed.role or ""):
                listed.role = role
            continue
        full = name
        if not role:
            role, full = office_in_text(name, text, table)
        if not role and not _looks_like_a_name(name, table, text):
            continue
        people[full] = _Person(role, {name} - {full})
    out = list(actors)
    for name, person in people.items():
        if name not in taken:
            out.append(_actor(name, person, text))
    return out


@dataclass(slots=True)
class _Person:
    role: str | None
    aliases: set[str] = field(default_factory=set)


def _actor(name: str, person: _Person, text: str) -> ActorSuggestion:
    """The person with every place the text writes a form of the name, longest first."""
    spans: dict[int, int] = {}
    for form in sorted({name, *person.aliases}, key=len, reverse=True):
        at = text.find(form)
        while at >= 0:
            if not any(s <= at < e for s, e in spans.items()):
                spans[at] = at + len(form)
            at = text.find(form, at + len(form))
    mentions = tuple(Mention(s, e) for s, e in sorted(spans.items()))
    return ActorSuggestion(
        name, "person", person.role or None, tuple(sorted(person.aliases)), mentions
    )


def office_in_text(name: str, text: str, table: AttributionTable) -> tuple[str | None, str]:
    """The office written against ``name`` somewhere in ``text``, and the name as written
    there: before it in Chinese (``国务院总理李强``), after it in Japanese and Korean
    (``조태열 장관``), after the given name in Japanese (``石破茂首相`` for ``石破``)."""
    longest = max(map(len, table.roles), default=0)
    at = text.find(name)
    while at >= 0:
        if table.role_before_name:
            start = clause_start(text, at, 0, table.clause_breaks)
            phrase = cut_at_stops(text[start:at], table)
            if phrase and any(phrase.endswith(r) for r in table.roles):
                return phrase, name
        else:
            end = at + len(name)
            for given in range(1 if table.spaced else _GIVEN_CHARS + 1):
                after = text[end + given : end + given + 1 + longest]
                after = after[1:] if table.spaced and after.startswith(" ") else after
                role = next((r for r in table.roles if after.startswith(r)), None)
                middle = text[end : end + given]
                if (
                    role is not None
                    and role not in table.honorifics
                    and (not given or middle.isalpha())
                ):
                    return role, name + middle
        at = text.find(name, at + len(name))
    return None, name


_GIVEN_CHARS = 2
"""Characters a Japanese given name may add between a surname and a title (石破茂首相)."""


_NAME_CHARS = (2, 3)
"""A Chinese name without an office is two or three characters (four-character ones are
rarer than bodies' short names: 中国足协)."""


def _looks_like_a_name(name: str, table: AttributionTable, text: str) -> bool:
    """Whether a speaker with no office reads as a person rather than a body or an office:
    a Korean name; a Chinese name's length; in Japanese, a name the text also writes with
    an honorific (``山田氏``, ``山田さん``), since companies and towns speak there too."""
    if table.spaced:
        return korean_name(name, table)
    if any(name.endswith(r) for r in table.roles) or name in table.writers:
        return False
    if not table.role_before_name:
        return any(name + h in text for h in table.honorifics)
    low, high = _NAME_CHARS
    return low <= len(name) <= high and not name.endswith(table.body_endings)


def speakers_from_statements(
    quotes: list[QuoteSuggestion],
    statements: Sequence[StatementSuggestion],
    text: str,
    table: AttributionTable,
    written: Sequence[tuple[str, str, int]],
) -> list[QuoteSuggestion]:
    """A quote attributed to a pronoun nobody quoted before is the last person named before
    it: the speaker of reported speech (``…表示，…。他强调说：“…”``; statements are read after
    quotes) or, in Chinese, a person named after an office (``香港特区行政长官李家超16日发表…。
    他说：“…”``)."""
    named = [(s.end, s.speaker, s.speaker_role) for s in statements]
    named += [(at + len(name), name, office) for name, office, at in written]
    out = []
    for quote in quotes:
        if quote.speaker is None and quote.cue is not None:
            lead = text[max(0, quote.start - _PRONOUN_REACH) : quote.start]
            earlier = [item for item in named if item[0] <= quote.start]
            if earlier and any(p in lead for p in table.pronouns):
                _, name, office = max(earlier, key=lambda item: item[0])
                quote = replace(quote, speaker=name, speaker_role=office)
        out.append(quote)
    return out


def full_speakers(
    quotes: Sequence[QuoteSuggestion],
    statements: Sequence[StatementSuggestion],
    written: Sequence[tuple[str, str, int]],
) -> tuple[list[QuoteSuggestion], list[StatementSuggestion]]:
    """Speakers named short after the text named them in full take the full name and its
    office: a surname with the title (``이 대표는`` after ``이재명 더불어민주당 대표는``;
    ``大坂選手は`` after ``大坂なおみ選手は``), or the name alone (``王毅说`` after ``中国外交部长
    王毅``)."""
    offices: dict[str, str | None] = {}
    for name, office, _ in written:
        offices.setdefault(name, office)
    spoken: list[tuple[str | None, str | None]] = [
        *((s.speaker, s.speaker_role) for s in statements),
        *((q.speaker, q.speaker_role) for q in quotes),
    ]
    for speaker, role in spoken:
        if speaker and not offices.get(speaker):
            offices[speaker] = role

    def full(name: str | None, role: str | None) -> tuple[str | None, str | None]:
        if not name:
            return name, role
        longer = {
            n
            for n, office in offices.items()
            if n != name
            and office
            and n.startswith(name)
            and (not role or office.endswith(role) or role.endswith(office))
        }
        if len(longer) == 1:
            name = longer.pop()
        office = offices.get(name)
        if office and (not role or len(office) > len(role)) and office.endswith(role or ""):
            role = office
        return name, role

    def quote(q: QuoteSuggestion) -> QuoteSuggestion:
        name, role = full(q.speaker, q.speaker_role)
        return replace(q, speaker=name, speaker_role=role)

    def statement(s: StatementSuggestion) -> StatementSuggestion:
        name, role = full(s.speaker, s.speaker_role)
        return replace(s, speaker=name or s.speaker, speaker_role=role)

    return [quote(q) for q in quotes], [statement(s) for s in statements]


_PRONOUN_REACH = 8
"""How far before a quote its pronoun speaker stands (``他强调说：“``)."""


_NAME_LENGTHS = (3, 2)
_ROLE_REACH = 10
"""Characters an office may hold before its role word (``新加坡总理``, ``国务院总理``)."""


def _han_name(word: str) -> bool:
    return all(_is_han(ch) or ch == "·" for ch in word)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def officials(text: str, table: AttributionTable) -> list[tuple[str, str, int]]:
    """Chinese: people named right after their office, whether or not they speak
    (``国务院总理李强23日在北京会见新加坡总理黄循财``: 李强, 国务院总理; 黄循财, 新加坡总理),
    as (name, office, where the name starts). The name is two or three characters (more
    with a ``·``) ending before a verb, a particle, a digit or punctuation; it must open
    with a common surname, hold a ``·`` or recur in the text, so ``总统选举`` is no one."""
    if table.spaced:
        return _korean_officials(text, table)
    if not table.role_before_name:
        return _japanese_officials(text, table)
    if not table.surnames:
        return []
    found: list[tuple[str, str, int]] = []
    for role in table.roles:
        at = text.find(role)
        while at >= 0:
            start = at + len(role)
            name = _name_at(text, start, table)
            if name is not None and not any(
                start < s + len(n) and s < start + len(name) for n, _, s in found
            ):
                found.append((name, _office_before(text, at, start, table), start))
            at = text.find(role, at + 1)
    for name, office, start in _names_before_office(text, table):
        if not any(start < s + len(n) and s < start + len(name) for n, _, s in found):
            found.append((name, office, start))
    found.sort(key=lambda item: item[2])
    return found


def _name_at(text: str, start: int, table: AttributionTable) -> str | None:
    dotted = text.find("·", start, start + 4)
    if dotted > 0:
        end = dotted + 1
        while end < len(text) and _is_han(text[end]) and end - start < MAX_PHRASE:
            end += 1
        return text[start:end] if end > dotted + 1 else None
    for length in _NAME_LENGTHS:
        name = text[start : start + length]
        if len(name) != length or not _han_name(name):
            continue
        rest = text[start + length :]
        if length == 3 and name[-1] in table.after_name:
            continue  # 李强于23日: 于 opens what follows
        if not _name_ends(rest, table) or _not_a_name(name, table):
            continue
        if name[0] in table.surnames or text.count(name) > 1:
            return name
    return _foreign_name_at(text, start, table)


def _name_ends(rest: str, table: AttributionTable) -> bool:
    """Whether a name may end where ``rest`` starts: at its end, before a digit or a mark,
    a word that follows names (``在``, ``会见``), a time word (``周四``) or a speech verb
    (``王亚丽提醒``)."""
    return (
        not rest
        or not _is_han(rest[0])
        or rest.startswith(table.after_name)
        or rest.startswith(table.phrase_stops)
        or rest.startswith(table.cues_before)
    )


def _not_a_name(name: str, table: AttributionTable) -> bool:
    """An office, a speech verb or a time word where a name would stand (``发言人表示``)."""
    return any(name.endswith(r) or name.startswith(r) for r in table.roles) or name.startswith(
        table.cues_before + table.after_name + table.phrase_stops
    )


_FOREIGN_CHARS = (2, 8)


def _foreign_name_at(text: str, start: int, table: AttributionTable) -> str | None:
    """A foreign name spelled in the characters of transliteration (``联合国秘书长古特雷斯23日``,
    ``国务卿布林肯表示``): three or more of them, or two the text writes again."""
    end = start
    while end < len(text) and text[end] in table.translit_chars and end - start < _FOREIGN_CHARS[1]:
        end += 1
    name = text[start:end]
    if len(name) < _FOREIGN_CHARS[0] or not _name_ends(text[end:], table):
        return None
    if _not_a_name(name, table) or (len(name) == 2 and text.count(name) < 2):
        return None
    return name


def _names_before_office(text: str, table: AttributionTable) -> list[tuple[str, str, int]]:
    """Chinese names written before an office that may follow them (``习近平主席22日``):
    two or three characters opening with a surname, at a clause's start or after a word
    that ends a phrase, the office followed by what may follow a name."""
    found: list[tuple[str, str, int]] = []
    for role in table.roles_after_name:
        at = text.find(role)
        while at >= 0:
            for length in _NAME_LENGTHS:
                start = at - length
                name = text[start:at]
                if start < 0 or not _han_name(name) or name[0] not in table.surnames:
                    continue
                opens = start == 0 or not _is_han(text[start - 1])
                if not opens and not any(text.endswith(b, 0, start) for b in table.name_boundaries):
                    continue
                if _name_ends(text[at + len(role) :], table) and not _not_a_name(name, table):
                    found.append((name, role, start))
                    break
            at = text.find(role, at + 1)
    return found


def _office_before(text: str, role_at: int, role_end: int, table: AttributionTable) -> str:
    """The office: the role word and what names whose it is, back to a break or a word
    that ends the previous phrase (``会见新加坡总理``: 新加坡总理)."""
    start = clause_start(text, role_at, max(0, role_at - _ROLE_REACH), table.clause_breaks)
    head = text[start:role_at].rsplit(" ", 1)[-1]  # after a dateline's space
    for boundary in table.name_boundaries:
        cut = head.rfind(boundary)
        if cut >= 0:
            head = head[cut + len(boundary) :]
    while head and (head[0].isdigit() or head[0] in "日月年"):
        head = head[1:]
    return head + text[role_at:role_end]


_KOREAN_TOKEN = re.compile(r"\S+")
_KOREAN_PARTICLES = ("은", "는", "이", "가", "과", "와", "을", "를", "의", "도")
_KOREAN_AFTER_ROLE = frozenset(
    {"", *_KOREAN_PARTICLES, "께서", "에게", "으로", "로", "과의", "와의", "이며", "이자", "에"}
)
"""What may follow a role word in its token (``대통령은``, ``장관과의``); not ``팀은``
(``대표팀은``: the national team)."""
_KOREAN_REACH = 3
"""Words an office may hold between a Korean name and its role word (국민의힘 대표)."""


def _korean_officials(text: str, table: AttributionTable) -> list[tuple[str, str, int]]:
    """Korean: a name, the office's words, a role word with its particle (``윤석열 대통령은``,
    ``한동훈 국민의힘 대표는``): the name is the nearest Korean name before the role word."""
    tokens = list(_KOREAN_TOKEN.finditer(text))
    found: list[tuple[str, str, int]] = []
    for k, token in enumerate(tokens):
        word = token.group()
        role = next(
            (r for r in table.roles if word.startswith(r) and word[len(r) :] in _KOREAN_AFTER_ROLE),
            None,
        )
        if role is None:  # 외교장관과, 예결위원장은: an office written as one word
            core = word[:-1] if word.endswith(_KOREAN_PARTICLES) else word
            role = core if compound_role(core, table) else None
        if role is None or role in table.honorifics:
            continue
        for back in range(1, _KOREAN_REACH + 1):
            if k - back < 0:
                break
            name = tokens[k - back].group()
            if korean_name(name, table):
                office = " ".join([*(t.group() for t in tokens[k - back + 1 : k]), role])
                if not any(s == tokens[k - back].start() for _, _, s in found):
                    found.append((name, office, tokens[k - back].start()))
                break
            if any(ch in name for ch in '.,!?"“”'):
                break
            if name in table.not_names and back == 1:  # 페니 웡 호주 외교장관: a country
                foreign = _foreign_korean_name(tokens, k - back)
                if foreign is not None:
                    found.append((foreign[0], f"{name} {role}", foreign[1]))
                break
    return found


_FOREIGN_WORDS = (2, 1)
"""A foreign name in hangul: given name and surname, or one word."""
_KOREAN_NOT_NAME_TAIL = (
    *_KOREAN_PARTICLES,
    "에",
    "로",
    "한",
    "인",
    "된",
    "던",
    "운",
    "할",
    "고",
    "며",
    "서",
)
"""A particle or a verb's ending (한국을, 방문한, 중인): that word is no foreign name's."""


def _foreign_korean_name(tokens: list[re.Match[str]], country: int) -> tuple[str, int] | None:
    """The foreign name right before a country and an office (``방한 중인 페니 웡 호주
    외교장관``): one or two words of hangul that end in no particle or verb ending."""
    for count in _FOREIGN_WORDS:
        words = tokens[country - count : country]
        if len(words) != count or country - count < 0:
            continue
        texts = [w.group() for w in words]
        if all(
            t
            and all("\uac00" <= ch <= "\ud7a3" for ch in t)
            and not t.endswith(_KOREAN_NOT_NAME_TAIL)
            for t in texts
        ) and (count == 2 or len(texts[0]) >= 3):
            return " ".join(texts), words[0].start()
    return None


_KANA_OR_KANJI = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]+$")
_KATAKANA = re.compile(r"[\u30a1-\u30ff]+")
_HIRAGANA_GIVEN = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}[\u3041-\u309f]{1,2}[みなりらこえよほね]"
)
"""A kanji surname and a given name in hiragana (``大坂なおみ``): its last sound one that
ends names, not a verb or an adjective (``会談した``, ``新たな``)."""
_KATAKANA_NAME = 12
"""Characters a foreign name in katakana may hold (``ジャイシャンカル``, ``ネタニヤフ``)."""
_COUNTRY_MARKS = frozenset("米英仏独露中韓伊加豪印朝")
"""One kanji for a country before a foreign name (``米ブリンケン``): not the name's."""


def _without_country(name: str) -> str:
    if len(name) > 2 and name[0] in _COUNTRY_MARKS and _KATAKANA.fullmatch(name[1:]):
        return name[1:]
    return name


def _japanese_name(name: str, text: str) -> bool:
    """A Japanese name before its title: three or four kanji (two when the text writes them
    again), a foreign name in katakana (``ネタニヤフ首相``), or a kanji surname with a
    katakana given name (``玉城デニー知事``)."""
    if _KATAKANA.fullmatch(name):
        return len(name) >= 2
    split = _KATAKANA.search(name)
    if split is not None and split.end() == len(name) and split.start() > 0:
        return 2 <= split.start() <= 3 and not _KATAKANA.search(name, 0, split.start())
    if _KATAKANA.search(name):
        return False  # ブリンケン国務: a title's word runs into the name
    if _HIRAGANA_GIVEN.fullmatch(name):
        return True
    return 3 <= len(name) <= 4 or (len(name) == 2 and text.count(name) > 1)


def _japanese_officials(text: str, table: AttributionTable) -> list[tuple[str, str, int]]:
    """Japanese: a name written right before its title (``石破茂首相``, ``植田和男総裁``): a run
    of kanji or katakana of three or four characters, or of two when the text writes it
    again, not a body's name (``日本銀行総裁`` names no one)."""
    found: list[tuple[str, str, int]] = []
    for role in table.roles:
        if role in table.honorifics:
            continue
        at = text.find(role)
        while at >= 0:
            if any(len(r) > len(role) and text.endswith(r, 0, at + len(role)) for r in table.roles):
                at = text.find(role, at + 1)
                continue  # 林官房長官: 長官 is the end of 官房長官
            run = _KANA_OR_KANJI.search(text, max(0, at - _KATAKANA_NAME), at)
            name = run.group() if run is not None and run.end() == at else ""
            hiragana = _HIRAGANA_GIVEN.search(text, max(0, at - 6), at)
            if not name and hiragana is not None and hiragana.end() == at:
                name = hiragana.group()  # 大坂なおみ選手
            office = role
            for prefix in table.role_prefixes:  # 斎藤元彦前知事: 前 is the office's
                if name.endswith(prefix) and len(name) > len(prefix) + 1:
                    name, office = name[: -len(prefix)], prefix + role
            name = _without_country(name)
            ok = (
                _japanese_name(name, text)
                and not name.endswith(table.body_endings)
                and name not in table.not_names
            )
            start = text.rfind(name, 0, at) if name else at
            if ok and not any(a < start + len(name) and start < a + len(n) for n, _, a in found):
                found.append((name, office, start))
            at = text.find(role, at + 1)
    # 芳野会長 after 芳野友子会長: the surname alone is the same person
    return [f for f in found if not any(o != f[0] and o.startswith(f[0]) for o, _, _ in found)]
