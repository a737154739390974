# Two commands do all set-up on a fresh machine:
#   make example   — installs into .venv and runs extract on the founding article
#   make test      — installs into .venv and runs the whole test suite
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
SHARED ?= ../shared

.PHONY: setup example test eval bench bench-nlp frog train clean

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

# Speed, memory and load time of the Dutch pipeline, with Frog on the same text if installed.
bench-nlp: setup
	$(BIN)/python bench/nlp.py --shared $(SHARED) $(BENCH_ARGS)

# Frog (Debian package, GPL-3) is only a yardstick for bench-nlp; wiezeiwat never calls it.
frog:
	command -v frog >/dev/null || apt-get install -y frog frogdata  # as root (or with sudo)

# Retrain the shipped Dutch pipeline from $(SHARED)/data (45–55 minutes on 2 cores, Frog installed).
train: setup
	$(BIN)/wiezeiwat train nl --shared $(SHARED)

clean:
	rm -rf $(VENV) build *.egg-info out
