"""The speech cues of one language, compiled once from ``data/<lang>/speech.json``.

Cue verbs, pronouns, titles, particles and function words are data, not code branches:
adding a language is adding a table. A language without one gets ``default`` (no cues),
so its quotes are still found, only without speakers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

from briefing.analysis.languages import load_table
from briefing.analysis.numbers import first_letter_guard
from briefing.analysis.tokens import Token

_NEVER = re.compile(r"(?!x)x")
_CUE_WORD_BREAK = re.compile(r"[\s-]+")
"""Between the words of a cue, ``a-t-elle`` included."""
_SHORT_TITLE = 4
"""Letters of the longest title written short (``Prof.``)."""


@dataclass(frozen=True, slots=True)
class SpeechTable:
    """The compiled speech cues of one language."""

    cue_then_speaker: re.Pattern[str]
    speaker_then_cue: re.Pattern[str]
    statement_cues: re.Pattern[str]
    pronoun_cues: re.Pattern[str]
    according_to: re.Pattern[str]
    complementizer: re.Pattern[str]
    pronouns: frozenset[str]
    relatives: frozenset[str]
    determiners: frozenset[str]
    subject_skip: frozenset[str]
    stop_words: frozenset[str]
    connectors: frozenset[str]
    role_words: frozenset[str]
    cue_words: frozenset[str]
    phrases: dict[str, dict[str, tuple[re.Pattern[str] | None, ...]]] = field(default_factory=dict)
    title_abbreviations: dict[str, str] = field(default_factory=dict)
    gender_pronouns: dict[str, str] = field(default_factory=dict)
    """``he`` → ``m``, ``her`` → ``f``: a pronoun cue says which earlier speaker it can be
    (:mod:`briefing.analysis.speaker_gender`); empty where pronouns have no gender."""
    gender_words: dict[str, str] = field(default_factory=dict)
    gender_titles: frozenset[str] = frozenset()
    """Of :attr:`gender_words`, those that say a gender when capitalised before a name
    (``Ms.``); a capitalised ``Chairman`` is a title anyone holds."""
    """Titles and nouns that say a person's gender before their name (``mr``, ``actress``)."""
    """``menpora`` → ``menteri pemuda dan olahraga``: a short title and the full one it
    stands for, so "kata Menpora" finds the minister the article introduced in full."""
    """Cue phrases by kind and first word, longest first: a pattern for the whole phrase
    (``according to``), ``None`` when the first word is the whole cue."""
    first_words: re.Pattern[str] = _NEVER
    """Any first word of a ``CUE_KINDS`` phrase: one scan of the text finds every cue."""
    demonstratives: frozenset[str] = frozenset()
    """``itu``/``tersebut``: a description ending in one points back to a named person."""
    prepositions: frozenset[str] = frozenset()
    verb_second: bool = False
    """The verb comes right after an opening phrase (German ``Laut Reuter kommen …``)."""
    """Words that open a place or time, not reported content (``said in his statement``)."""
    needs_complement: frozenset[str] = frozenset()
    """Cues whose reported content must follow ``that``/``bahwa`` (``told the committee``)."""
    org_words: frozenset[str] = frozenset()
    """Capitalised words of organisations and offices, never part of a personal name."""
    group_subjects: frozenset[str] = frozenset()
    """``police``, ``authorities``: a group that speaks with no article (``…, police said``)."""
    name_particles: frozenset[str] = frozenset()
    """Lowercase words inside personal names: ``bin``, ``van``, ``von der``."""
    skip_suffixes: tuple[str, ...] = ()
    """Adverbs between subject and cue by their ending (English ``tearfully``)."""
    time_words: frozenset[str] = frozenset()
    """``Tuesday``, ``yesterday``: when, not what (``said Tuesday the talks failed``)."""
    time_modifiers: frozenset[str] = frozenset()
    """``on``, ``last``: open a time only before a :attr:`time_units` word (``last week``)."""
    time_units: frozenset[str] = frozenset()
    """``week``, ``night``, weekdays: what a time modifier or time word may take after it."""
    quantity_cues: frozenset[str] = frozenset()
    """Cues that are also verbs of quantity (``added 25 points``, ``added 2%``)."""
    quantity_openers: frozenset[str] = frozenset()
    """Words that open an amount (``more than 2%``): after a quantity cue, no speech."""
    honorifics: frozenset[str] = frozenset()
    """``Mr``, ``Ms``: courtesy, not a role (``said Ms. Persson`` has no role)."""
    auxiliaries: frozenset[str] = frozenset()
    """``was``, ``would``: after a time, they make it the subject of the content (``said
    next year would be hard``), not when it was said."""
    time_any: frozenset[str] = frozenset()
    """Every word of the three time lists: derived once, asked per role and per trailer."""
    opening_words: frozenset[str] = frozenset()
    """Words an opening time or connective is made of (``Pada Senin,``, ``Sementara
    itu,``): time words, prepositions, skippable adverbs, stop words, demonstratives."""
    participle_suffixes: tuple[str, ...] = ()
    """``-ing``: ``said, citing …`` goes on with how it was said, not what."""
    nickname_links: frozenset[str] = frozenset()
    """``alias``, ``aka``: ``Basuki Tjahaja Purnama alias Ahok`` (brackets need none)."""
    not_given_names: frozenset[str] = frozenset()
    """``Pernyataan``, ``Istri``: capitalised at a sentence start before a name, never a
    given name of it (``Pernyataan Jokowi …``, ``Istri Adjie bernama …``)."""
    definite_articles: frozenset[str] = frozenset()
    """``the``: ``the news agency said`` names one the article has named (Xinhua News Agency)."""
    referring_articles: frozenset[str] = frozenset()
    """``der``, ``le``, ``o``: an article before a bare title that points back to the one
    speaker who holds it (``sagte der Kanzler``, ``acrescentou o ministro``), in languages
    whose other uses of the article (``le Mali``) :attr:`definite_articles` would misread."""
    assessment_cues: frozenset[str] = frozenset()
    """Cues that also mean to assess (``menilai``): reported only when no modal or aspect
    word (:attr:`intent_words`: ``akan``, ``masih``, ``diminta``) stands right before."""
    intent_words: frozenset[str] = frozenset()
    case_endings: tuple[tuple[str, str], ...] = ()
    """Endings of a surname's other cases and of its nominative, longest first
    (``ой`` → ``а``: ``Набиуллиной`` is Набиуллина; ``а`` → ``"``: ``Лаврова`` is Лавров)."""
    given_name_endings: tuple[tuple[str, str], ...] = ()
    """Endings of a given name's other cases that :attr:`case_endings` (a surname's)
    lacks, and of its nominative (Ukrainian ``ії`` → ``ія``: ``Юлії`` is Юлія; Polish
    ``ła`` → ``eł``: ``Pawła`` is Paweł); a form counts only if it is a known given name."""
    role_nominatives: dict[str, str] = field(default_factory=dict)
    """A title in another case → its nominative where an ending does not make it (Polish
    ``ministra`` → ``minister``): the role of a source named in the genitive."""
    role_head_first: bool = False
    """Whether a role opens with its title (``ministro da Fazenda``, ``министр финансов``),
    so ``o ministro`` is the one speaker whose role starts so."""
    location_prepositions: frozenset[str] = frozenset()
    """``di``: ``Retno Marsudi di Jakarta mengatakan`` says where, after the subject."""
    addressee_prepositions: frozenset[str] = frozenset()
    """``kepada``: ``Febry kepada wartawan mengatakan`` says to whom, after the subject."""
    spoken_when: frozenset[str] = frozenset()
    """Time words and units, digits: ``…, Senin, mengatakan`` (derived once)."""
    document_words: frozenset[str] = frozenset()
    """``report``, ``statement``, ``laporan``: a document speaks for its author (``said a
    report from Kotak Institutional Equities`` is Kotak Institutional Equities speaking)."""
    source_prepositions: frozenset[str] = frozenset()
    """``from``, ``by``, ``dari``: between such a document and its author."""
    name_suffixes: frozenset[str] = frozenset()
    """``Jr``, ``III``: the end of a name, full stop included (``James Kennedy Jr. said``)."""
    plural_pronouns: frozenset[str] = frozenset()
    """``mereka``, ``they``: a group speaks, no one person to name."""
    verb_prefixes: frozenset[str] = frozenset()
    """``me``: a lowercase word so formed (``membenarkan``, ``menjadikan``) is a verb, where
    a role (a noun phrase) ends; titles so formed (``menteri``) are role words."""
    not_verbs: frozenset[str] = frozenset()
    """Nouns that look like verbs by :attr:`verb_prefixes` (``menantu``, ``media``)."""
    rank_words: frozenset[str] = frozenset()
    """Ranks written right before a name (``Kombes``, ``Irjen``, ``Komisaris Besar``): what
    follows one is all name, no title's complement."""
    name_prefixes: dict[str, frozenset[str]] = field(default_factory=dict)
    """``I`` → ``Wayan``, ``Gusti``…: a word that opens a name before one of its words
    (Balinese ``I Wayan Dipta``, ``I Gusti Putu Suryawirawan``, ``Ida Bagus Rai``), not a
    title's last word (``Kepala Dinas Pariwisata Bali I Wayan Dipta``, not ``… Bali I``);
    ``I`` before any other word is a numeral (``Komisi I``)."""
    rank_services: frozenset[str] = frozenset()
    """``TNI``: the service written after a rank (``Mayjen TNI``), part of the rank."""
    closing_ranks: frozenset[str] = frozenset()
    """Ranks that, closing a role or an organisation's name, are the next person's
    (``Kadiv Humas Polri Irjen``): not those that are names too (``Laksamana``) or other
    words (``Kapten`` of a team, ``Stadion Kapten I Wayan Dipta``)."""
    rank_title_heads: frozenset[str] = frozenset()
    """``direktur``: a rank word after one completes a title (``Direktur Jenderal``)."""
    indefinite_determiners: frozenset[str] = frozenset()
    """``seorang``, ``salah satu``, ``a``: the one so introduced is someone new, not anyone
    named. One word or two (a pair is matched whole: ``salah`` alone is "wrong")."""
    possessives: frozenset[str] = frozenset()
    """``his``, ``son``, ``su``: a description that opens with one is about someone named."""
    places_after_titles: bool = False
    """Whether a title names its place or body right after it (``Menteri Luar Negeri
    Rusia``, ``Wali Kota Verbania``): then a title followed by a place only is an office,
    not a person. English writes ``Russian Foreign Minister`` or ``mayor of London``,
    and ``Coach Jordan`` is a person."""
    name_only_particles: frozenset[str] = frozenset()
    """Particles that are never a preposition in the language (``bin``, ``ibn``; German
    ``van``; all of English's and Indonesian's): a chain they open joins a name wherever
    it stands between name words (:func:`particle_joins`)."""
    descriptions_after_names: bool = False
    """Whether a speaker's description goes on after a name in lower-case words
    (``Humas PT Jasa Marga cabang Jakarta-Cikampek``): else a plain lower-case word after
    a name of two words ends the phrase (``disse o presidente Luiz Inácio Lula durante
    a cerimônia``)."""
    asides: tuple[tuple[str, ...], ...] = ()
    """Openings (lower-case words) of an aside between a speaker and the cue about how
    they spoke: ``speaking on condition of anonymity``, ``yang enggan disebut namanya``."""
    located_bodies: dict[str, str] = field(default_factory=dict)
    """A body as written after ``located_prepositions`` → the body as a speaker
    (``пресс-службе`` → ``пресс-служба``): ``сообщили в пресс-службе губернатора``, the
    impersonal "it was said at the governor's press office", is spoken by that office."""
    located_prepositions: frozenset[str] = frozenset()
    """``в``, ``во``, ``in``, ``di``: before ``located_bodies``; and before a place between
    a cue and a title, where the person spoke (``заявил в Кремле пресс-секретарь``)."""
    opinion_openers: frozenset[str] = frozenset()
    """``pour``, ``para``, ``for``: ``Pour Hélène Garnier, politologue au Cevipof, l'issue
    du vote ne fait guère de doute``: in that person's view, where the word opens a
    sentence and a person's name follows (not ``Pour la première fois, …``). Not cue
    words: ``for`` is in too many names (``Centre for Economic Policy Research``)."""
    occasion_words: frozenset[str] = frozenset()
    """``saat``, ``usai`` + a verb after a subject: when it spoke (``saat ditemui di …``)."""
    pronoun_according: frozenset[str] = frozenset()
    """``menurutnya``: "according to" with its pronoun in one word (``menurut dia``)."""
    opening_according: frozenset[str] = frozenset()
    """``como dijo``, ``как сообщил``, ``comme l'a indiqué``: "according to" cues only
    where they open a sentence (``Como dijo el presidente, …``); closing one (``…, como
    dijo el presidente, Pedro Sánchez.``) they are a closing attribution's opener and cue."""
    recipient_articles: frozenset[str] = frozenset()
    """``der``, ``dem``: the articles before whom something was told (``… der
    Nachrichtenagentur AFP``, ``… dem Magazin Spiegel``)."""
    recipient_endings: tuple[str, ...] = ()
    """``agentur``, ``zeitung``: a noun so ending after an article is whom something was
    told (``sagte ein Sprecher des Unternehmens der Nachrichtenagentur Reuters``), no
    second genitive (``des Bundesministeriums der Justiz``)."""
    located_recipients: frozenset[str] = frozenset()
    """``журналистам``, ``изданию``: whom a located body told (``сообщили в компании
    журналистам``), not part of its name."""
    article_genders: dict[str, str] = field(default_factory=dict)
    """``la`` → ``f``: the gender an article gives the noun after it (``la mandataria``)."""
    epithets: frozenset[str] = frozenset()
    """Words for any holder of an office (``mandataria``, ``governante``, ``autarca``):
    after one, ``la mandataria`` is whoever a sentence just before opened with a title."""
    interview_questions: frozenset[str] = frozenset()
    """Labels of an interview's questions (``q``, ``p``, ``frage``), lower case."""
    interview_answers: frozenset[str] = frozenset()
    interview_words: frozenset[str] = frozenset()
    """``interview``, ``entrevista``: what the lead of an interview says it is; answers
    labelled only by role (``A:``) count as the interviewee's only after one."""
    """Labels of its answers (``a``, ``r``, ``antwort``): see :mod:`quote_interviews`."""
    dialogue_dashes: bool = False
    """Whether the language's news sets speech off with dialogue dashes (``—No vamos
    —dijo Cuerpo—.``, ``— Мы готовы, — сказал он.``): see :mod:`quote_dashes`."""
    verb_final: bool = False
    """Whether the cue closes the sentence after its content, the speaker opening it with a
    comma (Turkish ``X, "…" dedi.``, ``X, … söyledi.``) and a source coming before its
    "according to" (``X'e göre``)."""
    apostrophe_suffixes: bool = False
    """Whether a capitalised word takes its case suffix after an apostrophe (Turkish
    ``Erdoğan'ın``, ``Türkiye'nin``): the name is the part before it."""
    whole_names_after_titles: bool = False
    """Whether a name of three words or more after a title that opens with a known given
    name is all name (Turkish ``Cumhurbaşkanı Recep Tayyip Erdoğan``: two given names),
    not a title's complement and two names."""
    according_endings: tuple[str, ...] = ()
    """Case endings of a source before a closing "according to", longest first (Turkish
    ``ne`` of ``sözcüsüne göre``: the spokesperson)."""
    pro_drop: bool = False
    """Whether the language leaves a known subject out (Spanish, Portuguese): a cue verb
    alone after a quote (``«…», subrayó.``) then means the previous speaker, as a pronoun
    would."""
    capitalised_nouns: bool = False
    """Whether the language writes every noun with a capital (German): then a capital
    says nothing of a name, and a pair of capitalised words (``Technische Standards``,
    ``Beim Verlust``) is a person only with more evidence than the name tagger's."""
    title_small_words: frozenset[str] = frozenset()
    """Lower-case words of more than three letters that a capitalised title holds (Italian
    ``degli``, ``della``, ``dell'``: «Il Signore degli Anelli» is a title, not speech)."""
    elisions: frozenset[str] = frozenset()
    """``l'``: an article written onto the next word (``l'Insee``); split off in lower
    case only (``L'Oréal`` is a name)."""
    language: str | None = None
    """The code of the table's language (``id``): for the name tagger's word lists."""
    person_nouns: frozenset[str] = frozenset()
    """``actor``, ``agent``: after ``the`` the person just spoken of (not ``victim`` or
    ``witness``, who are mostly someone else)."""
    name_only_cues: frozenset[str] = frozenset()
    """Cues that attribute only to a name (``demikian Presiden Jokowi``), not to a
    description or a pointer back (``demikian isi surat tersebut``)."""
    fragment_verbs: frozenset[str] = frozenset()
    """``called``, ``menyebut``: right after the person who opens a sentence, the quoted
    fragment further on is that person's words."""
    age_suffixes: tuple[str, ...] = ()
    """``-year-old``: ``the 56-year-old`` is the person just spoken of."""
    legal_suffixes: frozenset[str] = frozenset()
    """``Inc``, ``Ltd``, ``Tbk``: after a comma, still the company's name."""
    account_words: frozenset[str] = frozenset()
    """``akun``, ``bernama``, ``user``: words before a social-media handle that speaks
    (``kata akun @ahmad_sopandii``)."""
    initials_words: frozenset[str] = frozenset()
    """``berinisial``: initials so given hide a name (a suspect's), they abbreviate none."""
    acted_on_verbs: frozenset[str] = frozenset()
    """``ditangkap``, ``indicted``: after a subject, it was acted on (arrested, charged,
    reported): the story's object, not the one who speaks next."""
    passive_auxiliaries: frozenset[str] = frozenset()
    """``was``, ``were``: the auxiliary before an English acted-on verb (``was indicted``)."""
    person_classifiers: frozenset[str] = frozenset()
    """``seorang``: a word that counts people only, so any noun after it is a person."""
    subordinate_words: frozenset[str] = frozenset()
    """``vice``, ``deputy``, ``wakil``: a role so qualified is not "the president"."""
    title_names: frozenset[str] = frozenset()
    """Titles that are given names too (``Ratu``, ``Raja``, ``Imam``): after a comma that
    follows a title, the name's first word."""
    pointing_back_openers: frozenset[str] = frozenset()
    """``lo``, ``l'``: an object pronoun opening a sentence before a cue and its speaker
    (``Lo ha detto il ministro …``): what was said is the quote or the claim just before
    (:mod:`briefing.analysis.speech_pointing_back`)."""
    object_pronouns: frozenset[str] = frozenset()
    """``them``, ``me``: "explained them to me" has an object, not reported content."""
    capacity_words: frozenset[str] = frozenset()
    """``sebagai``: "Abhan sebagai Majelis Pemeriksa mengatakan" — the subject is Abhan."""
    company_nouns: frozenset[str] = frozenset()
    """``company``, ``perusahaan``, ``direction``: a definite description with one of these
    as its head is the organisation the story is about (:mod:`speaker_descriptions`)."""
    genitive_articles: frozenset[str] = frozenset()
    """``des``, ``der``: ``Ein Sprecher des Unternehmens`` is the spokesperson, not the
    company's name alone."""
    body_openers: frozenset[str] = frozenset()
    """``pihak``: words before a body's common noun in a speaker phrase (``ujar pihak
    kepolisian``), in languages with no article."""
    conjunctions: frozenset[str] = frozenset()
    """``dan``, ``and``: joins the fields of a title (``Menteri Kelautan dan Perikanan``)."""
    portfolio_words: frozenset[str] = frozenset()
    """The fields a ministry or office is named by (``kelautan``, ``perikanan``, ``hukum``):
    a conjunction or a comma between two of them is inside the title, and one before a
    name is no given name (``… Hukum, dan Keamanan Wiranto``)."""
    attribution_words: frozenset[str] = frozenset()
    """First words of every attribution cue (``kata``, ``said``, ``katanya``): a cheap test
    of whether a stretch of text may hold an attribution at all."""
    group_prepositions: frozenset[str] = frozenset()
    """``in``, ``atop``, ``of``: between a group and its place or body (``Health
    authorities in China's Inner Mongolia``, ``44 percent of Americans``)."""
    relative_modifiers: frozenset[str] = frozenset()
    """``baru``, ``lama``: ``Kapolda yang baru Irjen Karyono`` is the new one, named; no
    relative clause."""
    affiliation_links: frozenset[str] = frozenset()
    origin_links: frozenset[str] = frozenset()
    origin_nouns: frozenset[str] = frozenset()
    """``из`` ``села``, ``from the`` ``village`` (of): where a speaker comes from after their
    name (:func:`~briefing.analysis.speaker_runs.person_from_place`)."""
    """``dari``, ``of``: between a person and the group the person speaks for (``Anggi
    dari Schmiley Mo mengatakan``)."""
    not_adverbs: frozenset[str] = frozenset()
    """Nouns that look like adverbs by :attr:`skip_suffixes` (``family``, ``ally``): a
    subject's head, never skipped."""
    short_titles: frozenset[str] = frozenset()
    """Role words and honorifics short enough to be written with a full stop (``Sen.``,
    ``Gen.``, ``Ms.``): derived once."""
    neuter_pronouns: frozenset[str] = frozenset()
    """``it``: a body or a thing speaks, no person to find for it."""
    passive_prefixes: tuple[str, ...] = ()
    """``di``: a verb so begun is passive (``ditangkap``): its subject was acted on."""
    participle_endings: tuple[str, ...] = ()
    """``ed``, ``en``: after ``was``/``were`` a passive (``was fired``, ``was taken``)."""
    first_person: frozenset[str] = frozenset()
    """``I``, ``we``, ``saya``: outside a quote the writer speaks, not anyone quoted."""
    person_pronouns: frozenset[str] = frozenset()
    """The pronouns that point back to one person (``he``, ``dia``; not ``they``, ``we``,
    ``it``): derived once."""
    party_initials: frozenset[str] = frozenset()
    """``r``, ``d``: ``Sen. Ted Cruz, R-Texas, said`` (party and state follow the name)."""
    attribution_openers: re.Pattern[str] = _NEVER
    """``wie``, ``as``: a word before a closing attribution (``…, wie die Polizei
    mitteilte``), not part of its speaker."""
    content_breaks: re.Pattern[str] = _NEVER
    """Where reported content ends inside a sentence: ``, while`` opens what someone
    else did (``stressed that X, while the Arab League condemned …``)."""

    def cue_gender(self, cue: str) -> str | None:
        """The gender of the pronoun written inside a pronoun cue (``a-t-elle affirmé``,
        ``sagte er``), if it has one."""
        return next(
            (
                self.gender_pronouns[word]
                for word in _CUE_WORD_BREAK.split(cue.lower())
                if word in self.gender_pronouns
            ),
            None,
        )

    def determiner_at(self, tokens: Sequence[Token], k: int, *, indefinite: bool = False) -> int:
        """How many tokens the determiner at ``tokens[k]`` takes: 1 (``seorang``, ``a``),
        2 (``salah satu``, ``one of``… as the table lists them) or 0. ``indefinite``:
        only one that introduces someone new (:attr:`indefinite_determiners`)."""
        listed = self.indefinite_determiners if indefinite else self.determiners
        if k + 1 < len(tokens) and f"{tokens[k].lower} {tokens[k + 1].lower}" in listed:
            return 2
        return 1 if k < len(tokens) and tokens[k].lower in listed else 0

    def is_short_title(self, role: str) -> bool:
        """Whether ``role`` is only a title written short (``Dr.``, ``Lt``, ``AKP``): an
        appositive role says more."""
        return role.rstrip(".").lower() in self.short_titles

    def without_elisions(self, tokens: Sequence[Token]) -> list[Token]:
        """Tokens with an elided article or preposition split off the word it is written
        onto (``l'Insee`` → ``l'`` ``Insee``), so that the name after it reads as one."""
        out: list[Token] = []
        for token in tokens:
            text = token.text  # (case kept: "L'Oréal", "L'Express" are names)
            cut = next(
                (len(e) for e in self.elisions if text.startswith(e) and len(text) > len(e)),
                0,
            )
            if cut and token.text[cut].isalpha():
                out.append(Token(token.text[:cut], token.start, token.start + cut))
                out.append(Token(token.text[cut:], token.start + cut, token.end))
            else:
                out.append(token)
        return out

    def time_run(self, tokens: Sequence[Token], i: int = 0) -> int:
        """Where a time that starts at ``tokens[i]`` ends (``Tuesday night``, ``on Monday,``,
        ``last week``, ``в четверг``); ``i`` when none starts there."""
        timed = False
        while i < len(tokens):
            lower = tokens[i].lower
            if lower in self.time_words:
                i, timed = i + 1, True
            elif (
                lower in self.time_modifiers
                and i + 1 < len(tokens)
                and tokens[i + 1].lower in self.time_units
            ):
                i, timed = i + 2, True
            elif timed and (lower in self.time_units or lower == ","):
                i += 1
            else:
                break
        return i

    def skippable(self, token: Token) -> bool:
        lower = token.lower
        return lower in self.subject_skip or (
            not token.is_capitalised
            and lower.endswith(self.skip_suffixes)
            and len(lower) > 4
            and lower not in self.not_adverbs
        )


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    items = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
    if not items:
        return _NEVER
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)
    guard = first_letter_guard(items)  # (a scan of the article 2-3x faster, same matches)
    return re.compile(rf"{guard}(?<![\w'’-])(?:{body})(?![\w'’-])", re.IGNORECASE)


def _breaks(marks: Iterable[str], tail: str = r"(?![\w'’-])") -> re.Pattern[str]:
    """Any of ``marks`` (longest first, spaces as any run of spaces), then ``tail``: by
    default the end of a word; ``\\s+`` for a word the phrase after it begins past."""
    items = sorted({m for m in marks if m.strip()}, key=len, reverse=True)
    if not items:
        return _NEVER
    body = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in items)
    return re.compile(rf"(?:{body}){tail}", re.IGNORECASE)


CUE_KINDS = ("speaker_then_cue", "statement_cues", "according_to")
"""Cue lists that are looked up over the whole article (the others near a quote only)."""


def _by_first_word(phrases: Iterable[str]) -> dict[str, tuple[re.Pattern[str] | None, ...]]:
    grouped: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.lower().split())
        if words:
            grouped.setdefault(words[0], set()).add(words)
    result: dict[str, tuple[re.Pattern[str] | None, ...]] = {}
    for first, group in grouped.items():
        ordered = sorted(group, key=len, reverse=True)
        result[first] = tuple(
            re.compile(r"\s+".join(map(re.escape, words)) + r"(?![\w'’-])", re.IGNORECASE)
            if len(words) > 1
            else None
            for words in ordered
        )
    return result


def _by_gender(lists: dict[str, list[str]]) -> dict[str, str]:
    """``{"m": ["he", "his"], "f": […]}`` → word → gender."""
    return {str(w).lower(): str(g) for g, ws in dict(lists).items() for w in ws}


@cache
def speech_table(language: str | None) -> SpeechTable:
    """The speech cues of ``language`` (the default table has none), compiled once."""
    data = dict(load_table(language, "speech"))
    # "Como dijo el presidente, …": read as "according to" where they open a sentence
    data["according_to"] = [
        *data.get("according_to", []),
        *data.get("opening_according_to", []),
        *data.get("pronoun_according", []),
    ]

    def words(key: str) -> list[str]:
        return [str(w) for w in data.get(key, ())]

    def lowered(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in words(key))

    cue_words = {
        w.lower()
        for key in (
            "cue_then_speaker",
            "speaker_then_cue",
            "statement_cues",
            "pronoun_cues",
            "according_to",
        )
        for phrase in words(key)
        for w in phrase.split()
    } - lowered("document_words")  # ("bunyi pernyataan": the statement is its author's)
    times = lowered("time_words") | lowered("time_units") | lowered("time_modifiers")
    derived: dict[str, Any] = dict(
        cue_then_speaker=_alternation(words("cue_then_speaker")),
        speaker_then_cue=_alternation(words("speaker_then_cue")),
        statement_cues=_alternation(words("statement_cues")),
        pronoun_cues=_alternation(words("pronoun_cues")),
        according_to=_alternation(words("according_to")),
        complementizer=_alternation(words("complementizers")),
        cue_words=frozenset(cue_words),
        phrases={key: _by_first_word(words(key)) for key in CUE_KINDS},
        title_abbreviations={
            str(k).lower(): str(v).lower()
            for k, v in dict(data.get("title_abbreviations", {})).items()
        },
        first_words=_alternation(
            {p.split()[0] for key in CUE_KINDS for p in words(key) if p.split()}
        ),
        skip_suffixes=tuple(words("subject_skip_suffixes")),
        age_suffixes=tuple(w.lower() for w in words("age_suffixes")),
        gender_pronouns=_by_gender(data.get("gender_pronouns", {})),
        gender_words=_by_gender(data.get("gender_words", {})),
        # every determiner that introduces someone new is a determiner ("salah seorang")
        determiners=lowered("determiners") | lowered("indefinite_determiners"),
        participle_suffixes=tuple(words("participle_suffixes")),
        passive_prefixes=tuple(w.lower() for w in words("passive_prefixes")),
        participle_endings=tuple(w.lower() for w in words("participle_endings")),
        spoken_when=lowered("time_words") | lowered("time_units"),
        time_any=times,
        opening_words=times
        | lowered("prepositions")
        | lowered("subject_skip")
        | lowered("stop_words")
        | lowered("demonstratives"),
        content_breaks=_breaks(words("content_breaks")),
        attribution_openers=_breaks(words("attribution_openers"), r"\s+"),
        person_pronouns=lowered("pronouns")
        - lowered("plural_pronouns")
        - lowered("first_person")
        - lowered("neuter_pronouns"),
        places_after_titles=bool(data.get("places_after_titles", False)),
        referring_articles=lowered("referring_articles"),
        assessment_cues=lowered("assessment_cues"),
        intent_words=lowered("intent_words"),
        role_head_first=bool(data.get("role_head_first", False)),
        case_endings=tuple(
            (str(oblique), str(ending))
            for oblique, ending in sorted(
                data.get("case_endings", []), key=lambda pair: -len(pair[0])
            )
        ),
        given_name_endings=tuple(
            (str(oblique), str(ending)) for oblique, ending in data.get("given_name_endings", [])
        ),
        role_nominatives={
            str(k).lower(): str(v) for k, v in data.get("role_nominatives", {}).items()
        },
        capitalised_nouns=bool(data.get("capitalised_nouns", False)),
        pro_drop=bool(data.get("pro_drop", False)),
        verb_final=bool(data.get("verb_final", False)),
        according_endings=tuple(sorted(lowered("according_endings"), key=len, reverse=True)),
        whole_names_after_titles=bool(data.get("whole_names_after_titles", False)),
        apostrophe_suffixes=bool(data.get("apostrophe_suffixes", False)),
        verb_second=bool(data.get("verb_second", False)),
        dialogue_dashes=bool(data.get("dialogue_dashes", False)),
        article_genders={
            str(k).lower(): str(v) for k, v in data.get("article_genders", {}).items()
        },
        located_bodies={str(k): str(v) for k, v in data.get("located_bodies", {}).items()},
        located_prepositions=lowered("located_prepositions"),
        located_recipients=lowered("located_recipients"),
        recipient_endings=tuple(sorted(lowered("recipient_endings"))),
        recipient_articles=lowered("recipient_articles"),
        opinion_openers=lowered("opinion_openers"),
        opening_according=frozenset(" ".join(w.split()) for w in lowered("opening_according_to")),
        name_prefixes={
            str(k): frozenset(map(str, v)) for k, v in data.get("name_prefixes", {}).items()
        },
        asides=tuple(tuple(re.findall(r"\w+", a.lower())) for a in data.get("asides", [])),
        descriptions_after_names=bool(data.get("descriptions_after_names", False)),
        name_only_particles=frozenset(data.get("name_only_particles", [])),
        short_titles=frozenset(
            w for w in lowered("role_words") | lowered("honorifics") if len(w) <= _SHORT_TITLE
        ),
        attribution_words=frozenset(
            phrase.split()[0].lower()
            for key in ("cue_then_speaker", "speaker_then_cue", "pronoun_cues")
            for phrase in words(key)
            if phrase.split()
        ),
    )
    # every other word list is the table's list of the same name, lowered
    listed: dict[str, Any] = {
        f.name: lowered(f.name)
        for f in fields(SpeechTable)
        if f.type == "frozenset[str]" and f.name not in derived
    }
    return SpeechTable(**derived, **listed, language=language)
