"""Speakers named by a description the article has already given a name
(``speaker_descriptions``). The sentences are our own."""

from __future__ import annotations

from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text


def speakers(text: str, language: str) -> tuple[list[str | None], list[str]]:
    result = analyze(article_from_text(text, language))
    return [q.speaker for q in result.quotes], [s.speaker for s in result.statements]


def test_the_company_is_the_company_the_story_is_about() -> None:
    text = (
        "Veltrix Semiconductors cut 400 jobs on Monday. Veltrix Semiconductors blamed weak "
        'demand in Europe. "We have no choice," the company said in a statement.'
    )
    assert speakers(text, "en")[0] == ["Veltrix Semiconductors"]


def test_a_statement_names_its_own_company() -> None:
    text = (
        "British chip designer Veltrix Semiconductors will cut about 1,200 jobs, the company said."
    )
    assert speakers(text, "en")[1] == ["Veltrix Semiconductors"]


def test_two_companies_named_as_often_leave_the_description() -> None:
    text = (
        "Veltrix Semiconductors and Norvex Systems Inc cut jobs. "
        '"We have no choice," the company said in a statement.'
    )
    assert speakers(text, "en")[0] == ["the company"]


def test_a_description_with_a_modifier_is_not_the_story_s_company() -> None:
    text = (
        "Veltrix Semiconductors cut 400 jobs. Veltrix Semiconductors blamed weak demand. "
        '"We were never told," the production company said.'
    )
    assert speakers(text, "en")[0] == ["the production company"]


def test_indonesian_perusahaan_is_the_company() -> None:
    text = (
        "PT Garuda Indonesia memangkas 300 karyawan. Garuda Indonesia menyebut permintaan "
        'turun. "Kami tidak punya pilihan," kata perusahaan dalam keterangannya.'
    )
    # (the company's name with or without its legal form, as the actor is named)
    assert speakers(text, "id")[0] in (["Garuda Indonesia"], ["PT Garuda Indonesia"])


def test_le_chef_is_the_one_person_with_that_role() -> None:
    text = (
        "Laurent Mercier, chef du parti, a parlé mardi à Lyon. "
        "« Le pays ne peut plus attendre », a déclaré le chef."
    )
    result = analyze(article_from_text(text, "fr"))
    assert [(q.speaker, q.speaker_role) for q in result.quotes] == [
        ("Laurent Mercier", "chef du parti")
    ]
