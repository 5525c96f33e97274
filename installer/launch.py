"""Entry script for the frozen bundle: the same as the ``briefing`` command."""

import sys

from briefing.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
