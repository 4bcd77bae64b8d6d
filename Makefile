# Entry points (see README): `make run`, `make test` (the fast suite), `make check` (everything; what CI runs).
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
WARD ?= koto

.PHONY: setup run test check lint fuzz bench limits golden clean

$(BIN)/planner: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/planner

# Bytecode written here: where PYTHONDONTWRITEBYTECODE is set (as on our machines) every command would
# otherwise compile planner's modules again, a fifth of a cold start.
setup: $(BIN)/planner
	$(BIN)/python -m compileall -q planner

run: setup
	$(BIN)/planner assess $(WARD)

# The fast suite: every module, command and lesson scenario, a sample of the hardening matrix; both cores.
test: setup
	$(BIN)/planner rules lint
	$(BIN)/planner validate
	$(BIN)/python -m pytest -q -n auto -m "not full"

# Everything: style and types, the whole suite (full hardening matrix, signals, determinism, lesson
# mutations, browser and print checks), the long fuzz, and a smoke run of the benchmarks.
check: setup lint
	$(BIN)/planner rules lint
	$(BIN)/planner validate
	CI=$${CI:-true} $(BIN)/python -m pytest -q -n auto
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-10000} $(BIN)/python -m pytest -q -m slow tests/test_fuzz.py
	$(BIN)/python bench/run.py --municipalities 20 --json
	$(BIN)/python bench/run.py --municipalities 120 --cli --json
	$(BIN)/python bench/provisional.py --rounds 1

lint: setup
	$(BIN)/ruff check planner tests bench
	$(BIN)/ruff format --check planner tests bench
	$(BIN)/mypy planner

fuzz: setup
	FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest -q -m slow tests/test_fuzz.py

bench: setup
	$(BIN)/python bench/run.py --municipalities 1741 --cli --json
	$(BIN)/python bench/bench_engine.py
	$(BIN)/python bench/provisional.py

limits: setup
	$(BIN)/python bench/limits.py

golden: setup
	$(BIN)/python -m pytest -q tests/test_golden.py --update-golden

clean:
	rm -rf $(VENV) build *.egg-info
