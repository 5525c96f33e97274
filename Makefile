# Quick start: `make run` opens the app on the sample article; `make test` runs every check.
# Both create .venv in the repository root and install what they need into it.

# PySide6 6.12 on Python 3.11 drops references to True/None on every signal (the app
# works around it, see briefing/gui/qt_workarounds.py); 3.12+ makes them immortal, so we
# prefer 3.12 when the machine has it (also pyenv's, not on PATH), else any python3 >= 3.11.
PYTHON ?= $(shell for p in python3.12 $(wildcard $(HOME)/.pyenv/versions/3.12*/bin/python3) python3.13 python3; do \
	$$p -c 'import sys; assert sys.version_info >= (3, 11)' >/dev/null 2>&1 && { echo $$p; break; }; done)
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
APP_STAMP  := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test
BENCH_STAMP := $(VENV)/.installed-bench
PYTEST_ARGS ?=

.PHONY: venv run test lint typecheck pytest demo bench bundle clean

venv: $(APP_STAMP)

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e '.[test]'
	touch $(APP_STAMP) $@

run: $(APP_STAMP)
	$(BIN)/briefing resources/sample/sample-article.txt

test: $(TEST_STAMP)
	$(MAKE) --no-print-directory lint typecheck pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check briefing tests benchmarks installer
	$(BIN)/ruff format --check briefing tests benchmarks installer

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

pytest: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n 2 $(PYTEST_ARGS)

demo: $(APP_STAMP)
	$(BIN)/briefing demo --out out/demo

BENCHMARKS := article_extraction import_speed langid seed_gold key_facts actors analysis_speed \
	export_speed startup responsiveness brief_editing first_brief

$(BENCH_STAMP): pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e '.[test,bench]'  # LightGBM: the key-fact trees' cross-validation
	touch $(APP_STAMP) $(TEST_STAMP) $@

bench: $(BENCH_STAMP)
	for name in $(BENCHMARKS); do echo "== benchmarks/$$name.py"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/$$name.py || exit 1; done

# One-folder app in dist/briefing (PyInstaller), smoke-tested headlessly after the build.
bundle: $(APP_STAMP)
	$(PIP) install --quiet 'pyinstaller>=6,<7'
	QT_QPA_PLATFORM=offscreen $(BIN)/python installer/build.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache out
