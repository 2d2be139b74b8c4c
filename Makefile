# warta: two commands on a fresh machine (Python 3.11 + pip):
#   make run    set up .venv, install warta, run the main job on corpus/
#   make test   set up .venv with the test extras, run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= warta.duckdb
CORPUS ?= corpus

export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 120
export HF_HUB_OFFLINE := 1
export OMP_NUM_THREADS := 1

.PHONY: run test test-training install eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/warta run --corpus $(CORPUS) --db $(DB)

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

test-training: $(VENV)/.installed-test
	$(BIN)/python -m pytest -m training

eval: $(VENV)/.installed
	$(BIN)/warta eval ../shared/eval/dev

bench: $(VENV)/.installed
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info $(DB) $(DB).wal
