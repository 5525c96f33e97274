"""The command line as a user runs it: exit codes, one-line errors, the JSON contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from pypdf import PdfReader

from briefing.cli import main

IMPORT_KEYS = {
    "title",
    "publisher",
    "author",
    "url",
    "published",
    "language",
    "text",
    "paragraphs",
    "removed",
    "origin",
}
ANALYZE_KEYS = {"sentences", "quotes", "statements", "figures", "dates", "actors", "key_sentences"}


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The installed entry point in a fresh process, as a user would call it."""
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_import_seed_json(seed_article_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(seed_article_path), "--json"]) == 0
    (obj,) = json_lines(capsys.readouterr().out)
    assert obj.keys() >= IMPORT_KEYS
    assert obj["language"]["code"] == "id"
    assert obj["origin"]["format"] == "txt"
    assert "3.000 tentara" in obj["text"]
    for p in obj["paragraphs"]:
        assert 0 <= p["start"] < p["end"] <= len(obj["text"])
        assert p["kind"] in ("body", "heading")


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig", "utf-16-be"])
def test_import_any_common_encoding_gives_the_same_text(
    seed_article_path: Path, tmp_path: Path, encoding: str, capsys: pytest.CaptureFixture[str]
) -> None:
    original = seed_article_path.read_text(encoding="utf-8")
    copy = tmp_path / f"seed-{encoding}.txt"
    data = original.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    copy.write_bytes(data)
    assert main(["import", str(seed_article_path), str(copy), "--json"]) == 0
    reference, converted = json_lines(capsys.readouterr().out)
    assert converted["text"] == reference["text"]
    assert converted["paragraphs"] == reference["paragraphs"]


def test_analyze_json_contract(seed_article_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(seed_article_path), "--json"]) == 0
    (obj,) = json_lines(capsys.readouterr().out)
    assert obj.keys() >= (IMPORT_KEYS | ANALYZE_KEYS)
    text = obj["text"]
    for quote in obj["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
    speakers = {q["speaker"] for q in obj["quotes"]}
    assert {"John Kirby", "Lloyd Austin"} <= speakers
    values = {f["value"] for f in obj["figures"]}
    assert {3000, 10000, 1500} <= values
    assert "2024-10-24" in {d["value"] for d in obj["dates"]}


def test_failures_are_reported_in_order_and_the_rest_still_runs(
    seed_article_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    status = main(["import", str(empty), str(seed_article_path), "--json"])
    first, second = json_lines(capsys.readouterr().out)
    assert status == 1
    assert first["origin"]["file"] == "empty.txt" and first["error"]
    assert second["language"]["code"] == "id"


def make_bad_inputs(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t \n")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    return {
        "empty": empty,
        "blank": blank,
        "binary": binary,
        "missing": tmp_path / "missing.txt",
        "directory": tmp_path,
        "huge": huge,
    }


@pytest.mark.parametrize("case", ["empty", "blank", "binary", "missing", "directory", "huge"])
def test_bad_input_is_one_line_and_exit_1(tmp_path: Path, case: str) -> None:
    path = make_bad_inputs(tmp_path)[case]
    result = run_cli("import", str(path), timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("briefing: ")
    assert result.stdout == ""


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    assert run_cli("import").returncode == 2
    assert run_cli("draft", "x.txt").returncode == 2  # no -o
    wrong = run_cli("draft", "x.txt", "-o", str(tmp_path / "brief.xls"))
    assert wrong.returncode == 2
    assert "Traceback" not in wrong.stderr


def test_demo_writes_a_real_brief(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = run_cli("demo", "--out", str(out))
    assert result.returncode == 0, result.stderr
    brief = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    title = brief["info"]["title"]
    facts = [item["text"] for item in brief["sections"]["situation"] if item["kind"] == "fact"]
    quotes = [
        item
        for key in brief["sections"]
        for item in brief["sections"][key]
        if item["kind"] == "quote"
    ]
    assert title and facts and quotes
    assert all(item["citations"] for key in brief["sections"] for item in brief["sections"][key])

    pdf_text = " ".join((page.extract_text() or "") for page in PdfReader(out / "brief.pdf").pages)
    docx = DocxDocument(str(out / "brief.docx"))
    docx_text = "\n".join(p.text for p in docx.paragraphs) + "\n".join(
        cell.text for table in docx.tables for row in table.rows for cell in row.cells
    )
    for text in (" ".join(pdf_text.split()), " ".join(docx_text.split())):
        assert " ".join(title.split()) in text
        assert " ".join(facts[0].split())[:60] in text
        assert quotes[0]["speaker"] in text
        assert "Warta Contoh" in text or "WARTACONTOH" in text.upper()


def test_draft_to_project_then_export(seed_article_path: Path, tmp_path: Path) -> None:
    project = tmp_path / "korut.brief"
    result = run_cli("draft", str(seed_article_path), "-o", str(project), "--marking", "TLP:AMBER")
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "korut.pdf"
    result = run_cli("export", str(project), "-o", str(pdf), "--template", "sitrep")
    assert result.returncode == 0, result.stderr
    text = " ".join((page.extract_text() or "") for page in PdfReader(pdf).pages)
    assert "TLP:AMBER" in text
    assert "Kirby" in text

    again = run_cli("draft", str(seed_article_path), "-o", str(project))
    assert again.returncode == 1 and "already exists" in again.stderr


def test_json_brief_round_trips_through_export(seed_article_path: Path, tmp_path: Path) -> None:
    brief_json = tmp_path / "brief.json"
    assert run_cli("draft", str(seed_article_path), "-o", str(brief_json)).returncode == 0
    docx = tmp_path / "brief.docx"
    result = run_cli("export", str(brief_json), "-o", str(docx))
    assert result.returncode == 0, result.stderr
    assert DocxDocument(str(docx)).core_properties.title


def test_export_of_a_broken_project_is_a_user_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.brief"
    broken.write_text("not a project")
    result = run_cli("export", str(broken), "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert broken.read_text() == "not a project"


def test_templates_are_listed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    for name in ("standard", "sitrep", "one-page"):
        assert name in out


def test_the_app_entry_point_opens_a_window(tmp_path: Path) -> None:
    """`briefing FILE` opens the main window with the file imported (offscreen), then quits."""
    result = subprocess.run(
        [sys.executable, "-m", "briefing", str(tmp_path / "nothing-to-import.txt")],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "BRIEFING_QUIT_AFTER_PAINT": "1",
            "BRIEFING_DATA_DIR": str(tmp_path / "data"),
            "BRIEFING_CONFIG_DIR": str(tmp_path / "config"),
            "XDG_STATE_HOME": str(tmp_path / "state"),
        },
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    logs = "".join(p.read_text() for p in (tmp_path / "state").rglob("*.log"))
    assert "starting" in logs


def test_mistyped_command_is_bad_usage_not_the_app() -> None:
    result = run_cli("improt", "x.txt")
    assert result.returncode == 2
    assert "unknown command 'improt'" in result.stderr


def test_json_error_names_the_input_like_a_success(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "gone.txt"
    assert main(["import", str(missing), "--json"]) == 1
    (obj,) = json_lines(capsys.readouterr().out)
    assert obj["origin"]["file"] == "gone.txt"


def test_json_output_is_utf8_whatever_the_console(tmp_path: Path) -> None:
    article = tmp_path / "ru.txt"
    article.write_text(
        "Москва заявила, что переговоры продолжатся на следующей неделе. " * 5, encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "import", str(article), "--json"],
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "cp1252"},
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "Москва" in json.loads(result.stdout.decode("utf-8"))["text"]
