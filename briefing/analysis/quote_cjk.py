"""Who said a quote in Chinese, Japanese and Korean.

The cue words of :mod:`briefing.analysis.attribution` are read between spaces; these
languages write a speaker, a verb and a quote mark side by side. Chinese leads into a quote
with its speaker and verb (``外交部发言人毛宁表示：“…”``) or closes it with them
(``“…，”毛宁说。``); Japanese and Korean close a quote with a quoting particle and a verb
(``「…」と述べた``, ``"…"라고 말했다``) and name the speaker as the sentence's topic, before
the quote (``岸田文雄首相は24日、「…」と述べた``) or between the particle and the verb. The
words come from ``data/<lang>/attribution.json``; a language with that table is attributed
here, and the rest of :mod:`briefing.analysis.quotes` (continued quotes, pronouns to the
previous speaker) works on the result as on any other attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing.analysis.attribution import Attribution
from briefing.analysis.languages import available_languages, load_table, longest_first
from briefing.analysis.speaker_phrases import SpeakerPhrase

_REACH = 40
"""How far after a quote (characters) its verb may be: ``」と林芳正官房長官は24日の記者会見で述べた``."""
MAX_PHRASE = 24
"""A speaker's phrase longer than this is a clause, not a name with its office."""
_KOREAN_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹모탁어은편용예경봉복태목형피두감호음빈동온좌"
)
"""Korean surnames: a three-syllable word that opens with one is a person's name
(``김지원``), though ``원`` also ends a body's (``국정원``)."""
_AGE = re.compile(r"\(\d{1,3}\)")
_TRAILING_NAME = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]+$")
_ASIDE = re.compile(r"[（(][^（()）]*[）)]")
"""A bracketed aside after a name or office (``石破茂首相（自民党総裁）``)."""
"""An age in brackets after a name (``김모(45)``)."""
_KOREAN_BODY_ENDINGS = ("부", "청", "처", "당", "회", "실")
"""What ends a body's name (국방부, 경찰청, 민주당), never a person's."""
_KOREAN_BODY_OR_NAME = ("원", "국", "군", "소", "관")
"""What ends a body's name (국정원) or a person's (김지원): a surname first makes it his."""
_KOREAN_PLACES = frozenset(
    {
        "미",
        "중",
        "일",
        "러",
        "북",
        "한",
        "영",
        "프",
        "독",
        "미국",
        "중국",
        "일본",
        "러시아",
        "북한",
        "한국",
    }
)


@dataclass(frozen=True, slots=True)
class AttributionTable:
    """One language's ``attribution`` table."""

    cues_before: tuple[str, ...]
    cues_after: tuple[str, ...]
    cue_links: tuple[str, ...]
    links_after_quote: str
    links_before_quote: str
    topic_markers: tuple[str, ...]
    clause_breaks: str
    phrase_stops: tuple[str, ...]
    pronouns: dict[str, str | None]
    roles: tuple[str, ...]
    honorifics: tuple[str, ...]
    role_before_name: bool
    body_link: str
    name_chars: int
    spaced: bool
    """Korean separates its words: the phrase is read by words, its topic marker ends one."""
    openers: tuple[str, ...]
    """Words that open a sentence before its topic (하지만, また): not the speaker's."""
    not_speech_before: tuple[str, ...]
    """Chinese: what makes the verb after it no speech (``来说``, ``比如说``, ``听说``)."""
    body_endings: tuple[str, ...]
    """Chinese: what ends a body's name (外交部, 国健局): a body may speak."""
    cues_right_after: tuple[str, ...]
    """Japanese particle and verb that report only right after the quote (``「…」としてい
    る``, ``「…」との考えを示した``): further on the verb is another clause's (``と題した``)."""
    after_name: tuple[str, ...]
    """Chinese: what may follow a name written after its office (``黄循财时``, ``李强23日``)."""
    name_boundaries: tuple[str, ...]
    """Chinese: what may stand before an office written before a name (``会见新加坡总理``)."""
    surnames: str
    """Chinese: the common surnames a name written after its office may open with."""
    translit_chars: frozenset[str]
    """Chinese: the characters foreign names are spelled with (古特雷斯, 布林肯): a name of
    these alone may be longer than a Chinese one and open with no surname."""
    roles_after_name: tuple[str, ...]
    """Chinese: the offices also written after the name (``习近平主席``, ``王先生``)."""
    thus_words: tuple[str, ...]
    """Japanese, Korean: "thus" before a speech verb (``こう話した``, ``이렇게 말했다``): the
    sentence after a quote that stands alone names who said it."""
    not_names: frozenset[str]
    """Japanese: places and the like written before an office as a name would be
    (``アメリカ大統領``, ``ロシア外相``): never a person's name."""
    stance_endings: tuple[str, ...]
    """Japanese: how a sentence ends when its topic shows a stance (``考えを示した``)."""
    descriptors: frozenset[str]
    """Korean: the plain descriptions put before a name (``시민 김모 씨``: 시민)."""
    role_prefixes: tuple[str, ...]
    """What a title takes before it (``前``, ``元``: トランプ前大統領)."""
    writers: frozenset[str]
    """The first person and the like (我们, 私, 우리): the writer speaks, nobody to name."""


@cache
def attribution_table(language: str | None) -> AttributionTable | None:
    """The table of ``language``, or None where attribution reads words between spaces."""
    if not language or language not in available_languages("attribution"):
        return None
    t = load_table(language, "attribution")
    return AttributionTable(
        cues_before=longest_first(t.get("cues_before", ())),
        cues_after=longest_first(t.get("cues_after", ())),
        cue_links=longest_first(t.get("cue_link", ())),
        links_after_quote="".join(t.get("links_after_quote", ())),
        links_before_quote="".join(t.get("links_before_quote", ())),
        topic_markers=tuple(str(m) for m in t.get("topic_markers", ())),
        clause_breaks=str(t.get("clause_breaks", "。！？\n")),
        phrase_stops=longest_first(t.get("phrase_stops", ())),
        pronouns={str(k): v for k, v in t.get("pronouns", {}).items()},
        roles=longest_first(t.get("roles", ())),
        honorifics=longest_first(t.get("honorifics", ())),
        role_before_name=bool(t.get("role_before_name", False)),
        body_link=str(t.get("body_link", "")),
        name_chars=int(t.get("name_chars", 6)),
        spaced=language == "ko",
        openers=longest_first(t.get("openers", ())),
        writers=frozenset(str(w) for w in t.get("writers", ())),
        cues_right_after=longest_first(t.get("cues_right_after", ())),
        role_prefixes=longest_first(t.get("role_prefixes", ())),
        descriptors=frozenset(str(w) for w in t.get("descriptors", ())),
        stance_endings=longest_first(t.get("stance_endings", ())),
        after_name=longest_first(t.get("after_name", ())),
        name_boundaries=longest_first(t.get("name_boundaries", ())),
        surnames=str(t.get("surnames", "")),
        translit_chars=frozenset(str(t.get("translit_chars", ""))),
        roles_after_name=longest_first(t.get("roles_after_name", ())),
        not_names=frozenset(str(w) for w in t.get("not_names", ())),
        thus_words=longest_first(t.get("thus_words", ())),
        not_speech_before=longest_first(t.get("not_speech_before", ())),
        body_endings=longest_first(t.get("body_endings", ())),
    )


def cjk_attribution(
    text: str, open_at: int, close_at: int | None, para_start: int, table: AttributionTable
) -> Attribution | None:
    """The attribution of the quote opening at ``open_at`` (its mark) and closing at
    ``close_at`` (its mark; None when it runs on), or None when the text names none."""
    if close_at is not None:
        after = _after(text, close_at + 1, open_at, para_start, table)
        if after is not None:
            return after
    before = _before(text, open_at, para_start, table)
    if before is None and close_at is not None:
        return _named_next(text, close_at, table)
    return before


_SENTENCE_ENDS = "。.!?！？"


def _named_next(text: str, close_at: int, table: AttributionTable) -> Attribution | None:
    """``「…」。小林正人さんはこう話した``, ``"…." 박민수씨는 이렇게 말했다``: a quote that is a
    sentence of its own, the next sentence (same paragraph) naming its speaker as its
    topic with "thus" and a speech verb."""
    if not table.thus_words:
        return None
    pos = close_at + 1
    while pos < len(text) and text[pos] in _SENTENCE_ENDS + " ":
        pos += 1
    ended = any(ch in _SENTENCE_ENDS for ch in text[close_at - 1 : pos])
    if not ended or pos >= len(text) or text[pos] in QUOTE_MARKS:
        return None
    end = pos
    while end < len(text) and text[end] not in table.clause_breaks:
        end += 1
    sentence = text[pos:end]
    for thus in table.thus_words:
        at = sentence.find(thus)
        if at <= 0:
            continue
        rest = sentence[at + len(thus) :].lstrip()
        cue = next((c for c in table.cues_after if rest.startswith(c)), None)
        phrase = topic(sentence[:at], table) if cue is not None else None
        if cue is not None and phrase:
            return Attribution(speaker_of(phrase, table), cue, pos + at, "next sentence")
    return None


QUOTE_MARKS = '“”「」『』"«»‘’'


def clause_start(text: str, at: int, floor: int, breaks: str) -> int:
    """Where the clause holding ``at`` starts: after a break or a quote mark."""
    i = at
    while i > floor and text[i - 1] not in QUOTE_MARKS:
        if text[i - 1] in breaks and not (
            text[i - 1] == "." and text[i - 2 : i - 1].isdigit() and text[i : i + 1].isdigit()
        ):
            break  # not the point of 3.25
        i -= 1
    return i


def _after(
    text: str, start: int, open_at: int, para_start: int, table: AttributionTable
) -> Attribution | None:
    """``“…，”毛宁说``; ``「…」と林官房長官は述べた``, ``「…」と述べた`` (the topic before
    the quote speaks); ``"…"라고 말했다``."""
    right = next((c for c in table.cues_right_after if text.startswith(c, start)), None)
    if right is not None:  # 「…」としている: the topic before the quote speaks
        clause = text[clause_start(text, open_at, para_start, table.clause_breaks) : open_at]
        phrase = topic(clause, table)
        speaker = speaker_of(phrase, table) if phrase else SpeakerPhrase(None)
        return Attribution(speaker, right, start, "particle")
    pos = start
    if table.cue_links:
        link = next((w for w in table.cue_links if text.startswith(w, pos)), None)
        if link is None:
            return None
        pos += len(link)
    while pos < len(text) and text[pos] in table.links_after_quote + "、 ":
        pos += 1
    stop = min(len(text), pos + _REACH)
    for i in range(pos, stop):
        if (
            text[i] in table.clause_breaks and text[i] not in table.links_after_quote + "、 "
        ) or text[i] in QUOTE_MARKS:
            stop = i  # the clause ends, or the next quote opens
            break
    for i in range(pos, stop):
        cue = next((c for c in table.cues_after if text.startswith(c, i)), None)
        if cue is None:
            continue
        between = text[pos:i]
        if table.cue_links:  # Japanese, Korean: a topic-marked speaker between, or before
            phrase = topic(between, table) or topic(
                text[clause_start(text, open_at, para_start, table.clause_breaks) : open_at],
                table,
            )
        else:
            phrase = cut_at_stops(between.strip(table.links_after_quote + " "), table)
            if not phrase or any(ch in table.clause_breaks for ch in phrase):
                return None
            following = text[i + len(cue) : i + len(cue) + 1]
            if (
                following in table.links_before_quote
                and following
                and (following in "：:" or text[start - 2 : start - 1] not in "，,")
            ):
                return None  # "她还说：“…”": the verb leads into the next quote
        speaker = speaker_of(phrase, table) if phrase else SpeakerPhrase(None)
        if speaker.pronoun and table.cue_links:
            speaker = _earliertopic(text, open_at, para_start, table) or speaker
        return Attribution(speaker, cue, i, "particle" if table.cue_links else "after")
    return None


def _before(
    text: str, open_at: int, para_start: int, table: AttributionTable
) -> Attribution | None:
    """``外交部发言人毛宁表示：“…”``: a speaker and a verb leading into the quote."""
    if not table.cues_before:
        return None
    end = open_at
    while end > para_start and text[end - 1] in table.links_before_quote + " ":
        end -= 1
    cue = next(
        (
            c
            for c in table.cues_before
            if end - len(c) >= para_start and text.startswith(c, end - len(c))
        ),
        None,
    )
    if cue is None:
        return None
    cue_start = end - len(cue)
    phrase = text[clause_start(text, cue_start, para_start, table.clause_breaks) : cue_start]
    phrase = cut_at_stops(phrase, table)
    if not phrase:
        return None
    return Attribution(speaker_of(phrase, table), cue, cue_start, "lead")


def _earliertopic(
    text: str, open_at: int, para_start: int, table: AttributionTable
) -> SpeakerPhrase | None:
    """``엘제이는 …했다. 그는 "…"고 말했다``: the pronoun is the previous sentence's topic,
    when that is a name (not another pronoun) in the same paragraph."""
    end = clause_start(text, open_at, para_start, table.clause_breaks)
    while end > para_start and text[end - 1] not in table.clause_breaks:
        end -= 1  # back over the pronoun's own sentence (its quote marks included)
    if end <= para_start:
        return None
    start = end - 1
    while start > para_start and text[start - 1] not in table.clause_breaks:
        start -= 1
    phrase = topic(text[start : end - 1], table)
    if not phrase or phrase in table.pronouns:
        return None
    speaker = speaker_of(phrase, table)
    return speaker if speaker.name else None


def cut_at_stops(phrase: str, table: AttributionTable) -> str:
    """The phrase before its first time, place or manner word (``毛宁24日在…``: 毛宁),
    after a dateline (``新华社北京10月24日电 外交部发言人…``: Chinese writes no other
    space) and without a sentence opener (``有专家``, ``据``)."""
    if not table.spaced and " " in phrase.strip():
        phrase = phrase.strip().rsplit(" ", 1)[1]
    for opener in ("有", "据") if table.role_before_name else ():
        if phrase.startswith(opener):
            phrase = phrase[len(opener) :]
            break
    if table.role_before_name and phrase.startswith(table.openers):
        return ""  # "同时认为", "所以说": a sentence adverb, nobody named
    cut = len(phrase)
    for i, ch in enumerate(phrase):
        if ch.isdigit():
            cut = i
            break
    for stop in table.phrase_stops:
        at = phrase.find(stop, 1)  # a stop opening the phrase is its first character
        if 0 < at < cut:
            cut = at
    return phrase[:cut].strip()


def topic(clause: str, table: AttributionTable) -> str | None:
    """The sentence's topic: the words before its first topic marker (``岸田文雄首相は``,
    ``윤석열 대통령은``); Korean markers end a word, Japanese ones follow the noun."""
    if table.spaced:
        words = clause.split()
        while words and words[0] in table.openers:
            words = words[1:]
        for markers in (table.topic_markers[:2], table.topic_markers[2:]):  # 은/는 first
            for k, word in enumerate(words):
                following = words[k + 1] if k + 1 < len(words) else ""
                if korean_name(word, table) and following.endswith(tuple(table.topic_markers)):
                    continue  # 김정은 국무위원장은: the name ends in 은, the office is marked
                if len(word) > 1 and word.endswith(tuple(markers)):
                    first = max((j + 1 for j in range(k) if words[j].endswith(",")), default=0)
                    phrase = " ".join([*words[first:k], word[:-1]])  # after "…말했고,"
                    return phrase if len(phrase) <= MAX_PHRASE else None
        return None
    best = None
    for marker in table.topic_markers:
        at = clause.find(marker, 1)
        if at > 0 and (best is None or at < best):
            best = at
    if best is None:
        return None
    phrase = _ASIDE.sub("", clause[:best]).strip("、 ")  # 小林正人さん（58）, 機構（NATO）の
    if "、" in phrase:
        phrase = phrase.rsplit("、", 1)[1]
    for opener in table.openers:
        if phrase.startswith(opener) and len(phrase) > len(opener):
            phrase = phrase[len(opener) :]
            break
    return phrase if 0 < len(phrase) <= MAX_PHRASE else None


def speaker_of(phrase: str, table: AttributionTable) -> SpeakerPhrase:
    """The phrase as a name and a role: a pronoun is the previous speaker."""
    if phrase in table.writers:
        return SpeakerPhrase(None)
    if phrase in table.pronouns:
        gender = table.pronouns[phrase]
        return SpeakerPhrase(None, pronoun=True, gender=gender)
    if table.spaced:
        return _korean(phrase, table) if len(phrase) <= MAX_PHRASE else SpeakerPhrase(None)
    phrase = _ASIDE.sub("", phrase).strip() or phrase  # 石破茂首相（自民党総裁）
    if len(phrase) > MAX_PHRASE:
        return SpeakerPhrase(None)
    if table.role_before_name:
        return _role_then_name(phrase, table)
    return _name_then_title(phrase, table)


def without_honorific(phrase: str, table: AttributionTable) -> str:
    """``李伟东先生`` → 李伟东, ``山田氏`` → 山田: the phrase without its honorific."""
    for honorific in table.honorifics:
        if phrase.endswith(honorific) and len(phrase) > len(honorific):
            return phrase[: -len(honorific)]
    return phrase


def _role_then_name(phrase: str, table: AttributionTable) -> SpeakerPhrase:
    """Chinese: ``美国总统拜登`` → 拜登, 美国总统; a role with no name speaks as such;
    ``李伟东先生`` is 李伟东."""
    phrase = without_honorific(phrase, table)
    best = -1
    for role in table.roles:
        at = phrase.rfind(role)
        if at >= 0 and at + len(role) > best:
            best = at + len(role)
    if best < 0:
        return SpeakerPhrase(phrase)
    name = phrase[best:]
    limit = table.name_chars * (2 if "·" in name else 1)
    if not name or len(name) > limit:
        return SpeakerPhrase(phrase)
    if table.surnames and not (
        name[0] in table.surnames or "·" in name or all(ch in table.translit_chars for ch in name)
    ):
        # 熊宗桦司长致词: what follows the office opens with no surname, and a name with
        # one stands before the office
        role_at = best - len(next(r for r in table.roles if phrase.endswith(r, 0, best)))
        for length in (3, 2):
            before = phrase[role_at - length : role_at]
            if role_at - length >= 0 and before[:1] in table.surnames:
                return SpeakerPhrase(before, role=phrase[: role_at - length] + phrase[role_at:best])
    return SpeakerPhrase(name, role=phrase[:best])


def _name_then_title(phrase: str, table: AttributionTable) -> SpeakerPhrase:
    """Japanese: ``岸田文雄首相`` → 岸田文雄, 首相; ``米国務省のミラー報道官`` → ミラー,
    米国務省の報道官; ``山田氏`` → 山田."""
    bare = without_honorific(phrase, table)
    if bare != phrase:
        run = _TRAILING_NAME.search(bare)  # ブドウ農家を営む小林正人さん: 小林正人
        return SpeakerPhrase(run.group() if run is not None and len(run.group()) > 1 else bare)
    role = next((r for r in table.roles if phrase.endswith(r)), None)
    if role is None:
        tail = phrase.rsplit(table.body_link, 1)[-1] if table.body_link else phrase
        return SpeakerPhrase(tail if len(tail) > 1 else phrase)  # ゲーム大手の任天堂
    name = phrase[: -len(role)]
    prefix = next((p for p in table.role_prefixes if name.endswith(p) and len(name) > len(p)), "")
    if prefix:  # トランプ前大統領: the former president
        name, role = name[: -len(prefix)], prefix + role
    body = ""
    if table.body_link and table.body_link in name:
        body, name = name.rsplit(table.body_link, 1)
        body += table.body_link
    if not name or len(name) > table.name_chars:
        return SpeakerPhrase(phrase)
    return SpeakerPhrase(name, role=body + role)


def _korean(phrase: str, table: AttributionTable) -> SpeakerPhrase:
    """Korean: the name's words, then the office's (``매튜 밀러 미 국무부 대변인``)."""
    phrase = _ASIDE.sub("", phrase)  # 연방준비제도(연준) 의장, 박민수(가명)씨
    words = [w for w in phrase.split() if not _AGE.fullmatch(w)]  # 김모(45) 씨
    words = [_AGE.sub("", w) for w in words]
    if len(words) > 1 and words[-1] in table.honorifics:
        words = words[:-1]  # 씨: Mr or Ms
    words = [  # 박민수씨: the honorific glued to a name
        bare if (bare := without_honorific(w, table)) != w and korean_name(bare, table) else w
        for w in words
    ]
    if len(words) == 2 and words[0] in table.descriptors:
        return SpeakerPhrase(words[1], role=words[0])  # 시민 김모
    if (
        len(words) > 1
        and korean_name(words[-1], table)
        and not words[-1].endswith(_KOREAN_BODY_OR_NAME)  # 스웨덴 한림원: a body
        and not any(korean_name(w, table) for w in words[:-1])
    ):
        return SpeakerPhrase(words[-1], role=" ".join(words[:-1]))  # 배달노동자 박민수
    if len(words) == 1:
        return SpeakerPhrase(words[0])
    if len(words) == 2 and words[0] in _KOREAN_SURNAMES and words[1] in table.roles:
        return SpeakerPhrase(words[0], role=words[1])  # 한 원내대표: the surname, the office
    if len(words) > 1 and korean_name(words[0], table):
        return SpeakerPhrase(words[0], role=" ".join(words[1:]))  # 이창용 한국은행 총재
    owner = next((k for k, w in enumerate(words[:-2]) if w.endswith("의") and len(w) > 2), None)
    if owner is not None:  # 미국 국무부의 매슈 밀러 대변인: the body's, then the person
        inner = _korean(" ".join(words[owner + 1 :]), table)
        if inner.name and inner.role:
            return SpeakerPhrase(inner.name, role=" ".join([*words[: owner + 1], inner.role]))
    first_office = len(words)
    for k, word in enumerate(words):
        person = korean_name(word, table)
        if not person and (
            word in table.roles
            or compound_role(word, table)
            or word in _KOREAN_PLACES
            or word.endswith(_KOREAN_BODY_ENDINGS + _KOREAN_BODY_OR_NAME)
        ):
            first_office = k
            break
    if first_office == 0 or first_office == len(words):
        return SpeakerPhrase(phrase)
    return SpeakerPhrase(" ".join(words[:first_office]), role=" ".join(words[first_office:]))


def compound_role(word: str, table: AttributionTable) -> bool:
    """A Korean office written as one word ending in a role (``예결위원장``, ``외교장관``)."""
    return any(len(r) >= 2 and len(word) > len(r) and word.endswith(r) for r in table.roles)


def korean_name(word: str, table: AttributionTable) -> bool:
    """Three syllables opening with a surname, not a body's name, an office, nor a verb's
    or a particle's ending (``기소된``: indicted)."""
    return (
        len(word) == 3
        and word[0] in _KOREAN_SURNAMES
        and not word.endswith(_KOREAN_BODY_ENDINGS + _KOREAN_NOT_NAME_ENDINGS)
        and word not in table.roles
        and word[:-1] not in table.roles  # 감독이: an office and its particle
    )


_KOREAN_NOT_NAME_ENDINGS = ("된", "던", "를", "을", "의", "에", "로", "와", "과", "했", "한다", "는", "사")  # fmt: skip
"""What ends a verb's or a particle's form (기소된, 이끄는), or a company's word (배급사,
통신사), never a three-syllable name."""


def fill_roles(speakers: list[tuple[str | None, str | None]]) -> list[str | None]:
    """Each speaker's role, or the last role the same speaker had before (a quote
    attributed by a pronoun, ``他说``, names no office)."""
    known: dict[str, str] = {}
    roles: list[str | None] = []
    for name, role in speakers:
        if name and role:
            known[name] = role
        roles.append(role or (known.get(name) if name else None))
    return roles


_SPEECH_PUNCTUATION = frozenset("，。！？；：,.!?;:…")
"""What a quoted clause holds and a quoted name, title or term does not (the list comma
``、`` joins the items of a name as well: ``「意见、表达和信息自由」``)."""


def looks_spoken(quoted: str) -> bool:
    """Whether unattributed quoted words read as speech rather than a name or a term:
    these languages mark titles, terms and names with the same brackets as speech
    (``「焦点解决理论与实务应用」``, ``「夏服を着た女たち」``), and only speech runs
    through clause punctuation."""
    return any(ch in _SPEECH_PUNCTUATION for ch in quoted)


def plausible_speaker(phrase: str, table: AttributionTable) -> bool:
    """Chinese reported speech has no marks to vouch for it: its speaker must be a name
    (four characters at most), hold an office or be a body, and not open with a sentence
    adverb (``同时认为``, ``所以说``)."""
    if not table.role_before_name:
        return True
    phrase = without_honorific(phrase, table)  # 李伟东先生
    if any(phrase.startswith(o) for o in table.openers) or phrase in table.writers:
        return False
    return (
        len(phrase) <= 4
        or any(role in phrase for role in table.roles)
        or phrase.endswith(table.body_endings)
    )
