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
        ('Jordan Marsh said: "He was never here."', "Jordan Marsh", None),
        # a pronoun after another noun phrase or a relative pronoun is not the name's
        ("Robin Smith criticized the governor, saying his budget failed.", "Robin Smith", None),
        ("Sasha Harris, who debated him in September, spoke.", "Sasha Harris", None),
        # a capitalised "Chairman" is a title anyone holds
        ("General Motors Chairman Kim Barra spoke.", "Kim Barra", None),
        # evidence both ways cancels out
        ("Sam Reyes said his car was gone.\nSam Reyes said her car was gone.", "Sam Reyes", None),
    ],
)
def test_gender_read_from_the_article(text: str, name: str, gender: str | None) -> None:
    """(Names given to men and women alike, so that only the article's words count.)"""
    assert gender_of(_context(text), name) == gender


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Mary Barra spoke.", "Mary Barra", "f"),
        ("Jean-Pierre Farandou spoke.", "Jean-Pierre Farandou", "m"),
        ("Эльвира Набиуллина выступила.", "Эльвира Набиуллина", "f"),
        # the article's own words weigh more than the name
        ("Mr. Mary Barra arrived late.", "Mary Barra", "m"),
        # a surname alone says nothing
        ("Barra spoke.", "Barra", None),
    ],
)
def test_a_common_given_name_tells_the_gender(text: str, name: str, gender: str | None) -> None:
    assert gender_of(_context(text), name) == gender


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le PDG de la SNCF, Jean-Pierre Farandou, estime que l'entreprise a fait des "
            "efforts. « Nous avons tout essayé », a-t-il dit.\n"
            "Sophie Martin, une voyageuse rencontrée gare de Lyon, ne cache pas son "
            "agacement. « On ne sait même pas si le train partira », a-t-elle dit.\n",
            "fr",
            ["Jean-Pierre Farandou", "Sophie Martin"],
        ),
        (
            "„Die Lage ist angespannt“, erklärte Innenminister Joachim Herrmann.\n"
            "Eine Bewohnerin schilderte die Nacht. „Um drei Uhr stand das Wasser im "
            "Erdgeschoss“, sagte sie.\n",
            "de",
            ["Joachim Herrmann", None],
        ),
    ],
)
def test_she_after_a_man_is_the_woman_the_article_introduced_or_nobody(
    text: str, language: str, expected: list[str | None]
) -> None:
    """A given name tells Jean-Pierre from Sophie; German ``sagte sie`` is a woman."""
    assert speakers(text, language) == expected


def test_indonesian_pronouns_have_no_gender() -> None:
    context = SpeakerContext.build("Ibu Sari mengatakan dia senang.", [], "id")
    assert gender_of(context, "Sari") is None


def test_she_is_the_woman_named_after_said_in_reported_speech() -> None:
    """``…, said Mary E. Lovely, a … economist. "…," she said``: the speaker of the
    reported speech in between, not the man quoted before."""
    text = (
        'Trade expert Daniel Anthony said "prices will rise for most families."\n'
        "Computers have seen impacts, too, said Mary E. Lovely, a Syracuse University "
        'economist. "About 36% of imports are computers," she said.\n'
    )
    assert speakers(text) == ["Daniel Anthony", "Mary E. Lovely"]
