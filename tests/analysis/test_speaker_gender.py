"""``she said`` is not the man who spoke last: the article's own titles, nouns and
pronouns tell each speaker's gender."""

from __future__ import annotations

import pytest

from briefing.analysis.pipeline import analyze
from briefing.analysis.speaker_gender import gender_of
from briefing.analysis.speakers import SpeakerContext
from briefing.analysis.suggestions import SentenceSpan
from tests.analysis.helpers import article_from_text


def speakers(text: str, language: str = "en") -> list[str | None]:
    return [q.speaker for q in analyze(article_from_text(text, language)).quotes]


MOTHER_AND_SON = (
    "Actress Mary Halvorsen learned to write songs at 54, and she still plays every week.\n"
    '"I had never been obsessed with music," she said. "Then it came all at once."\n'
    "Her son, filmmaker Charlie Brandt, remembers the summer well, and his car too.\n"
    '"It drove me nuts," Brandt laughed. "But she kept at it."\n'
    '"I was back at it by the next morning," she said.\n'
)


def test_she_after_a_man_spoke_is_the_woman_who_spoke_before() -> None:
    assert speakers(MOTHER_AND_SON) == [
        "Mary Halvorsen",
        "Mary Halvorsen",
        "Charlie Brandt",
        "Charlie Brandt",
        "Mary Halvorsen",
    ]


def test_he_after_a_woman_spoke_is_nobody_when_no_man_has_spoken() -> None:
    text = (
        'Ms. Dana Whitcombe opened the hearing. "We start today," Whitcombe said.\n'
        '"No, I did not see it," he said.\n'
    )
    # the woman who spoke is not him, and no man has spoken: better none than her
    assert speakers(text) == ["Dana Whitcombe", None]


def test_an_unknown_gender_keeps_the_last_speaker() -> None:
    text = (
        'Jordan Ellery spoke first. "We will build it," Ellery said.\n'
        '"It takes a year," she said.\n'
    )
    # nothing in the article says Jordan Ellery is a man or a woman: the pronoun may be
    # Ellery, as before genders were read
    assert speakers(text) == ["Jordan Ellery", "Jordan Ellery"]


def _context(text: str) -> SpeakerContext:
    spans, start = [], 0
    for line in text.split("\n"):
        if line:
            spans.append(SentenceSpan(start, start + len(line)))
        start += len(line) + 1
    return SpeakerContext.build(text, spans, "en")


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Mr. Tom Okafor arrived late.", "Tom Okafor", "m"),
        ("The actress Lena Marsh smiled.", "Lena Marsh", "f"),
        ("Lena Marsh said her film was done.", "Lena Marsh", "f"),
        ("Tom Okafor said his plan was ready.", "Tom Okafor", "m"),
        # a possession's pronoun is not the possessor's: "Okafor's mother … she"
        ("Tom Okafor's mother said she was proud.", "Tom Okafor", None),
        # another person between the name and the pronoun: the pronoun may be theirs
        ("Tom Okafor met Lena Marsh and she laughed.", "Tom Okafor", None),
        # inside a quotation "he" is whoever the speaker means
        ('Lena Marsh said: "He was never here."', "Lena Marsh", None),
        # a pronoun after another noun phrase or a relative pronoun is not the name's
        ("Rachel Smith criticized the governor, saying his budget failed.", "Rachel Smith", None),
        ("Kamala Harris, who debated him in September, spoke.", "Kamala Harris", None),
        # a capitalised "Chairman" is a title anyone holds
        ("General Motors Chairman Mary Barra spoke.", "Mary Barra", None),
        # evidence both ways cancels out
        ("Sam Reyes said his car was gone.\nSam Reyes said her car was gone.", "Sam Reyes", None),
    ],
)
def test_gender_read_from_the_article(text: str, name: str, gender: str | None) -> None:
    assert gender_of(_context(text), name) == gender


def test_indonesian_pronouns_have_no_gender() -> None:
    context = SpeakerContext.build("Ibu Sari mengatakan dia senang.", [], "id")
    assert gender_of(context, "Sari") is None
