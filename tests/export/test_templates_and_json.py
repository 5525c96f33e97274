"""Templates (built-in, user overrides, errors) and the scriptable JSON brief format."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefing.core.errors import BriefingError, ExportFailed, TemplateError
from briefing.export import (
    brief_from_json,
    brief_to_json,
    export_brief,
    list_templates,
    load_brief_json,
    load_template,
)
from tests.export.briefs import harbour_brief


def _user_templates() -> Path:
    folder = Path(os.environ["BRIEFING_CONFIG_DIR"]) / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_three_builtin_templates() -> None:
    infos = {t.name: t for t in list_templates()}
    assert {"standard", "sitrep", "one-page"} <= set(infos)
    assert all(
        infos[n].builtin and infos[n].description for n in ("standard", "sitrep", "one-page")
    )
    sitrep = load_template("sitrep")
    assert [s.key for s in sitrep.sections] == [
        "situation",
        "actors",
        "figures",
        "outlook",
        "sources",
    ]
    assert sitrep.dtg_prominent
    one_page = load_template("one-page")
    situation = next(s for s in one_page.sections if s.key == "situation")
    assert situation.limit == 3 and situation.kinds == ("fact",)
    assert load_template("standard").sections[0].label("id") == "Intisari"


def test_user_template_overrides_builtin(tmp_path: Path) -> None:
    folder = _user_templates() / "standard"
    folder.mkdir()
    source = load_template("standard").path.read_text(encoding="utf-8")
    (folder / "template.toml").write_text(
        source.replace('label = { en = "Situation", id = "Situasi" }', 'label = "What happened"'),
        encoding="utf-8",
    )
    info = next(t for t in list_templates() if t.name == "standard")
    assert not info.builtin and info.path == folder / "template.toml"
    out = export_brief(harbour_brief(), tmp_path / "b.md")
    assert "## What happened" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("name = [", "not valid TOML"),
        ('[[sections]]\nkey = "gossip"', "gossip"),
        ('[page]\nsize = "A3"\n[[sections]]\nkey = "summary"', "size must be one of"),
        ('[header]\nleft = "{secret}"\n[[sections]]\nkey = "summary"', "unknown field {secret}"),
        ('[colours]\naccent = "blue"\n[[sections]]\nkey = "summary"', "colour"),
        ("description = 'no sections'", "at least one [[sections]]"),
    ],
)
def test_invalid_template_names_file_and_problem(content: str, problem: str) -> None:
    folder = _user_templates() / "broken"
    folder.mkdir()
    (folder / "template.toml").write_text(content, encoding="utf-8")
    with pytest.raises(TemplateError) as error:
        load_template("broken")
    message = str(error.value)
    assert str(folder / "template.toml") in message and problem in message
    listed = next(t for t in list_templates() if t.name == "broken")
    assert "invalid" in listed.description


def test_unknown_template_lists_available() -> None:
    with pytest.raises(TemplateError, match="standard"):
        load_template("nope")


def test_json_round_trip(tmp_path: Path) -> None:
    original = harbour_brief()
    out = export_brief(original, tmp_path / "brief.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "briefing-brief" and data["version"] == 1
    assert [a["id"] for a in data["articles"]] == ["harbour", "bulletin"]
    loaded = load_brief_json(out)
    assert loaded.info == original.info
    assert loaded.sections == original.sections
    assert loaded.articles == original.articles
    assert brief_to_json(brief_from_json(data)) == data
    pdf = export_brief(loaded, tmp_path / "from-json.pdf", invariant=True)
    direct = export_brief(original, tmp_path / "direct.pdf", invariant=True)
    assert pdf.read_bytes() == direct.read_bytes()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"format": "other"}', "not a Briefing brief"),
        ('{"format": "briefing-brief", "version": 99}', "version 99"),
        ('{"format": "briefing-brief", "version": 1, "sections": {"gossip": []}}', "gossip"),
        (
            '{"format": "briefing-brief", "version": 1, "sections": {"situation": [{"kind": "x"}]}}',
            "invalid",
        ),
        (
            '{"format": "briefing-brief", "version": 1, "articles": [{"title": "no text"}]}',
            "invalid",
        ),
    ],
)
def test_invalid_json_brief(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ExportFailed, match=message) as error:
        load_brief_json(path)
    assert isinstance(error.value, BriefingError) and "\n" not in str(error.value)


def test_markdown_escapes_user_text(tmp_path: Path) -> None:
    from briefing.core.model import Fact

    document = harbour_brief()
    document.insert_item("situation", 0, Fact(text="*not bold* [link](http://x) <b>"))
    text = export_brief(document, tmp_path / "b.md").read_text(encoding="utf-8")
    assert r"\*not bold\* \[link\]\(http://x\) \<b\>" in text
    assert "[^1]: Alder Daily" in text


def test_missing_brief_template_falls_back_but_requested_one_fails(tmp_path: Path) -> None:
    from dataclasses import replace

    document = harbour_brief()
    document.set_info(replace(document.info, template="gone"))
    out = export_brief(document, tmp_path / "b.md")
    assert "## Bottom line up front" in out.read_text(encoding="utf-8")
    with pytest.raises(TemplateError, match="gone"):
        export_brief(document, tmp_path / "c.md", template="gone")


@pytest.mark.parametrize(
    ("language", "words"), [("en", "Untitled brief"), ("id", "Laporan tanpa judul")]
)
def test_a_brief_without_a_title_says_so_in_its_language(
    tmp_path: Path, language: str, words: str
) -> None:
    from dataclasses import replace

    import docx
    import pypdf

    document = harbour_brief(language=language)
    document.set_info(replace(document.info, title=""))
    pdf = export_brief(document, tmp_path / "b.pdf")
    reader = pypdf.PdfReader(str(pdf))
    assert words in reader.pages[0].extract_text()
    assert reader.metadata is not None and reader.metadata.title == words
    docx_file = export_brief(document, tmp_path / "b.docx")
    opened = docx.Document(str(docx_file))
    assert words in [p.text for p in opened.paragraphs]
    assert opened.core_properties.title == words
    markdown = export_brief(document, tmp_path / "b.md").read_text(encoding="utf-8")
    assert f"# {words}" in markdown


def _conflict_notes(*rows: tuple[str, float, str, str, str]) -> list[str]:
    """'Sources differ' notes of a brief whose figures are (source, value, unit, what,
    qualifier); each source is its own article, cited at its start."""
    from briefing.core.document import Document
    from briefing.core.model import Figure
    from briefing.core.operations import AddArticle, InsertItem
    from briefing.export.content import build_view
    from briefing.export.templates import load_template
    from tests.export.briefs import _article, _cite

    document = Document()
    articles = {}
    for source, *_ in rows:
        if source not in articles:
            text = f"Laporan {source} tentang angka."
            articles[source] = _article(source, "", text, publisher=source.strip("_"))
            AddArticle(articles[source]).apply(document)
    for position, (source, value, unit, what, qualifier) in enumerate(rows):
        figure = Figure(
            value=value,
            unit=unit,
            what=what,
            qualifier=qualifier,
            citations=(_cite(articles[source], "Laporan"),),
        )
        InsertItem("figures", position, figure).apply(document)
    return build_view(document, load_template("standard")).conflicts


def test_sources_differ_only_on_the_same_described_thing() -> None:
    assert _conflict_notes(
        ("Konteks", 3000, "tentara", "tentara Korea Utara", "Setidaknya"),
        ("Wire", 12000, "tentara", "tentara Korea Utara", ""),
    ) == ["Sources differ: setidaknya 3,000 tentara (Konteks); 12,000 tentara (Wire)"]
    # the same size twice, or different things, or one source: nothing to say
    assert not _conflict_notes(
        ("Alpha", 12, "orang", "orang", ""), ("Beta", 300, "orang", "orang", "")
    )
    assert not _conflict_notes(
        ("Alpha", 12, "orang", "orang tewas", ""),
        ("Beta", 300, "orang", "orang mengungsi", ""),
    )
    assert not _conflict_notes(
        ("Alpha", 12, "orang", "orang tewas", ""), ("Alpha", 30, "orang", "orang tewas", "")
    )
    # a source that also gives the other's number (an update?) does not disagree with it
    assert not _conflict_notes(
        ("Alpha", 12, "orang", "orang tewas", ""),
        ("Alpha", 30, "orang", "orang tewas", ""),
        ("Beta", 12, "orang", "orang tewas", ""),
    )
    assert _conflict_notes(
        ("Alpha", 12, "orang", "orang tewas", ""),
        ("Beta", 12, "orang", "orang tewas", ""),
        ("Gamma", 40, "orang", "orang tewas", ""),
    ) == ["Sources differ: 12 orang (Alpha); 12 orang (Beta); 40 orang (Gamma)"]
    # a row merged from two sources speaks for both, whatever the order of its citations
    for order in ((0, 1), (1, 0)):
        assert not _merged_row_notes(order), order
    # two articles of one publisher (a report and its update) are one source
    assert not _conflict_notes(
        ("Alpha", 12, "orang", "orang tewas", ""), ("Alpha_", 30, "orang", "orang tewas", "")
    )
    # a source without publisher or title is named by its file
    assert _conflict_notes(
        ("_", 5, "kapal", "kapal perang", ""), ("Beta", 7, "kapal", "kapal perang", "")
    ) == ["Sources differ: 5 kapal (_.txt); 7 kapal (Beta)"]


def _merged_row_notes(order: tuple[int, int]) -> list[str]:
    """12 killed cited from Alpha and Beta (in ``order``), 30 killed from Beta."""
    from briefing.core.document import Document
    from briefing.core.model import Figure
    from briefing.core.operations import AddArticle, InsertItem
    from briefing.export.content import build_view
    from briefing.export.templates import load_template
    from tests.export.briefs import _article, _cite

    document = Document()
    alpha = _article("alpha", "", "Laporan Alpha tentang angka.", publisher="Alpha")
    beta = _article("beta", "", "Laporan Beta tentang angka.", publisher="Beta")
    for article in (alpha, beta):
        AddArticle(article).apply(document)
    cited = [_cite(alpha, "Laporan"), _cite(beta, "Laporan")]
    rows = [
        Figure(
            value=12, unit="orang", what="orang tewas", citations=tuple(cited[i] for i in order)
        ),
        Figure(value=30, unit="orang", what="orang tewas", citations=(_cite(beta, "Laporan"),)),
    ]
    for position, row in enumerate(rows):
        InsertItem("figures", position, row).apply(document)
    return build_view(document, load_template("standard")).conflicts


def test_a_removed_source_is_not_named() -> None:
    from briefing.core.document import Document
    from briefing.core.model import Figure
    from briefing.core.operations import AddArticle, InsertItem, RemoveArticle
    from briefing.export.content import build_view
    from briefing.export.templates import load_template
    from tests.export.briefs import _article, _cite

    document = Document()
    alpha, beta, gamma = (
        _article(name.lower(), "", f"Laporan {name} tentang angka.", publisher=name)
        for name in ("Alpha", "Beta", "Gamma")
    )
    for article in (alpha, beta, gamma):
        AddArticle(article).apply(document)
    merged = (_cite(alpha, "Laporan"), _cite(gamma, "Laporan"))
    InsertItem(
        "figures", 0, Figure(value=12, unit="orang", what="orang tewas", citations=merged)
    ).apply(document)
    InsertItem(
        "figures",
        1,
        Figure(value=30, unit="orang", what="orang tewas", citations=(_cite(beta, "Laporan"),)),
    ).apply(document)
    RemoveArticle("gamma").apply(document)
    assert build_view(document, load_template("standard")).conflicts == [
        "Sources differ: 12 orang (Alpha); 30 orang (Beta)"
    ]


def test_a_source_is_its_outlet_not_its_title() -> None:
    from briefing.core.document import Document
    from briefing.core.model import Figure
    from briefing.core.operations import AddArticle, InsertItem
    from briefing.export.content import build_view
    from briefing.export.templates import load_template
    from tests.export.briefs import _article, _cite

    def notes(*outlets: dict[str, str]) -> list[str]:
        document = Document()
        for n, (outlet, value) in enumerate(zip(outlets, (12, 30), strict=True)):
            article = _article(
                f"a{n}",
                outlet.get("title", ""),
                "Laporan angka.",
                **{k: v for k, v in outlet.items() if k != "title"},
            )
            AddArticle(article).apply(document)
            figure = Figure(
                value=value,
                unit="orang",
                what="orang tewas",
                citations=(_cite(article, "Laporan"),),
            )
            InsertItem("figures", n, figure).apply(document)
        return build_view(document, load_template("standard")).conflicts

    # two outlets without a publisher, the same title: still two sources
    assert len(notes({"title": "Banjir Jakarta"}, {"title": "Banjir Jakarta"})) == 1
    # one publisher however it is written, or one web site: one source
    assert not notes({"publisher": "Kompas"}, {"publisher": "KOMPAS "})
    assert not notes({"url": "https://www.kompas.id/a"}, {"url": "https://kompas.id/b"})
    # a publisher and the site it publishes on, or two sites of one outlet: one source
    assert not notes({"publisher": "Kompas"}, {"url": "https://www.kompas.id/b"})
    assert not notes({"publisher": "KONTEKS.CO.ID"}, {"publisher": "Konteks"})
    assert not notes({"url": "https://news.detik.com/a"}, {"url": "https://detik.com/b"})
    assert not notes({"publisher": "The Jakarta Post"}, {"url": "https://thejakartapost.com"})
    assert not notes({"url": "https://www.bbc.co.uk/a"}, {"url": "https://bbc.com/b"})
    # different outlets stay apart, a country's second level is no outlet
    assert len(notes({"url": "https://tempo.co/a"}, {"url": "https://detik.com/b"})) == 1
    assert len(notes({"url": "https://a.co.id/x"}, {"url": "https://b.co.id/y"})) == 1
    assert len(notes({"publisher": "CNN"}, {"url": "https://cnnindonesia.com/b"})) == 1
    assert len(notes({"url": "http://127.0.0.1/a"}, {"url": "http://127.0.0.2/b"})) == 1
    # outlets hosted on one platform, or under a shared second level, stay apart
    two_blogs = (
        {"url": "https://beritasatu.blogspot.com/a"},
        {"url": "https://suara.blogspot.com/b"},
    )
    assert len(notes(*two_blogs)) == 1
    assert len(notes({"url": "https://a.desa.id/x"}, {"url": "https://b.desa.id/y"})) == 1
    assert len(notes({"url": "https://medium.com/@a/x"}, {"url": "https://medium.com/@b/y"})) == 1
