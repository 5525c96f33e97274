"""Import gestures: drops of files and folders, paste, duplicates — all off the GUI thread."""

from __future__ import annotations

import threading
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from briefing.gui import pipeline

ENGLISH = (
    "Officials confirmed on Tuesday that at least 3,000 workers joined the strike.\n\n"
    "“We will not go back until the talks resume,” said union leader Maria Lopez.\n\n"
    "The ministry said it would meet the union next week.\n"
)


def drag_enter(mime: QMimeData, point: QPoint) -> QDragEnterEvent:
    # PySide6 flags the only QDragEnterEvent constructor Qt 6 has as deprecated.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return QDragEnterEvent(
            point,
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )


def drop(window, mime: QMimeData) -> None:  # type: ignore[no-untyped-def]
    """Deliver a drag-enter and a drop to the window, as a file manager would."""
    enter = drag_enter(mime, QPoint(200, 200))
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


@pytest.fixture
def import_threads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the thread each file import runs on (the real importer still runs)."""
    seen: list[str] = []
    original = pipeline.import_file

    def spy(path: Path):  # type: ignore[no-untyped-def]
        seen.append(threading.current_thread().name)
        return original(path)

    monkeypatch.setattr(pipeline, "import_file", spy)
    return seen


def test_drop_txt_imports_off_gui_thread_and_shows_it(qtbot, window, tmp_path, import_threads):  # type: ignore[no-untyped-def]
    path = tmp_path / "strike.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    with qtbot.waitSignal(window.importer.batch_finished, timeout=30000) as finished:
        drop(window, file_mime(path))
    [result] = finished.args[0]
    assert result.status == "imported", result.message
    assert import_threads and threading.main_thread().name not in import_threads
    assert window.sources_model.rowCount() == 1
    assert window.reader.article is not None
    assert "Maria Lopez" in window.reader.text.toPlainText()
    # persisted at once in the project file
    from briefing.core.project import Project

    with Project.open(window.project_path, read_only=True) as reopened:
        assert [a.title for a in reopened.document.articles] == [
            window.session.document.articles[0].title
        ]


def _make_docx(path: Path, text: str) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Port strike widens", level=1)
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph.strip())
    document.save(str(path))


def _make_pdf(path: Path, text: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    for line in text.splitlines():
        pdf.drawString(60, y, line)
        y -= 18
    pdf.save()


def test_multi_file_drop_reports_each_file(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "b.html").write_text(
        "<html><head><title>Dock talks stall</title></head><body><article><h1>Dock talks stall</h1>"
        + "".join(
            f"<p>Negotiators for the dock workers met for the {n} time on Monday, and the "
            f"port authority said that no agreement had been reached on pay or hours.</p>"
            for n in ("first", "second", "third", "fourth")
        )
        + "</article></body></html>",
        encoding="utf-8",
    )
    _make_docx(
        folder / "c.docx",
        "Shipping lines diverted 40 vessels to other ports.\n\n"
        "“The backlog will take weeks to clear,” said harbour master Tom Reyes.",
    )
    _make_pdf(
        folder / "d.pdf",
        "Freight rates rose by 12 percent in one week.\n"
        "Analysts said the strike cost the economy 50 million dollars a day.",
    )
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a docx file")

    paths = sorted(folder.iterdir())
    with qtbot.waitSignal(window.importer.batch_finished, timeout=60000) as finished:
        drop(window, file_mime(*paths))
    results = {Path(r.source).name: r for r in finished.args[0]}
    assert set(results) == {p.name for p in paths}
    assert results["broken.docx"].status == "failed"
    assert results["broken.docx"].message  # a message the user can read
    for name in ("a.txt", "b.html", "c.docx", "d.pdf"):
        assert results[name].status == "imported", (name, results[name].message)
    assert window.sources_model.rowCount() == 4
    # The result list shows every file, failures with their message.
    rows = {
        Path(source).name: (status, message)
        for source, status, message in window.import_panel.results()
    }
    assert rows["broken.docx"][0] == "failed" and rows["broken.docx"][1]
    assert window.import_dock.isVisible()


def test_folder_drop_and_duplicate_reported(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "one.txt").write_text(ENGLISH, encoding="utf-8")
    with qtbot.waitSignal(window.importer.batch_finished, timeout=30000):
        drop(window, file_mime(folder))
    assert window.sources_model.rowCount() == 1
    copy = tmp_path / "copy.txt"
    copy.write_text(ENGLISH, encoding="utf-8")
    with qtbot.waitSignal(window.importer.batch_finished, timeout=30000) as finished:
        drop(window, file_mime(copy))
    [result] = finished.args[0]
    assert result.status == "duplicate"
    assert result.article_id == window.session.document.articles[0].id
    assert window.sources_model.rowCount() == 1


def test_paste_imports_clipboard_text(qtbot, window):  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText(ENGLISH)
    with qtbot.waitSignal(window.importer.batch_finished, timeout=30000) as finished:
        window.main_actions.paste_article.trigger()
    [result] = finished.args[0]
    assert result.status == "imported", result.message
    assert "Maria Lopez" in window.session.document.articles[0].text


def test_drop_of_browser_text_imports_it(qtbot, window):  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setText(ENGLISH)
    with qtbot.waitSignal(window.importer.batch_finished, timeout=30000) as finished:
        drop(window, mime)
    assert finished.args[0][0].status == "imported"
    assert window.sources_model.rowCount() == 1


def test_reader_selection_is_not_imported(window):  # type: ignore[no-untyped-def]
    from briefing.gui.mime import SELECTION_MIME

    mime = QMimeData()
    mime.setData(SELECTION_MIME, b'{"article_id": "x", "start": 0, "end": 1}')
    mime.setText("x")
    enter = drag_enter(mime, QPoint(10, 10))
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_drop_with_worker_processes(qtbot, settings, tmp_path):  # type: ignore[no-untyped-def]
    """The app's mode: import and analysis run in a worker process, results come back."""
    from briefing.gui.main_window import MainWindow
    from briefing.gui.project_files import create_project
    from briefing.gui.workers import LazyProcessPool

    window = MainWindow(
        create_project(tmp_path / "p.brief"), settings, processes=LazyProcessPool(1)
    )
    qtbot.addWidget(window)
    assert window.runner.isolates
    path = tmp_path / "strike.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    with qtbot.waitSignal(window.analysis.analysis_ready, timeout=120000):
        drop(window, file_mime(path))
    assert window.import_panel.results()[0][1] == "imported"
    article = window.session.document.articles[0]
    assert any(e.kind == "quote" for e in window.analysis.entries(article.id) or [])
    window.close()


@pytest.fixture
def local_site(tmp_path):  # type: ignore[no-untyped-def]
    """A web page served from 127.0.0.1 (no network in tests)."""
    import functools
    import http.server

    page = (
        "<html><head><title>Ferry services resume</title></head><body><article>"
        "<h1>Ferry services resume</h1>"
        + "".join(
            f"<p>Ferry operator Bluewater said on Monday that {n} crossings a day would run "
            "again from the harbour after the storm damage was repaired by the port.</p>"
            for n in ("four", "six", "eight", "ten")
        )
        + "</article></body></html>"
    )
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "ferry.html").write_text(page, encoding="utf-8")
    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(tmp_path / "site")
    )
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/ferry.html"
    server.shutdown()
    server.server_close()


def test_drop_of_a_link_imports_the_page(qtbot, window, local_site):  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl(local_site)])
    with qtbot.waitSignal(window.importer.batch_finished, timeout=30000) as finished:
        drop(window, mime)
    [result] = finished.args[0]
    assert result.status == "imported", result.message
    article = window.session.document.articles[0]
    assert "Bluewater" in article.text
    assert article.origin.url == local_site or article.url == local_site


def test_import_finishing_after_another_project_opened_is_not_added(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    from briefing.gui.project_files import create_project

    path = tmp_path / "late.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    other = tmp_path / "other.brief"
    create_project(other).release()
    with qtbot.waitSignal(window.importer.batch_finished, timeout=30000) as finished:
        drop(window, file_mime(path))
        window.open_project_file(other)  # before the worker's result arrives
    [result] = finished.args[0]
    assert result.status == "failed"
    assert not window.session.document.articles
