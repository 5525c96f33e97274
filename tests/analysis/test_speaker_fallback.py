"""A pronoun attribution with no earlier speaker: the person who opens a sentence just
before (:mod:`briefing.analysis.speaker_fallback`)."""

from __future__ import annotations

import pytest

from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text


def speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in analyze(article_from_text(text, language)).quotes]


def test_a_pronoun_before_anyone_spoke_is_the_person_opening_a_sentence_before() -> None:
    indonesian = (
        "Bima Saputra akan menikahi kekasihnya, Rara Kinanti, bulan depan di Bandung.\n"
        "Memang, Bima sendiri ingin mengusung konsep pernikahan yang sederhana dan tertutup.\n"
        "“Jadi konsepnya sederhana saja. Enggak besar-besaran, hanya keluarga,” ucapnya.\n"
    )
    assert speakers(indonesian, "id") == ["Bima Saputra"]
    english = (
        "The newest candidate, Dale Whitcombe, was expected to stop by the meeting.\n"
        "When Whitcombe walked into the back of the room, the members turned around.\n"
        "“Please don’t mind me!” he told them.\n"
    )
    assert speakers(english, "en") == ["Dale Whitcombe"]


def test_no_one_is_guessed_from_a_name_the_quote_speaks_of_or_a_new_sentence() -> None:
    """The quote names the person who opens the sentence before (``Pak Arman sudah
    sembuh``): someone else speaks of him. A capitalised pronoun after the quote opens
    the next sentence (``He played chess``), it attributes nothing."""
    named = (
        "Presiden Joko Susilo bersyukur mengetahui Arman Wijaya akan kembali ke Tanah Air.\n"
        "Arman menjalani perawatan di Singapura selama sepuluh bulan terakhir.\n"
        "“Kita bersyukur Pak Arman sudah sembuh dan kembali bekerja,” tuturnya di Istana.\n"
    )
    assert speakers(named, "id") == ["Joko Susilo"]
    next_sentence = (
        "Milo Grant was born in Indiana in 1957.\n"
        "According to his aunt, “the boy was brilliant from the start.” He played chess.\n"
    )
    assert "Milo Grant" not in speakers(next_sentence, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (  # acted on: the story's object
            "Rudi Hartono ditangkap polisi karena mencuri motor di pasar.\n"
            "“Pelaku kami jerat pasal pencurian,” ujarnya.\n",
            "id",
        ),
        (  # someone else speaks in between
            "Rudi Hartono mencuri motor di pasar pada Senin malam.\n"
            "Kapolsek mengatakan pelaku sudah beraksi lima kali.\n"
            "“Pelaku kami jerat pasal pencurian,” ujarnya.\n",
            "id",
        ),
        (  # "it" is a body, not the person named before
            "Sam Walton was fired by the board of Acme on Friday.\n"
            "“He was not consistently candid,” it said.\n",
            "en",
        ),
        (  # the other gender
            "Later, Mr. John Smith drove himself to the hospital in the rain.\n"
            "“He was bleeding heavily,” she said.\n",
            "en",
        ),
        (  # a possessor does not act
            "Harry Kane scored a hat-trick on Saturday.\n"
            "Kane's manager Thomas Tuchel praised him after the game.\n"
            "“He is a machine,” he said.\n",
            "en",
        ),
    ],
)
def test_no_one_is_guessed_who_does_not_act_or_cannot_be_the_pronoun(
    text: str, language: str
) -> None:
    assert speakers(text, language) in ([None], ["Thomas Tuchel"])


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "O presidente Lula criticou o Banco Central. «Os juros estão altos demais», disse.",
            "pt",
            "Lula",
        ),
        ("El presidente Sánchez visitó la zona afectada. «Vamos a ayudar», dijo.", "es", "Sánchez"),
    ],
)
def test_a_lower_case_title_before_a_single_name_opens_the_sentence(
    text: str, language: str, speaker: str
) -> None:
    """``O presidente Lula criticou …``: the lower-case title is skipped to the name the
    actors know, so the cue without a subject after the quote is his."""
    assert [q.speaker for q in analyze(article_from_text(text, language)).quotes] == [speaker]
