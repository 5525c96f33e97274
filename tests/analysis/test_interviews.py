"""Interviews set out as labelled turns: the answers are the interviewee's quotes, the
questions nobody's; labelled lists (dates, results, form fields) are no interview. The
texts are our own; the people invented."""

from __future__ import annotations

from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text

QA = (
    "'We will not close a single school': Education Secretary on budget cuts\n\n"
    "Education Secretary Margaret Hale faced questions this week over plans to trim the "
    "department's budget. She spoke to our reporter on Wednesday.\n\n"
    "Q: Parents are worried. Will schools close?\n\n"
    "A: No. We will not close a single school. We are merging back-office functions.\n\n"
    "Q: Unions say up to 4,000 support jobs could go.\n\n"
    "A: That figure is simply wrong. Most of those posts are already vacant.\n"
)


def test_answers_labelled_a_are_the_person_introduced_first() -> None:
    result = analyze(article_from_text(QA, "en"))
    answers = [q for q in result.quotes if q.cue == "A:"]
    assert [q.text[:21] for q in answers] == ["No. We will not close", "That figure is simply"]
    assert {(q.speaker, q.speaker_role) for q in answers} == {
        ("Margaret Hale", "Education Secretary")
    }
    for quote in result.quotes:
        assert QA[quote.start : quote.end] == quote.text
        assert not quote.text.startswith(("Parents", "Unions"))  # questions are nobody's
    headline = result.quotes[0]
    assert (headline.text, headline.speaker) == (
        "We will not close a single school",
        "Margaret Hale",
    )


def test_answers_labelled_with_the_interviewees_name() -> None:
    text = (
        "„Wir brauchen mehr Wohnungen“\n\n"
        "Die Bauministerin Claudia Berger-Roth spricht über die Wohnungsnot.\n\n"
        "Frage: Frau Berger-Roth, wie viele Wohnungen fehlen?\n\n"
        "Berger-Roth: Nach unseren Berechnungen etwa 35.000, vor allem in den Städten.\n\n"
        "Frage: Woran liegt das?\n\n"
        "Berger-Roth: An den Baukosten, die seit 2020 stark gestiegen sind.\n"
    )
    answers = [q for q in analyze(article_from_text(text, "de")).quotes if q.cue == "Berger-Roth:"]
    assert len(answers) == 2
    assert {q.speaker for q in answers} == {"Claudia Berger-Roth"}


def test_a_publication_asks_and_a_person_answers() -> None:
    text = (
        "A governadora do Pará, Helena Barros dos Santos, recebeu a reportagem em Belém.\n\n"
        "Folha: O desmatamento caiu?\n\n"
        "Helena Barros dos Santos: Caiu 31% no último ano. Contratamos cerca de 400 fiscais "
        "e criamos bases móveis em todo o estado.\n\n"
        "Folha: E a oposição?\n\n"
        "Helena Barros dos Santos: A oposição repete números antigos, e os números novos "
        "mostram outra coisa.\n"
    )
    answers = [q for q in analyze(article_from_text(text, "pt")).quotes if q.confidence == 0.8]
    assert [q.text[:8] for q in answers] == ["Caiu 31%", "A oposiç"]
    assert {q.speaker for q in answers} == {"Helena Barros dos Santos"}


def test_labelled_lists_are_no_interview() -> None:
    text = (
        "The council published its calendar.\n\n"
        "Aug. 5: The budget committee meets to review the spending plan for next year.\n\n"
        "Aug. 12: A public hearing on the new transport levy takes place in the town hall.\n\n"
        "Aug. 19: The full council votes on the budget and the levy.\n\n"
        "Note: All meetings are open to the public.\n"
    )
    assert analyze(article_from_text(text, "en")).quotes == ()


def test_an_explainer_set_out_as_questions_and_answers_is_no_interview() -> None:
    text = (
        "What the new school rules mean\n\n"
        "Health Secretary Tom Reed announced new rules for school meals on Monday.\n\n"
        "Q: When do the rules start?\n\n"
        "A: From September, in every state school.\n\n"
        "Q: Who pays for the meals?\n\n"
        "A: The local councils, with a grant from the ministry.\n"
    )
    assert [q for q in analyze(article_from_text(text, "en")).quotes if q.cue == "A:"] == []


def test_initials_opening_paragraphs_are_no_turn_labels() -> None:
    text = (
        "Dos candidatos para la alcaldía\n\n"
        "P. Gómez presentó su programa en el centro de la ciudad el lunes por la tarde.\n\n"
        "R. Díaz respondió con un plan de vivienda para los barrios del sur de la ciudad.\n\n"
        "P. Gómez insistió en la seguridad durante el debate de la noche del martes.\n\n"
        "R. Díaz habló de transporte público y de las nuevas líneas de autobús.\n"
    )
    assert analyze(article_from_text(text, "es")).quotes == ()
