"""Where the article gives a person's role: a title right before a name (``Juru Bicara
Dewan Keamanan Nasional AS John Kirby``), an appositive before it (``pelatih Persib,
Robert Alberts``) or after it (``Dedy Setya, Kapolsek Gubug, …``), at the name's first
mentions. :class:`~briefing.analysis.speakers.SpeakerContext` caches and tidies it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing.analysis.speaker_names import (
    has_role_word,
    is_organisation,
    strip_determiners,
    word_edge,
)
from briefing.analysis.speaker_phrases import WINDOW
from briefing.analysis.speaker_runs import appositive_role, title_before
from briefing.analysis.speaker_segments import comma_segments
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.suggestions import SentenceSpan
from briefing.analysis.tokens import TokenIndex

_ROLE_WINDOW = 120
_ROLE_OCCURRENCES = 4
"""A role is given at a name's first mentions; later ones are surname-only."""
_ROLE_STOPS = frozenset(',.;:()[]"“”«»„')
_MAX_ROLE_WORDS = 14


def find_role(
    text: str,
    index: TokenIndex,
    table: SpeechTable,
    sentence_at: Callable[[int], SentenceSpan | None],
    name: str,
) -> str | None:
    """The role the article gives ``name`` at one of its first mentions, untidied."""
    # a title right before an organisation (``Kepala BPBD Sukamaju``) is the title of
    # the person who heads it: an organisation's role can only follow it
    organisation = is_organisation(table, name)
    position = text.find(name)
    count = 0
    while position >= 0 and count < _ROLE_OCCURRENCES:
        end = position + len(name)
        if word_edge(text, position, end):
            count += 1
            before = (
                None if organisation else _role_before(text, index, table, sentence_at, position)
            )
            if before is None or table.is_short_title(before):
                # "Dr. Luz Contreras Arroyo, a member of the group …": the appositive
                # says more than the courtesy title
                role = _role_after(text, index, table, end) or before
            else:
                role = before
            if role:
                return role
        position = text.find(name, end)
    return None


def _role_before(
    text: str,
    index: TokenIndex,
    table: SpeechTable,
    sentence_at: Callable[[int], SentenceSpan | None],
    position: int,
) -> str | None:
    sentence = sentence_at(position)
    start = sentence.start if sentence else max(0, position - WINDOW)
    tokens = index.between(max(start, position - _ROLE_WINDOW), position)
    segments = comma_segments(tokens, table.legal_suffixes, table.short_titles)
    tail = segments[-1]
    if tail:
        return title_before(text, tail, table)
    if len(segments) >= 2:
        return appositive_role(text, segments[-2], table, strict=True)
    return None


def _role_after(text: str, index: TokenIndex, table: SpeechTable, position: int) -> str | None:
    tokens = index.between(position, min(len(text), position + _ROLE_WINDOW))
    if len(tokens) < 3 or tokens[0].text != ",":
        return None
    end = 1
    while end < len(tokens) and (tokens[end].is_word or tokens[end].text not in _ROLE_STOPS):
        end += 1
    if end >= len(tokens) or tokens[end].text not in ",.;":
        return None
    words = [t for t in tokens[1:end] if t.is_word]
    if words and has_role_word(words, table) and len(words) <= _MAX_ROLE_WORDS:
        return strip_determiners(text, words, table)
    return None


def closing_rank(words: Sequence[str], table: SpeechTable) -> int:
    """Where a rank closing ``words`` begins (``Kadiv Humas Polri | Irjen``, ``… Jawa
    Tengah | Kombes Pol``, ``Pangdam Jaya | Mayjen TNI``, ``Kepala Basarnas | Marsekal
    Madya TNI``), or ``len(words)``: words that are a rank alone (``Jenderal TNI``) or end
    a title (``Direktur Jenderal``) have none. Before a service (``TNI``) any rank word is
    a rank (``Laksamana TNI``); alone, only those of ``closing_ranks``."""
    lower = [w.lower().rstrip(".,") for w in words]

    def rank_ending_at(end: int, serviced: bool) -> int | None:
        if end >= 2 and f"{lower[end - 2]} {lower[end - 1]}" in table.closing_ranks:
            return end - 2
        if end >= 1 and (
            lower[end - 1] in table.closing_ranks
            or (serviced and lower[end - 1] in table.rank_words)
        ):
            return end - 1
        return None

    k = len(words)
    while k > 1:
        serviced = lower[k - 1] in table.rank_services
        start = rank_ending_at(k - 1 if serviced else k, serviced)
        if start is None or (start > 0 and lower[start - 1] in table.rank_title_heads):
            break
        k = start
    if k == 0 or all(w in table.rank_words for w in lower[:k]):
        return len(words)  # "Kombes Pol", "Inspektur Jenderal": a rank alone
    return k


def without_rank(role: str | None, table: SpeechTable) -> str | None:
    """``Kadiv Humas Polri Irjen`` → ``Kadiv Humas Polri``: a rank closing an office is
    written between the office and the name, the person's rank and not their role (see
    :func:`closing_rank`)."""
    if not role or not table.closing_ranks:
        return role
    words = role.split()
    k = closing_rank(words, table)
    return role if k == len(words) else " ".join(words[:k])


def tidy_role(role: str | None, table: SpeechTable) -> str | None:
    """A role without what is not one: a leading time (``week State Department official``
    from "Last week State Department official David Holmes"), courtesy titles (``Ms``),
    adverbs (``however``), auxiliaries (``be``) and cue words (``Menurut``) go, and so do
    the clause a verb begins (``kuasa hukum Mario membenarkan …``), the addressee
    (``kepada CNNIndonesia``) and honorifics closing it (``Perdana Menteri Datuk Seri``); a
    role that was only those is none."""
    if not role:
        return role
    words = role.split()
    while words and (
        # a capitalised time word names something: "Sunday Times political editor"
        (
            words[0].islower()
            and (
                words[0].rstrip(".,") in table.time_any
                or words[0].rstrip(".,") in table.subject_skip
            )
        )
        or words[0].lower().rstrip(".") in table.honorifics
        or words[0].lower() in table.cue_words  # "Menurut Direktur Ippudo Indonesia"
        or (words[0].islower() and words[0] in table.auxiliaries)  # "(who will) be …"
        or (words[0].islower() and words[0] in table.stop_words)  # "how Oscar-winning …"
    ):
        words.pop(0)
    to = next((k for k, w in enumerate(words) if w in table.addressee_prepositions), None)
    if to is not None:
        words = words[:to]  # "Humas FBTPBI kepada CNNIndonesia": whom they spoke to
    verb = next((k for k, w in enumerate(words) if _verb(w, table)), None)
    if verb is not None:
        words = words[:verb]  # "kuasa hukum Mario membenarkan …", "dokter yang merawat …"
        while words and (words[-1] in table.relatives or words[-1] in table.stop_words):
            words.pop()
    while words and words[-1].lower().rstrip(".,") in table.honorifics:
        words.pop()  # "Timbalan Perdana Menteri Datuk Seri": courtesy before the name
    if not words or all(w.lower().rstrip(".,") in table.subject_skip for w in words):
        return None
    return without_rank(" ".join(words) if len(words) != len(role.split()) else role, table)


_MIN_VERB = 5


def _verb(word: str, table: SpeechTable) -> bool:
    return (
        len(word) >= _MIN_VERB
        and word.isalpha()
        and word.islower()
        and any(word.startswith(prefix) for prefix in table.verb_prefixes)
        and word not in table.role_words
        and word not in table.org_words
        and word not in table.not_verbs
        and word not in table.pronouns  # "kuasa hukum mereka"
    )
