"""Arbitrary Unicode in every text field of a brief: both formats export, never raise."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.core.document import Document
from briefing.core.model import (
    Actor,
    ActorKind,
    Article,
    BriefInfo,
    Citation,
    Fact,
    Figure,
    LanguageGuess,
    Origin,
    Outlook,
    Quote,
)
from briefing.export import export_brief

text = st.text(st.characters(codec=None, exclude_categories=()), max_size=60)
value = st.one_of(
    st.none(), st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15)
)


@st.composite
def briefs(draw: st.DrawFn) -> Document:
    body = draw(st.text(min_size=1, max_size=120))
    article = Article(
        id="a",
        title=draw(text),
        text=body,
        paragraphs=(),
        origin=Origin(draw(text), "txt", ""),
        language=LanguageGuess(draw(st.sampled_from(["en", "id", "ar", None])), 0.5),
        publisher=draw(text),
        author=draw(text),
        url=draw(text),
    )
    start = draw(st.integers(0, len(body)))
    citation = Citation.of(article, start, draw(st.integers(start, len(body))))
    cites = (citation,)
    sections = {
        "summary": [Fact(text=draw(text), citations=cites, note=draw(text))],
        "situation": [
            Fact(text=draw(text)),
            Quote(
                text=draw(text),
                speaker=draw(text),
                speaker_role=draw(text),
                translation=draw(text),
                citations=cites,
            ),
            Figure(
                value=draw(value),
                unit=draw(text),
                what=draw(text),
                qualifier=draw(text),
                text=draw(text),
            ),
        ],
        "actors": [
            Actor(
                name=draw(text),
                actor_kind=draw(st.sampled_from(list(ActorKind))),
                role=draw(text),
                description=draw(text),
                citations=cites,
            )
        ],
        "figures": [Figure(value=draw(value), unit=draw(text), what=draw(text), citations=cites)],
        "outlook": [Outlook(statement=draw(text), likelihood="likely", confidence="low")],
    }
    info = BriefInfo(
        title=draw(text),
        dtg=draw(text),
        author=draw(text),
        organisation=draw(text),
        marking=draw(text),
        distribution=draw(text),
        language=draw(st.sampled_from(["en", "id", "ru", "", "xx"])),
        template=draw(st.sampled_from(["standard", "sitrep", "one-page"])),
    )
    return Document(info, [article], sections)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(briefs())
def test_any_unicode_exports_to_pdf_and_docx(document: Document) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".pdf", ".docx", ".md", ".json"):
            out = export_brief(document, Path(folder) / f"brief{suffix}")
            assert out.stat().st_size > 0
