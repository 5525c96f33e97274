"""Build hook only (metadata lives in pyproject.toml).

``resources/`` and ``templates/`` stay at the top of the repository, where people look for
them; a built wheel carries copies in ``briefing/_data/`` so that
:mod:`briefing.core.resources` finds them in an installed app too.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        for name in ("resources", "templates"):
            target = Path(self.build_lib) / "briefing" / "_data" / name
            shutil.copytree(ROOT / name, target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithData})
