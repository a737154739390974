# Two commands do all set-up on a fresh machine:
#   make example   — installs into .venv and runs extract on the founding article
#   make test      — installs into .venv and runs the whole test suite
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
SHARED ?= ../shared

.PHONY: setup example test eval bench clean

setup: $(BIN)/.installed

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

example: setup
	$(BIN)/wiezeiwat extract --format table examples/000_e357c4b761ac78d2.txt

test: setup
	$(BIN)/python -m pytest -q

eval: setup
	$(BIN)/python scripts/eval.py --shared $(SHARED) $(EVAL_ARGS)

bench: setup
	$(BIN)/python bench/extract.py --shared $(SHARED)

clean:
	rm -rf $(VENV) build *.egg-info out
