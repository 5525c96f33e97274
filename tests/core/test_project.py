"""The *.brief project file: persistence, versions, damage, and surviving SIGKILL."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from briefing.core.errors import ProjectError, ReadOnlyProject
from briefing.core.model import Article, BriefInfo, Citation, Fact, Origin, Paragraph, Quote
from briefing.core.operations import (
    AddArticle,
    InsertItem,
    MoveItem,
    RemoveArticle,
    RemoveItem,
    SetInfo,
    UpdateItem,
)
from briefing.core.project import APPLICATION_ID, SCHEMA_VERSION, Project

TEXT = "Sedikitnya 2.500 warga mengungsi. 😀 “Kami siap,” kata Ratna."


def article() -> Article:
    return Article(
        id="art",
        title="Banjir",
        text=TEXT,
        paragraphs=(Paragraph(0, len(TEXT)),),
        origin=Origin("banjir.txt", "txt", "ab" * 32),
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_change_is_on_disk_at_once(tmp_path: Path) -> None:
    path = tmp_path / "p.brief"
    project = Project.create(path)
    a = article()
    project.apply(AddArticle(a))
    quote_start = TEXT.index("Kami")
    quote = Quote(
        id="q",
        text="Kami siap,",
        speaker="Ratna",
        citations=(Citation.of(a, quote_start, quote_start + 10),),
    )
    project.apply(InsertItem("situation", 0, Fact(id="f", text="Warga mengungsi.")))
    project.apply(InsertItem("situation", 1, quote))
    project.apply(MoveItem("q", "situation", 0))
    project.apply(UpdateItem(Fact(id="f", text="2.500 warga mengungsi.")))
    project.apply(SetInfo(BriefInfo(title="Banjir", marking="TLP:GREEN")))
    # A second connection sees everything without the first one closing.
    reopened = Project.open(path, read_only=True)
    doc = reopened.document
    assert doc.info.title == "Banjir" and doc.info.marking == "TLP:GREEN"
    assert [i.id for i in doc.items("situation")] == ["q", "f"]
    assert doc.item("q") == quote
    assert doc.item("f").text == "2.500 warga mengungsi."  # type: ignore[attr-defined]
    assert doc.articles == (a,)
    assert doc.item("q").citations[0].quoted == "Kami siap,"
    reopened.close()
    project.close()


def test_undo_through_inverses_persists(tmp_path: Path) -> None:
    path = tmp_path / "p.brief"
    with Project.create(path) as project:
        inverse = project.apply(InsertItem("summary", 0, Fact(id="f", text="x")))
        project.apply(inverse)
    with Project.open(path) as project:
        assert project.document.items("summary") == ()


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "p.brief"
    path.write_text("precious")
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path)
    assert path.read_text() == "precious"


def test_create_with_a_title_block_in_one_transaction(tmp_path: Path) -> None:
    path = tmp_path / "p.brief"
    info = BriefInfo(author="Desk analyst", marking="RESTRICTED", language="id")
    with Project.create(path, info) as project:
        assert project.document.info == info
        # created without waiting for the disk, but every change after it is durable
        assert project._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    with Project.open(path) as project:
        assert project.document.info == info
        assert project.schema_version == SCHEMA_VERSION
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        db.close()


def test_create_that_fails_leaves_no_file_behind(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import briefing.core.project as project_module

    real_connect = project_module._connect

    class FullDisk:
        """A connection whose writes fail the way a full disk makes them fail."""

        def __init__(self, db: sqlite3.Connection) -> None:
            self._db = db

        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(self._db, name)

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self._db.__enter__()

        def __exit__(self, *exc):  # type: ignore[no-untyped-def]
            return self._db.__exit__(*exc)

        def execute(self, sql: str, *args):  # type: ignore[no-untyped-def]
            if sql.startswith("INSERT"):
                raise sqlite3.OperationalError("database or disk is full")
            return self._db.execute(sql, *args)

    monkeypatch.setattr(
        project_module,
        "_connect",
        lambda path, read_only: FullDisk(real_connect(path, read_only=read_only)),
    )
    path = tmp_path / "p.brief"
    with pytest.raises(ProjectError, match="disk is full"):
        Project.create(path)
    assert not path.exists() and not (tmp_path / "p.brief-journal").exists()
    monkeypatch.setattr(project_module, "_connect", real_connect)
    with Project.create(path) as project:  # the name is free again
        assert project.document.info == BriefInfo()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"hello, this is a text file\n",
        b"SQLite format 3\x00" + b"\xff" * 4000,
        os.urandom(8192),
    ],
    ids=["empty", "text", "truncated-sqlite", "random"],
)
def test_foreign_or_corrupt_file_is_refused_and_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.brief"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(ProjectError) as info:
        Project.open(path)
    assert "bad.brief" in str(info.value)
    assert "\n" not in str(info.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.brief"]


def test_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.brief"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    before = digest(path)
    with pytest.raises(ProjectError, match="not a Briefing project"):
        Project.open(path)
    assert digest(path) == before


def test_damaged_project_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.brief"
    with Project.create(path) as project:
        for n in range(200):
            project.apply(InsertItem("situation", n, Fact(text="x" * 200)))
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 512] = b"\x00\xff" * 256  # smash a b-tree page
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(ProjectError, match="damaged"):
        Project.open(path)
    assert digest(path) == before


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="does not exist"):
        Project.open(tmp_path / "nope.brief")
    with pytest.raises(ProjectError, match="not a file"):
        Project.open(tmp_path)


def test_newer_file_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "future.brief"
    with Project.create(path) as project:
        project.apply(InsertItem("summary", 0, Fact(id="f", text="from the future")))
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    before = digest(path)
    with Project.open(path) as project:
        assert project.read_only and project.newer_than_app
        assert project.document.item("f").text == "from the future"  # type: ignore[attr-defined]
        with pytest.raises(ReadOnlyProject):
            project.apply(RemoveItem("f"))
    assert digest(path) == before


def test_migration_hook_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.core import project as project_module

    path = tmp_path / "old.brief"
    Project.create(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    db.commit()
    db.close()
    ran: list[int] = []
    monkeypatch.setitem(
        project_module.MIGRATIONS, SCHEMA_VERSION - 1, lambda db: ran.append(SCHEMA_VERSION - 1)
    )
    with Project.open(path) as project:
        assert project.schema_version == SCHEMA_VERSION
    assert ran == [SCHEMA_VERSION - 1]


def test_save_as_copies_a_consistent_snapshot(tmp_path: Path) -> None:
    with Project.create(tmp_path / "a.brief") as project:
        project.apply(AddArticle(article()))
        project.apply(InsertItem("summary", 0, Fact(id="f", text="x")))
        project.save_as(tmp_path / "b.brief")
    with Project.open(tmp_path / "b.brief") as copy:
        assert copy.document.item("f").text == "x"  # type: ignore[attr-defined]
        assert copy.integrity_check() == "ok"


CHILD = textwrap.dedent(
    """
    import sys
    from briefing.core.model import Fact
    from briefing.core.operations import InsertItem, MoveItem, UpdateItem
    from briefing.core.project import Project

    project = Project.open(sys.argv[1])
    n = int(sys.argv[2])
    while True:
        item = Fact(id=f"item-{n}", text=f"fact number {n} " + "x" * (n % 50))
        project.apply(InsertItem("situation", n % 7, item))
        if n % 5 == 0:
            project.apply(MoveItem(item.id, "summary", 0))
        if n % 3 == 0:
            project.apply(UpdateItem(Fact(id=item.id, text=f"edited {n}")))
        print(f"applied {n}", flush=True)
        n += 1
    """
)


def _kill_at_a_random_moment(path: Path, start: int, rng: random.Random) -> list[int]:
    """Run the child on ``path`` and SIGKILL it at a random moment; return what it reported."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(start)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    reported: list[int] = []
    first = threading.Event()

    def read() -> None:
        for line in child.stdout:  # type: ignore[union-attr]
            reported.append(int(line.split()[1]))
            first.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert first.wait(timeout=60), "the child never applied an operation"
    # Not right after a report (that is between transactions): anywhere in the next ones.
    time.sleep(rng.uniform(0.0, 0.25))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    reader.join(timeout=10)
    assert child.returncode == -signal.SIGKILL
    return reported


def test_sigkill_mid_way_loses_nothing_reported(tmp_path: Path) -> None:
    path = tmp_path / "killed.brief"
    Project.create(path).close()
    rng = random.Random(20261126)
    reported: list[int] = []
    for round_ in range(6):
        # Each round numbers its items afresh: the operation in flight may have landed.
        reported += _kill_at_a_random_moment(path, round_ * 1_000_000, rng)
        # Reopening recovers an interrupted transaction (hot journal) instead of refusing.
        with Project.open(path) as project:
            assert project.integrity_check() == "ok"
            ids = {item.id for _, _, item in project.document.all_items()}
            for n in reported:
                assert f"item-{n}" in ids
                if n % 3 == 0:
                    assert project.document.item(f"item-{n}").text == f"edited {n}"  # type: ignore[attr-defined]
    assert len(reported) >= 6  # at least one reported operation per round (under any load)


def test_rejections_persist_and_survive_save_as(tmp_path: Path) -> None:
    path = tmp_path / "triage.brief"
    kept = ("quote", 10, 42, "“Kami siap,”")
    with Project.create(path) as project:
        project.apply(AddArticle(article()))
        project.set_rejected("art", kept, True)
        project.set_rejected("art", ("figure", 0, 5, "2.500 warga"), True)
        project.set_rejected("art", ("figure", 0, 5, "2.500 warga"), False)
        project.set_rejected("art", kept, True)  # twice is once
        project.save_as(tmp_path / "copy.brief")
    for name in ("triage.brief", "copy.brief"):
        with Project.open(tmp_path / name) as reopened:
            assert reopened.rejections() == {"art": {kept}}
    with Project.open(path, read_only=True) as viewer:
        assert viewer.rejections() == {"art": {kept}}
        with pytest.raises(ReadOnlyProject):
            viewer.set_rejected("art", kept, False)


def test_schema_1_file_is_migrated_and_keeps_its_brief(tmp_path: Path) -> None:
    from briefing.core import project as project_module

    path = tmp_path / "v1.brief"
    db = sqlite3.connect(path)
    db.executescript(
        f"PRAGMA application_id = {APPLICATION_ID};"
        + project_module.SCHEMA_V1
        + """INSERT INTO brief (id, info) VALUES (1, '{"title": "Old brief"}');
        INSERT INTO item (id, section, position, kind, data)
            VALUES ('f', 'summary', 0, 'fact', '{"kind": "fact", "text": "kept"}');
        PRAGMA user_version = 1;"""
    )
    db.close()
    # a second window holding the old file read-only sees no rejections and no error
    with Project.open(path, read_only=True) as viewer:
        assert viewer.schema_version == 1 and viewer.rejections() == {}
    with Project.open(path) as project:
        assert project.schema_version == SCHEMA_VERSION == 2
        assert project.document.info.title == "Old brief"
        assert project.document.item("f").text == "kept"  # type: ignore[attr-defined]
        project.set_rejected("x", ("actor", 1, 2, "AS"), True)
    with Project.open(path) as project:
        assert project.rejections() == {"x": {("actor", 1, 2, "AS")}}
        assert project.integrity_check() == "ok"


def _schema_1_file(path: Path) -> None:
    from briefing.core import project as project_module

    db = sqlite3.connect(path)
    db.executescript(
        f"PRAGMA application_id = {APPLICATION_ID};"
        + project_module.SCHEMA_V1
        + """INSERT INTO brief (id, info) VALUES (1, '{"title": "Old brief"}');
        PRAGMA user_version = 1;"""
    )
    db.close()


def test_a_migration_cut_off_half_way_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.core import project as project_module

    path = tmp_path / "v1.brief"
    _schema_1_file(path)

    def cannot_write(db: sqlite3.Connection) -> None:
        db.execute(project_module.REJECTION_TABLE)
        db.execute("PRAGMA query_only = ON")  # as a read-only share would answer
        db.execute("PRAGMA user_version = 2")

    monkeypatch.setitem(project_module.MIGRATIONS, 1, cannot_write)
    with Project.open(path) as project:  # shown read-only, as it was
        assert project.read_only and project.schema_version == 1
        assert project.document.info.title == "Old brief"
    db = sqlite3.connect(path)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1 and "rejection" not in tables
    db.close()

    def has_a_bug(db: sqlite3.Connection) -> None:
        db.execute(project_module.REJECTION_TABLE)
        db.execute("CREATE TABLE rejection_copy AS SELECT * FROM no_such_table")

    def breaks_a_constraint(db: sqlite3.Connection) -> None:
        db.execute("INSERT INTO brief (id, info) VALUES (1, '{}')")  # IntegrityError

    for step in (has_a_bug, breaks_a_constraint):
        monkeypatch.setitem(project_module.MIGRATIONS, 1, step)
        with pytest.raises(ProjectError, match="cannot upgrade"):  # said, not hidden
            Project.open(path)

    def refuses(db: sqlite3.Connection) -> None:
        raise ProjectError("no migration from project schema 1")

    monkeypatch.setitem(project_module.MIGRATIONS, 1, refuses)
    with pytest.raises(ProjectError, match="no migration"):
        Project.open(path)
    monkeypatch.undo()
    with Project.open(path) as project:  # the next start migrates it for real
        assert project.schema_version == SCHEMA_VERSION and not project.read_only
        assert project.document.info.title == "Old brief"


def test_an_old_file_that_cannot_be_written_opens_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.core import project as project_module

    path = tmp_path / "shared-drive.brief"
    _schema_1_file(path)
    before = digest(path)
    # root may write anything, so the permission check is what is replaced here
    monkeypatch.setattr(project_module, "_writable", lambda _path: False)
    with Project.open(path) as project:
        assert project.read_only and not project.newer_than_app
        assert project.schema_version == 1 and project.rejections() == {}
        assert project.document.info.title == "Old brief"
    assert digest(path) == before


def test_removing_an_article_removes_its_dismissals(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.brief") as project:
        project.apply(AddArticle(article()))
        project.set_rejected("art", ("quote", 37, 47, "“Kami siap,”"), True)
        project.set_rejected("other", ("figure", 0, 5, "5 kapal"), True)
        project.apply(RemoveArticle("art"))
        assert project.rejections() == {"other": {("figure", 0, 5, "5 kapal")}}
