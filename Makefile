# border-desk: `make report` renders everything, `make test` runs the tests.
# Both set up .venv (Python 3.11, pinned dependencies) first; nothing else is needed.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: setup data report test lab bench lock clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@$(BIN)/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null \
		|| { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	@$(BIN)/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
		|| { echo "error: Python 3.11 is required (found $$($(BIN)/python --version))" >&2; exit 2; }
	@echo "setting up $(VENV) from requirements.lock" >&2
	@$(PIP) install -r requirements.lock
	@$(PIP) install --no-deps -e .
	@touch $@

data: setup
	@$(BIN)/python -m analysis extract seeds/*.txt --out data/processed
	@$(BIN)/python -m analysis factcheck seeds/*.txt --out data/processed
	@$(BIN)/python -m analysis datapackage --out data/processed --dictionary data/README.md

# make report ARTICLE=path/to/story.txt [PUBLISHED=YYYY-MM-DD] (the .yml beside the text
# gives the date when PUBLISHED is not set); the seed when ARTICLE is not set.
ARTICLE ?= seeds/mexico-president-us-election.txt
PUBLISHED ?=
report: setup data
	@$(BIN)/python -m analysis report --article "$(ARTICLE)" $(if $(PUBLISHED),--published "$(PUBLISHED)")

test: setup
	@$(BIN)/python -m pytest

# Saving in JupyterLab strips outputs (analysis.lab), so committed notebooks stay clean.
lab: setup
	@$(BIN)/jupyter lab --notebook-dir=. --LabApp.default_url=/lab/tree/notebooks \
		--ContentsManager.pre_save_hook=analysis.lab.strip_outputs \
		$$([ "$$(id -u)" = 0 ] && echo --allow-root)

bench: setup
	@$(BIN)/python benchmarks/extract.py
	@$(BIN)/python benchmarks/accuracy.py
	@$(BIN)/python benchmarks/timeline.py
	@$(BIN)/python benchmarks/scale.py
	@$(BIN)/python benchmarks/report.py

# Re-resolve requirements.txt into requirements.lock in a scratch environment.
lock:
	@rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	@.lock-venv/bin/python -m pip install --quiet -r requirements.txt
	@{ echo "# Every package make setup installs, pinned: pip freeze of a fresh .venv built from"; \
	   echo "# requirements.txt with Python 3.11. Regenerate with 'make lock'."; \
	   .lock-venv/bin/python -m pip freeze; } > requirements.lock
	@rm -rf .lock-venv

clean:
	rm -rf $(VENV) reports .pytest_cache
