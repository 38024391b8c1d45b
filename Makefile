# border-desk: `make report` renders everything, `make test` runs the tests.
# Both set up .venv (Python 3.11, pinned dependencies) first; nothing else is needed.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: setup data report test test-fast lab bench lock clean

setup: $(STAMP)

# One line per stage with its expected time; pip's own output goes to .venv/setup.log and
# is shown only when a stage fails.
$(STAMP): requirements.lock pyproject.toml
	@echo "setup 1/3: checking Python 3.11 and $(VENV) (a few seconds)" >&2
	@$(BIN)/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null \
		|| { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	@$(BIN)/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
		|| { echo "error: Python 3.11 is required (found $$($(BIN)/python --version))" >&2; exit 2; }
	@echo "setup 2/3: installing pinned packages from requirements.lock (about 2 minutes; 1 with pip's cache warm)" >&2
	@$(PIP) install -r requirements.lock > $(VENV)/setup.log 2>&1 \
		|| { tail -n 15 $(VENV)/setup.log >&2; echo "error: pip could not install requirements.lock; full log: $(VENV)/setup.log" >&2; exit 1; }
	@echo "setup 3/3: installing border-desk itself (a few seconds)" >&2
	@$(PIP) install --no-deps -e . >> $(VENV)/setup.log 2>&1 \
		|| { tail -n 15 $(VENV)/setup.log >&2; echo "error: pip could not install border-desk; full log: $(VENV)/setup.log" >&2; exit 1; }
	@touch $@
	@echo "setup done: $(VENV) is ready" >&2

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

# The rule, gold and corpus tests only (seconds): no browser, no report rendering.
FAST_TESTS := tests/test_statistics_rules.py tests/test_statistics_gold.py tests/test_timeline.py \
	tests/test_quotes_and_sources.py tests/test_corpus.py tests/test_pipeline.py \
	tests/test_evaluation.py
test-fast: setup
	@$(BIN)/python -m pytest -q $(FAST_TESTS)

# Saving in JupyterLab strips outputs (analysis.lab), so committed notebooks stay clean.
lab: setup
	@$(BIN)/jupyter lab --notebook-dir=. --LabApp.default_url=/lab/tree/notebooks \
		--ContentsManager.pre_save_hook=analysis.lab.strip_outputs \
		$$([ "$$(id -u)" = 0 ] && echo --allow-root)

bench: setup
	@$(BIN)/python benchmarks/extract.py
	@$(BIN)/python benchmarks/accuracy.py
	@$(BIN)/python benchmarks/timeline.py
	@$(BIN)/python benchmarks/factcheck.py
	@$(BIN)/python benchmarks/scale.py
	@$(BIN)/python benchmarks/report.py
	@$(BIN)/python benchmarks/adversarial.py

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
