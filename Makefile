# Two commands do all set-up on a fresh machine:
#   make example   — installs into .venv and runs extract on the founding article
#   make test      — installs into .venv and runs the whole test suite
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
SHARED ?= ../shared

.PHONY: setup browser example test eval eval-claims bench bench-nlp bench-web frog train clean

setup: $(BIN)/.installed

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

example: setup
	$(BIN)/wiezeiwat extract --format table examples/000_e357c4b761ac78d2.txt

test: setup browser
	$(BIN)/python -m pytest -q

# Debian's chromium and chromedriver for the browser tests (never a downloaded browser);
# a no-op when both are installed.  As root, or through sudo.
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then :; \
	elif command -v apt-get >/dev/null; then \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q chromium chromium-driver; \
	else echo "make browser: no apt-get here; install chromium + chromedriver yourself, or the browser tests skip"; fi

eval: setup
	$(BIN)/python scripts/eval.py --shared $(SHARED) $(EVAL_ARGS)

# Claims linked across the articles of the gold stories (DPG articles read from $(SHARED)/data).
eval-claims: setup
	$(BIN)/python scripts/eval_claims.py --shared $(SHARED) $(EVAL_ARGS)

bench: setup
	$(BIN)/python bench/extract.py --shared $(SHARED)

# p95 response time of every page and API endpoint on a store of the DPG 2019 articles.
bench-web: setup
	$(BIN)/python bench/web.py --shared $(SHARED) $(BENCH_ARGS)

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
