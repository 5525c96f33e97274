"""The command line: the same pipeline as the app, without a display (no Qt imported).

Exit status: 0 success, 1 user error (one line on stderr, no traceback), 2 bad usage.
``--json`` output is a stable contract: one JSON object per input file, in input order.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from briefing import __version__
from briefing.core.errors import BriefingError

if TYPE_CHECKING:
    from briefing.analysis.suggestions import ArticleAnalysis
    from briefing.core.document import Document
    from briefing.core.model import Article

log = logging.getLogger(__name__)

COMMANDS = ("import", "analyze", "draft", "export", "demo", "templates")
DRAFT_SUFFIXES = (".pdf", ".docx", ".json", ".brief", ".md")


class UsageError(BriefingError):
    """Bad arguments that argparse cannot see (e.g. an output suffix we do not write)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn news articles into short, sourced briefs. "
        "Without a command, opens the app (with FILEs imported, or a .brief project).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="read articles and print their metadata")
    p.add_argument("files", nargs="+", metavar="FILE", help="file path or http(s) URL")
    p.add_argument("--json", action="store_true", help="print JSON Lines (one object per file)")

    p = sub.add_parser(
        "analyze", help="print suggestions: quotes, figures, dates, actors, key facts"
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="file path or http(s) URL")
    p.add_argument("--json", action="store_true", help="print JSON Lines (one object per file)")

    p = sub.add_parser("draft", help="draft a brief from the top suggestions")
    p.add_argument("files", nargs="+", metavar="FILE", help="file path or http(s) URL")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="OUT",
        help="output: .pdf, .docx, .json, .md or .brief (a project)",
    )
    _brief_options(p)

    p = sub.add_parser("export", help="export a saved brief (.brief project or .json brief)")
    p.add_argument(
        "project", type=Path, metavar="PROJECT", help="a .brief project or a .json brief"
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="OUT",
        help="output: .pdf, .docx, .json or .md",
    )
    p.add_argument("--template", metavar="NAME", help="template (see `briefing templates`)")

    p = sub.add_parser("demo", help="draft and export the bundled sample article")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the files")
    p.add_argument("--template", metavar="NAME", help="template (see `briefing templates`)")

    sub.add_parser("templates", help="list the export templates")
    return parser


def _brief_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--template", metavar="NAME", help="template (see `briefing templates`)")
    p.add_argument("--title", help="brief title (default: from the first article)")
    p.add_argument("--marking", help='handling marking, e.g. "TLP:AMBER"')
    p.add_argument("--author", help="author shown in the title block")
    p.add_argument("--organisation", help="organisation shown in the title block")


CLI_OPTIONS = ("-h", "--help", "--version", "-v", "--verbose")


def _wants_app(argv: list[str]) -> bool:
    """No command: the app (with files, a project, or Qt/app options such as --new)."""
    words = [a for a in argv if a not in ("-v", "--verbose")]
    if not words:
        return True
    first = words[0]
    if first in COMMANDS or first in CLI_OPTIONS:
        return False
    return first.startswith("-") or _looks_like_input(first)


def _looks_like_input(word: str) -> bool:
    """A file, folder or URL the app can open; a bare unknown word is a mistyped command.

    Deliberately light (no ingest import): this runs before every start of the app.
    """
    if word.lower().startswith(("http://", "https://")):
        return True
    return Path(word).exists() or "." in Path(word).name or "/" in word


def main(argv: Sequence[str]) -> int:
    argv = list(argv)
    _utf8_output()
    if _wants_app(argv):
        return _run_app([a for a in argv if a not in ("-v", "--verbose")])
    parser = build_parser()
    if argv[0] not in COMMANDS and argv[0] not in CLI_OPTIONS and not argv[0].startswith("-"):
        parser.error(f"unknown command {argv[0]!r} (choose from {', '.join(COMMANDS)})")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "import": _cmd_import,
        "analyze": _cmd_analyze,
        "draft": _cmd_draft,
        "export": _cmd_export,
        "demo": _cmd_demo,
        "templates": _cmd_templates,
    }
    try:
        return handlers[args.command](args)
    except UsageError as exc:
        parser.error(str(exc))  # exits 2
    except BriefingError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted")
        return 130
    except BrokenPipeError:
        return 1
    return 1


def _utf8_output() -> None:
    """JSON and article text are UTF-8 whatever the console's code page (Windows, pipes)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def _fail(message: str) -> None:
    print(f"briefing: {' '.join(message.split())}", file=sys.stderr)


def _run_app(argv: list[str]) -> int:
    from briefing.gui.app import run

    return run(argv)


# ---------------------------------------------------------------------- pipeline


def _import_one(source: str) -> Article:
    from briefing import ingest

    if ingest.is_url(source):
        return ingest.import_url(source)
    return ingest.import_path(Path(source))


def _error_object(source: str, message: str) -> dict[str, Any]:
    """The failure line of the JSON contract; ``origin.file`` names the input as a
    successful import does (the file name, or the URL)."""
    from briefing import ingest

    name = source if ingest.is_url(source) else Path(source).name or source
    return {"origin": {"file": name}, "error": message}


def _each_article(
    sources: Sequence[str], emit: Callable[[str, Article], None], out: TextIO, as_json: bool
) -> int:
    """Import each source in order; failures are reported and the rest still run."""
    status = 0
    for source in sources:
        try:
            article = _import_one(source)
        except BriefingError as exc:
            status = 1
            if as_json:
                _print_json(_error_object(source, str(exc)), out)
            else:
                _fail(str(exc))
            continue
        emit(source, article)
    return status


def _print_json(obj: dict[str, Any], out: TextIO) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()


def _cmd_import(args: argparse.Namespace) -> int:
    out = sys.stdout

    def emit(source: str, article: Article) -> None:
        if args.json:
            _print_json(article.to_json(), out)
        else:
            from briefing.cli_text import describe_article

            out.write(describe_article(article) + "\n")

    return _each_article(args.files, emit, out, args.json)


def _cmd_analyze(args: argparse.Namespace) -> int:
    from briefing.analysis import analyze

    out = sys.stdout

    def emit(source: str, article: Article) -> None:
        try:
            analysis = analyze(article)
        except BriefingError as exc:
            if args.json:
                _print_json(_error_object(source, str(exc)), out)
            else:
                _fail(str(exc))
            raise _Failed from exc
        if args.json:
            _print_json({**article.to_json(), **analysis.to_json()}, out)
        else:
            from briefing.cli_text import describe_analysis

            out.write(describe_analysis(article, analysis) + "\n")

    return _each_article_guarded(args.files, emit, out, args.json)


class _Failed(Exception):
    """One input failed after import; its error is already printed."""


def _each_article_guarded(
    sources: Sequence[str], emit: Callable[[str, Article], None], out: TextIO, as_json: bool
) -> int:
    failed = False

    def guarded(source: str, article: Article) -> None:
        nonlocal failed
        try:
            emit(source, article)
        except _Failed:
            failed = True

    status = _each_article(sources, guarded, out, as_json)
    return 1 if failed else status


def draft_document(
    sources: Sequence[str], *, options: argparse.Namespace | None = None
) -> tuple[Document, list[str]]:
    """Import and analyse ``sources`` and draft a brief in memory.

    Returns the document and the error messages of the sources that failed; raises when
    none could be imported.
    """
    from briefing.analysis import analyze, draft_operations, find_conflicts
    from briefing.core.document import Document
    from briefing.core.model import BriefInfo
    from briefing.core.operations import AddArticle

    pairs: list[tuple[Article, ArticleAnalysis]] = []
    errors: list[str] = []
    for source in sources:
        try:
            article = _import_one(source)
            pairs.append((article, analyze(article)))
        except BriefingError as exc:
            errors.append(str(exc))
    if not pairs:
        raise BriefingError(errors[0] if len(errors) == 1 else "no article could be imported")
    document = Document()
    for article, _ in pairs:
        AddArticle(article).apply(document)
    info = BriefInfo()
    if options is not None:
        overrides = {
            key: getattr(options, key)
            for key in ("template", "title", "marking", "author", "organisation")
            if getattr(options, key, None)
        }
        info = BriefInfo(**{**info.to_json(), **overrides})
    for operation in draft_operations(pairs, info=info, conflicts=find_conflicts(pairs)):
        operation.apply(document)
    document.take_changes()
    return document, errors


def _check_output(path: Path, suffixes: Sequence[str]) -> None:
    if path.suffix.lower() not in suffixes:
        raise UsageError(f"cannot write {path.name}: the output must end in {', '.join(suffixes)}")
    if path.is_dir():
        raise BriefingError(f"{path} is a folder; give a file name")
    if not path.parent.exists():
        raise BriefingError(f"the folder {path.parent} does not exist")


def _cmd_draft(args: argparse.Namespace) -> int:
    output: Path = args.output
    _check_output(output, DRAFT_SUFFIXES)
    document, errors = draft_document(args.files, options=args)
    for message in errors:
        _fail(message)
    _write(document, output, args.template)
    print(f"wrote {output}")
    return 1 if errors else 0


def _write(document: Document, output: Path, template: str | None) -> None:
    if output.suffix.lower() == ".brief":
        _save_project(document, output)
        return
    from briefing.export import export_brief

    export_brief(document, output, template=template)


def _save_project(document: Document, output: Path) -> None:
    from briefing.core.operations import AddArticle, Batch, InsertItem, SetInfo
    from briefing.core.project import Project

    if output.exists():
        raise BriefingError(f"{output.name} already exists; choose another name")
    operations: list[Any] = [AddArticle(article) for article in document.articles]
    operations.append(SetInfo(document.info, "Draft brief"))
    for section, index, item in document.all_items():
        operations.append(InsertItem(section, index, item))
    with Project.create(output) as project:
        project.apply(Batch(tuple(operations), "Draft brief"))


def load_saved_brief(path: Path) -> Document:
    """A brief from a ``.brief`` project or a ``.json`` brief."""
    if path.suffix.lower() == ".json":
        from briefing.export import load_brief_json

        return load_brief_json(path)
    from briefing.core.project import Project

    with Project.open(path, read_only=True) as project:
        return project.document


def _cmd_export(args: argparse.Namespace) -> int:
    _check_output(args.output, (".pdf", ".docx", ".json", ".md"))
    document = load_saved_brief(args.project)
    from briefing.export import export_brief

    export_brief(document, args.output, template=args.template)
    print(f"wrote {args.output}")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from briefing.core.resources import sample_article_path
    from briefing.export import export_brief

    out: Path = args.out
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefingError(f"cannot create {out}: {exc.strerror}") from exc
    document, _ = draft_document([str(sample_article_path())], options=args)
    for name in ("brief.pdf", "brief.docx", "brief.json"):
        export_brief(document, out / name, template=args.template)
        print(f"wrote {out / name}")
    return 0


def _cmd_templates(args: argparse.Namespace) -> int:
    from briefing.export import list_templates

    for template in list_templates():
        print(f"{template.name:<12} {template.description}  [{template.path}]")
    return 0
