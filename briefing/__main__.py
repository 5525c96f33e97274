"""``briefing`` and ``python -m briefing``: the app without arguments, the CLI with a sub-command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # The GUI's worker processes are spawned: a frozen bundle must let them run.
        import multiprocessing

        multiprocessing.freeze_support()
    from briefing.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
