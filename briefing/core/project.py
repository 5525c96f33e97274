"""The project file (``*.brief``): one SQLite file holding articles and the brief.

"SQLite as an application file format": each operation is one transaction, so the file
is always consistent and current; a kill or a power cut loses at most the operation in
flight. The schema version lives in ``PRAGMA user_version`` with forward migrations in
:data:`MIGRATIONS`; a file from a newer version of the app opens read-only. A corrupt or
foreign file raises :class:`ProjectError` and is never written to.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from briefing.core.document import (
    ArticleAdded,
    ArticleRemoved,
    ArticleReplaced,
    Change,
    Document,
    InfoChanged,
    ItemInserted,
    ItemRemoved,
    ItemReplaced,
)
from briefing.core.errors import ProjectError, ReadOnlyProject
from briefing.core.model import (
    SECTION_KEYS,
    Article,
    BriefInfo,
    Citation,
    Item,
    item_from_json,
)
from briefing.core.operations import Operation

log = logging.getLogger(__name__)

APPLICATION_ID = 0x42524946  # "BRIF"
SCHEMA_VERSION = 2
SQLITE_HEADER = b"SQLite format 3\x00"

SCHEMA_V1 = """
CREATE TABLE brief (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    info TEXT NOT NULL
);
CREATE TABLE article (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    meta TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE item (
    id TEXT PRIMARY KEY,
    section TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX item_by_section ON item (section, position);
CREATE TABLE citation (
    item_id TEXT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quoted TEXT NOT NULL,
    PRIMARY KEY (item_id, seq)
);
CREATE INDEX citation_by_article ON citation (article_id);
"""

REJECTION_TABLE = """
CREATE TABLE IF NOT EXISTS rejection (
    article_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (article_id, kind, start, "end", label)
) WITHOUT ROWID
"""
"""Schema 2: the suggestions the analyst dismissed, so a reopened project does not
propose them again. Not part of the brief (no undo): triage state beside it."""

SCHEMA = SCHEMA_V1 + REJECTION_TABLE + ";"
"""A new file's schema: the current one."""

Rejection = tuple[str, int, int, str]
"""A dismissed suggestion: its kind, span (code points) and label."""

Migration = Callable[[sqlite3.Connection], None]


def _add_rejections(db: sqlite3.Connection) -> None:
    db.execute(REJECTION_TABLE)


MIGRATIONS: dict[int, Migration] = {1: _add_rejections}
"""``MIGRATIONS[n]`` upgrades a file from schema ``n`` to ``n + 1`` inside a transaction."""

ChangeListener = Callable[[Operation, Operation, list[Change]], None]


class Project:
    """A document bound to its project file. Apply every change through :meth:`apply`."""

    def __init__(self, path: Path, connection: sqlite3.Connection, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._db = connection
        self.document = _load(connection)
        self._listeners: list[ChangeListener] = []

    # ------------------------------------------------------------------ opening

    @classmethod
    def create(cls, path: Path | str, info: BriefInfo | None = None) -> Project:
        """Create a new project file with an empty brief (refuses to overwrite a file).

        ``info`` is the new brief's title block (the app passes the analyst's usual
        author, organisation, marking, language…); the defaults otherwise.
        """
        path = Path(path)
        if path.exists():
            raise ProjectError(f"{path.name} already exists; choose another name")
        db: sqlite3.Connection | None = None
        try:
            db = _connect(path, read_only=False)
            # One transaction without waiting for the disk: a new window's untitled
            # project is created on the way to the first paint (an fsync costs 3-25 ms).
            # An empty new file has nothing to lose; the first real change is written
            # with synchronous = FULL, which makes the file durable with it.
            db.execute("PRAGMA synchronous = OFF")
            with db:
                db.executescript(f"BEGIN; PRAGMA application_id = {APPLICATION_ID};" + SCHEMA)
                db.execute(
                    "INSERT INTO brief (id, info) VALUES (1, ?)",
                    (json.dumps((info or BriefInfo()).to_json()),),
                )
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as exc:
            # disk full, a read-only folder…: leave nothing behind that would later be
            # refused as "already exists" or "not a Briefing project"
            if db is not None:
                db.close()
            for leftover in (path, path.with_name(path.name + "-journal")):
                leftover.unlink(missing_ok=True)
            raise ProjectError(f"cannot create {path}: {exc}") from exc
        return cls(path, db, read_only=False)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Project:
        """Open a project file; newer files open read-only, foreign or corrupt ones raise."""
        path = Path(path)
        version = _check_file(path)
        if version > SCHEMA_VERSION:
            log.warning(
                "%s has schema %d (newer than %d): read-only", path, version, SCHEMA_VERSION
            )
            read_only = True
        if not read_only and not _writable(path):
            log.warning("%s cannot be written here: read-only", path)
            read_only = True
        db: sqlite3.Connection | None = None
        try:
            db = _connect(path, read_only=read_only)
            if not read_only and version < SCHEMA_VERSION:
                try:
                    _migrate(db, version)
                except sqlite3.Error as exc:
                    if not _cannot_write(exc):
                        raise ProjectError(
                            f"cannot upgrade {path.name} to this version's format ({exc})"
                        ) from exc
                    # cannot be written after all (permissions the check cannot see, a
                    # share, a lock): show it read-only, unmigrated, rather than refuse it
                    log.warning("%s cannot be migrated here (%s): read-only", path, exc)
                    db.close()
                    db = _connect(path, read_only=True)
                    read_only = True
            return cls(path, db, read_only=read_only)
        except ProjectError:
            if db is not None:
                db.close()
            raise
        except sqlite3.DatabaseError as exc:
            if db is not None:
                db.close()
            raise ProjectError(f"{path.name} is damaged and cannot be opened ({exc})") from exc
        except (KeyError, ValueError, TypeError) as exc:
            if db is not None:
                db.close()
            raise ProjectError(f"{path.name} holds data this version cannot read ({exc})") from exc

    @property
    def newer_than_app(self) -> bool:
        return self.schema_version > SCHEMA_VERSION

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ changing

    def add_listener(self, listener: ChangeListener) -> None:
        """Call ``listener(operation, inverse, changes)`` after each applied operation."""
        self._listeners.append(listener)

    def remove_listener(self, listener: ChangeListener) -> None:
        self._listeners.remove(listener)

    def apply(self, operation: Operation) -> Operation:
        """Apply ``operation``, persist it in one transaction and return its inverse."""
        if self.read_only:
            raise ReadOnlyProject(f"{self.path.name} is open read-only; save a copy to edit it")
        self.document.take_changes()
        inverse = operation.apply(self.document)
        changes = self.document.take_changes()
        try:
            with self._db:
                _persist(self._db, self.document, changes)
        except sqlite3.Error as exc:
            inverse.apply(self.document)
            self.document.take_changes()
            raise ProjectError(f"could not save the change to {self.path.name}: {exc}") from exc
        for listener in list(self._listeners):
            listener(operation, inverse, changes)
        return inverse

    def rejections(self) -> dict[str, set[Rejection]]:
        """The dismissed suggestions by article id (none in an old file opened read-only)."""
        found: dict[str, set[Rejection]] = {}
        if self.schema_version < 2:  # a schema-1 file opened read-only: not migrated
            return found
        rows = self._db.execute('SELECT article_id, kind, start, "end", label FROM rejection')
        for article_id, kind, start, end, label in rows:
            found.setdefault(article_id, set()).add((kind, start, end, label))
        return found

    def set_rejected(self, article_id: str, rejection: Rejection, rejected: bool) -> None:
        """Record (or forget) that the analyst dismissed a suggestion, in one transaction."""
        self.set_rejections(article_id, [(rejection, rejected)])

    def set_rejections(self, article_id: str, marks: Iterable[tuple[Rejection, bool]]) -> None:
        """Record several dismissals (``True``) and their withdrawals at once: one
        transaction, one wait for the disk, however many suggestions were selected."""
        if self.read_only:
            raise ReadOnlyProject(f"{self.path.name} is open read-only; save a copy to edit it")
        marks = list(marks)
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR IGNORE INTO rejection VALUES (?, ?, ?, ?, ?)",
                    [(article_id, *r) for r, rejected in marks if rejected],
                )
                self._db.executemany(
                    "DELETE FROM rejection WHERE article_id = ? AND kind = ? "
                    'AND start = ? AND "end" = ? AND label = ?',
                    [(article_id, *r) for r, rejected in marks if not rejected],
                )
        except sqlite3.Error as exc:
            raise ProjectError(f"could not save the change to {self.path.name}: {exc}") from exc

    def save_as(self, target: Path | str) -> None:
        """Copy the project to ``target`` with SQLite's backup API (consistent snapshot).

        The copy is written beside the target and moved over it only when complete, so
        an existing file at ``target`` survives a failed save (disk full, permissions).
        """
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise ProjectError(f"{target.name} is this project already")
        partial = target.with_name(f".{target.name}.partial")
        try:
            dest = sqlite3.connect(partial)
            try:
                with dest:
                    self._db.backup(dest)
            finally:
                dest.close()
            os.replace(partial, target)
        except (sqlite3.Error, OSError) as exc:
            partial.unlink(missing_ok=True)
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise ProjectError(f"could not save to {target}: {reason}") from exc

    def integrity_check(self) -> str:
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])


# ---------------------------------------------------------------------- internals


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    # Explicit transactions only: "with db" must BEGIN/COMMIT.
    db.isolation_level = "DEFERRED"
    return db


def _check_file(path: Path) -> int:
    """Refuse anything that is not a Briefing project; return its schema version.

    Reads the 100-byte SQLite header first, so a foreign file is recognised without
    SQLite touching it. A project left with a hot journal (the app was killed during a
    save) is recovered by SQLite's own rollback before the read-only checks.
    """
    if not path.exists():
        raise ProjectError(f"{path} does not exist")
    if not path.is_file():
        raise ProjectError(f"{path} is not a file")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise ProjectError(f"cannot read {path}: {exc.strerror}") from exc
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise ProjectError(f"{path.name} is not a Briefing project (not an SQLite file)")
    if int.from_bytes(header[68:72], "big", signed=True) != APPLICATION_ID:
        raise ProjectError(f"{path.name} is an SQLite file but not a Briefing project")
    _recover_hot_journal(path)
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = int(probe.execute("PRAGMA user_version").fetchone()[0])
            status = probe.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        raise ProjectError(f"{path.name} is damaged and cannot be opened ({exc})") from exc
    if status != "ok":
        raise ProjectError(f"{path.name} is damaged and cannot be opened ({status})")
    return version


def _recover_hot_journal(path: Path) -> None:
    """Let SQLite roll back the journal of a transaction that was cut off by a kill."""
    journal = path.with_name(path.name + "-journal")
    try:
        if journal.stat().st_size == 0:
            return
    except FileNotFoundError:
        return
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise ProjectError(
            f"{path.name} was not closed cleanly and cannot be repaired here (read-only); "
            "open it once where it can be written"
        )
    try:
        db = sqlite3.connect(path, timeout=5)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        raise ProjectError(f"{path.name} is damaged and cannot be opened ({exc})") from exc
    log.info("recovered %s after an interrupted save", path)


def _migrate(db: sqlite3.Connection, version: int) -> None:
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ProjectError(f"no migration from project schema {version}")
        with db:
            # sqlite3 opens a transaction by itself only before INSERT/UPDATE/DELETE: a
            # CREATE TABLE would commit alone, and a kill before the version bump would
            # leave a file that half-migrated.
            db.execute("BEGIN IMMEDIATE")
            step(db)
            version += 1
            db.execute(f"PRAGMA user_version = {version}")
        log.info("migrated project to schema %d", version)


_CANNOT_WRITE = frozenset(
    {
        sqlite3.SQLITE_PERM,
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_CANTOPEN,
    }
)
"""SQLite's primary result codes that mean "this file cannot be written here now"."""


def _cannot_write(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in _CANNOT_WRITE


def _writable(path: Path) -> bool:
    """Whether the file and its folder (for SQLite's journal) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _load(db: sqlite3.Connection) -> Document:
    row = db.execute("SELECT info FROM brief WHERE id = 1").fetchone()
    info = BriefInfo.from_json(json.loads(row[0])) if row else BriefInfo()
    articles = []
    for meta, text in db.execute("SELECT meta, text FROM article ORDER BY position"):
        data = json.loads(meta)
        data["text"] = text
        articles.append(Article.from_json(data))
    citations: dict[str, list[Citation]] = {}
    for item_id, article_id, start, end, quoted in db.execute(
        'SELECT item_id, article_id, start, "end", quoted FROM citation ORDER BY item_id, seq'
    ):
        citations.setdefault(item_id, []).append(Citation(article_id, start, end, quoted))
    sections: dict[str, list[Item]] = {key: [] for key in SECTION_KEYS}
    for item_id, section, data in db.execute(
        "SELECT id, section, data FROM item ORDER BY section, position"
    ):
        fields = json.loads(data)
        fields["id"] = item_id
        fields["citations"] = [c.to_json() for c in citations.get(item_id, [])]
        if section in sections:
            sections[section].append(item_from_json(fields))
        else:
            log.warning("item %s in unknown section %r skipped", item_id, section)
    return Document(info, articles, sections)


def _persist(db: sqlite3.Connection, document: Document, changes: Iterable[Change]) -> None:
    dirty_sections: set[str] = set()
    articles_moved = False
    for change in changes:
        if isinstance(change, InfoChanged):
            db.execute(
                "UPDATE brief SET info = ? WHERE id = 1", (json.dumps(change.new.to_json()),)
            )
        elif isinstance(change, ItemInserted):
            _write_item(db, change.item, change.section)
            dirty_sections.add(change.section)
        elif isinstance(change, ItemRemoved):
            db.execute("DELETE FROM item WHERE id = ?", (change.item.id,))
            dirty_sections.add(change.section)
        elif isinstance(change, ItemReplaced):
            db.execute("DELETE FROM item WHERE id = ?", (change.old.id,))
            _write_item(db, change.new, change.section)
            dirty_sections.add(change.section)
        elif isinstance(change, ArticleAdded):
            _write_article(db, change.article)
            articles_moved = True
        elif isinstance(change, ArticleRemoved):
            db.execute("DELETE FROM article WHERE id = ?", (change.article.id,))
            # its dismissed suggestions quote its text: they go with it
            db.execute("DELETE FROM rejection WHERE article_id = ?", (change.article.id,))
            articles_moved = True
        elif isinstance(change, ArticleReplaced):
            db.execute("DELETE FROM article WHERE id = ?", (change.old.id,))
            _write_article(db, change.new)
            articles_moved = True
    for section in dirty_sections:
        db.executemany(
            "UPDATE item SET section = ?, position = ? WHERE id = ?",
            [(section, pos, item.id) for pos, item in enumerate(document.items(section))],
        )
    if articles_moved:
        db.executemany(
            "UPDATE article SET position = ? WHERE id = ?",
            [(pos, article.id) for pos, article in enumerate(document.articles)],
        )


def _write_item(db: sqlite3.Connection, item: Item, section: str) -> None:
    data = item.to_json()
    data.pop("id", None)
    data.pop("citations", None)
    db.execute(
        "INSERT INTO item (id, section, position, kind, data) VALUES (?, ?, -1, ?, ?)",
        (item.id, section, item.kind, json.dumps(data, ensure_ascii=False)),
    )
    db.executemany(
        'INSERT INTO citation (item_id, seq, article_id, start, "end", quoted) VALUES (?, ?, ?, ?, ?, ?)',
        [
            (item.id, seq, c.article_id, c.start, c.end, c.quoted)
            for seq, c in enumerate(item.citations)
        ],
    )


def _write_article(db: sqlite3.Connection, article: Article) -> None:
    meta = article.to_json()
    text = meta.pop("text")
    db.execute(
        "INSERT INTO article (id, position, meta, text) VALUES (?, -1, ?, ?)",
        (article.id, json.dumps(meta, ensure_ascii=False), text),
    )
