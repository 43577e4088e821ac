# Two commands: `make demo` (set up, then run the main job on the bundled samples) and
# `make test` (set up, then run the test suite). Both start from a fresh clone.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= sqlite:///skytruce.db

.PHONY: demo watch-demo test setup bench clean

setup: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

demo: setup
	SKYTRUCE_DATABASE_URL=$${SKYTRUCE_DATABASE_URL:-$(DEMO_DB)} $(BIN)/skytruce db upgrade
	SKYTRUCE_DATABASE_URL=$${SKYTRUCE_DATABASE_URL:-$(DEMO_DB)} $(BIN)/skytruce demo

# The watcher on the bundled samples, polled as local files, into a ledger of its own.
watch-demo: setup
	rm -f watch-demo.db watch-demo.db-wal watch-demo.db-shm watch-demo-alerts.jsonl
	SKYTRUCE_DATABASE_URL=sqlite:///watch-demo.db $(BIN)/skytruce watch skytruce/samples/watch-demo.yaml --once
	SKYTRUCE_DATABASE_URL=sqlite:///watch-demo.db $(BIN)/skytruce sources status
	@echo "alerts written to watch-demo-alerts.jsonl: $$(wc -l < watch-demo-alerts.jsonl)"

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/extraction_accuracy.py
	$(BIN)/python benchmarks/extraction_speed.py
	$(BIN)/python benchmarks/tally_import.py

clean:
	rm -rf $(VENV) skytruce.db skytruce.db-wal skytruce.db-shm watch-demo.db* watch-demo-alerts.jsonl
