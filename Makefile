# Two entry points (see README): `make run` and `make test`. Everything lives in .venv.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
WARD ?= koto

.PHONY: setup run test check lint fuzz bench golden clean

$(BIN)/planner: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/planner

setup: $(BIN)/planner

run: setup
	$(BIN)/planner assess $(WARD)

test: setup
	$(BIN)/planner rules lint
	$(BIN)/planner validate
	$(BIN)/python -m pytest -q

check: setup
	$(BIN)/planner rules lint
	$(BIN)/planner validate
	$(BIN)/python -m pytest -q

fuzz: setup
	FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest -q -m slow tests/test_fuzz.py

golden: setup
	$(BIN)/python -m pytest -q tests/test_golden.py --update-golden

bench: setup
	$(BIN)/python bench/bench_engine.py

clean:
	rm -rf $(VENV) build *.egg-info
