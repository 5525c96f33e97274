"""Bad input gives one clear line naming the file, never a crash or a hang."""

from __future__ import annotations

import contextlib
import io
import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.core.errors import BriefingError, ImportFailed
from briefing.ingest import ImportLimits, import_bytes, import_clipboard, import_path
from briefing.ingest.importer import sniff_format
from tests.ingest.builders import make_docx, make_eml, make_html, make_odt, make_pdf, make_rtf


def _one_line(error: ImportFailed) -> str:
    message = str(error)
    assert message and "\n" not in message
    return message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as info:
        import_path(tmp_path / "nowhere.txt")
    assert "nowhere.txt does not exist" in _one_line(info.value)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as info:
        import_path(tmp_path)
    assert "is a folder" in _one_line(info.value)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode()])
def test_empty_and_whitespace(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as info:
        import_path(path)
    message = _one_line(info.value)
    assert "blank.txt" in message
    assert "empty" in message or "no article text" in message


def test_binary(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    rng = random.Random(1)
    path.write_bytes(bytes(rng.randrange(256) for _ in range(5000)))
    with pytest.raises(ImportFailed) as info:
        import_path(path)
    assert "data.txt" in _one_line(info.value)


def test_binary_after_a_text_header(tmp_path: Path) -> None:
    rng = random.Random(2)
    junk = bytes(rng.randrange(1, 256) for _ in range(200_000))
    path = tmp_path / "header.txt"
    path.write_bytes(b"This looks like a text file at first.\n" * 50 + junk)
    with pytest.raises(ImportFailed, match="binary"):
        import_path(path)


def test_huge_file_fails_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    with pytest.raises(ImportFailed) as info:
        import_path(path)
    assert "huge.txt is 200 MB, over the 50 MB limit" in _one_line(info.value)
    with pytest.raises(ImportFailed, match="larger than"):
        import_bytes(b"x" * 2000, name="small.txt", limits=ImportLimits(max_bytes=1000))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, ".doc"),
        (
            b"PK\x03\x04" + b"\0" * 26 + b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
            "spreadsheet",
        ),
        (b"\x1f\x8b\x08\x00" + b"\0" * 50, "compressed"),
    ],
)
def test_unsupported_formats(content: bytes, expected: str) -> None:
    with pytest.raises(ImportFailed, match=expected):
        import_bytes(content, name="file.txt")


def test_plain_zip_is_not_a_document() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(ImportFailed, match="zip archive"):
        import_bytes(out.getvalue(), name="notes.docx")


def test_wrong_suffix_pdf_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(make_pdf(pages=1))
    assert import_path(path).origin.format == "pdf"


def test_clipboard_url_is_text_and_empty_clipboard() -> None:
    with pytest.raises(ImportFailed, match="clipboard"):
        import_clipboard("   ")
    article = import_clipboard("https://example.org/news/harbour-quay-opens-late")
    assert article.origin.format == "clipboard"
    with pytest.raises(ImportFailed, match="image/png"):
        import_clipboard("abc", "image/png")


# ------------------------------------------------------------------------ property test

_SAMPLES = {
    "txt": b"Harbour quay opens late\n\nThe harbour authority said on Tuesday that the quay would open.\n",
    "html": make_html().encode(),
    "docx": make_docx(with_table=True),
    "pdf": make_pdf(pages=1),
    "eml": make_eml(),
    "odt": make_odt(),
    "rtf": make_rtf(),
}


def _mutate(data: bytes, seed: int, edits: int) -> bytes:
    rng = random.Random(seed)
    buffer = bytearray(data)
    for _ in range(edits):
        if not buffer:
            break
        op = rng.randrange(4)
        pos = rng.randrange(len(buffer))
        if op == 0:
            buffer[pos] = rng.randrange(256)
        elif op == 1:
            del buffer[pos : pos + rng.randrange(1, 64)]
        elif op == 2:
            buffer[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16)))
        else:
            end = pos + rng.randrange(1, 128)
            buffer[pos:pos] = buffer[pos:end]
    return bytes(buffer)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(sorted(_SAMPLES)),
    seed=st.integers(0, 2**32 - 1),
    edits=st.integers(1, 40),
)
def test_mutated_files_only_raise_briefing_errors(kind: str, seed: int, edits: int) -> None:
    data = _mutate(_SAMPLES[kind], seed, edits)
    try:
        article = import_bytes(data, name=f"mutated.{kind}")
    except BriefingError as error:
        assert str(error) and "\n" not in str(error)
        return
    for paragraph in article.paragraphs:
        assert 0 <= paragraph.start < paragraph.end <= len(article.text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(sorted(_SAMPLES)),
    fmt=st.sampled_from(["txt", "md", "html", "docx", "pdf", "eml", "odt", "rtf"]),
    seed=st.integers(0, 2**32 - 1),
    edits=st.integers(0, 30),
)
def test_every_importer_on_mutated_bytes(kind: str, fmt: str, seed: int, edits: int) -> None:
    """Each importer, forced on any (mutated) sample, fails only with a BriefingError."""
    data = _mutate(_SAMPLES[kind], seed, edits) if edits else _SAMPLES[kind]
    try:
        import_bytes(data, name=f"forced.{kind}", fmt=fmt)
    except BriefingError as error:
        assert str(error) and "\n" not in str(error)


@settings(max_examples=60, deadline=None)
@given(
    data=st.binary(max_size=2048),
    suffix=st.sampled_from(["txt", "html", "docx", "pdf", "eml", "odt", "rtf", ""]),
)
def test_random_bytes_only_raise_briefing_errors(data: bytes, suffix: str) -> None:
    try:
        import_bytes(data, name=f"random.{suffix}" if suffix else "random")
    except BriefingError as error:
        assert str(error) and "\n" not in str(error)


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(max_size=500), mime=st.sampled_from(["text/plain", "text/html", "text/markdown"])
)
def test_random_clipboard_only_raises_briefing_errors(text: str, mime: str) -> None:
    try:
        article = import_clipboard(text, mime)
    except BriefingError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert article.text.strip()


def test_sniffing_mutated_samples_never_crashes() -> None:
    for kind, data in _SAMPLES.items():
        for seed in range(20):
            with contextlib.suppress(BriefingError):
                sniff_format(_mutate(data, seed, 5), name=f"x.{kind}")
