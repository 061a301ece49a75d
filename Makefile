# The two commands of the README (`make demo`, `make test`) do all set-up on a fresh machine with
# Python 3.11: they create .venv and install the core and every plugin (editable) into it. Machines
# without make (Windows) run the same pip command, shown in the README.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR ?= cchc-demo

.PHONY: install demo test lint bench bench-large fuzz clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/constraints.txt requirements/plugins.txt $(wildcard plugins/*/pyproject.toml)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=23.1"
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt \
		-e ".[dev]" -r requirements/plugins.txt
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/cchc demo $(DEMO_DIR)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy --strict tests/typecheck

# bytecode is cached even where the environment says not to (PYTHONDONTWRITEBYTECODE=1): the suite
# starts dozens of Python processes (its workers, the commands it runs), and without the cache each
# compiled cchc and rewrote the tests from source again, 10 s of its minute
test: lint
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -q -n auto --dist loadfile --no-loadscope-reorder

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# 11,000 units: the forms are written once (about six minutes on two cores) and cached in benchmarks/.work
bench-large: $(STAMP)
	$(BIN)/python benchmarks/run.py --large

# The property and fuzz tests of `make test` with thousands of random examples instead of a few
# dozen fixed ones (a few minutes); failures found are kept in .hypothesis/ and replayed first.
fuzz: $(STAMP)
	CCHC_FUZZ=1 $(BIN)/python -m pytest -q tests/test_fuzz.py tests/test_hostile_values.py

clean:
	rm -rf $(VENV) $(DEMO_DIR) benchmarks/.work
