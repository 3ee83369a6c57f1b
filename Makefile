# make run   : create .venv if missing, install pinned dependencies, serve the API on 127.0.0.1:8000
# make test  : same set-up, then the whole test suite
# make bench : same set-up, then the benchmarks (they print their figures)
# make postgresql : install the PostgreSQL server binaries (Debian packages, as root) if missing; .ci/run does
# make chromium   : install the Chromium browser (Debian package, as root) if missing; .ci/run does
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench train evaluate clean postgresql chromium

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/screening serve --host 127.0.0.1 --port 8000

test: $(STAMP) lint
	$(BIN)/python -m pytest -q

# ruff (pyflakes, pycodestyle, bugbear; rules in pyproject.toml), ruff format (the layout) and mypy
# (strict on screening/core, the check contract and api/; mypy's defaults on the rest of screening/;
# pyproject.toml): each fails the build like a test.
lint: $(STAMP)
	$(BIN)/ruff check screening api training bench tests
	$(BIN)/ruff format --check screening api training bench tests
	$(BIN)/mypy

# The PostgreSQL server binaries the store tests start a throwaway server with (initdb, pg_ctl):
# installed from the distribution's packages when neither PATH nor /usr/lib/postgresql has them.
# No service is enabled or started; the tests run their own server in a temporary directory.
postgresql:
	@if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		echo "postgresql: found"; \
	else \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; \
	fi

# The browser the review console's test drives through Playwright (tests/api/test_review_browser.py):
# the distribution's package, never a browser build downloaded by Playwright.
chromium:
	@if test -x /usr/bin/chromium; then \
		echo "chromium: found"; \
	else \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	fi

bench: $(STAMP)
	$(BIN)/python -m bench

train: $(STAMP)
	$(BIN)/screening train tone

# Every check on its sealed set, then ordinary traffic (the figures the README quotes).
evaluate: $(STAMP)
	for check in tone contact language template escalation relevance traffic; do $(BIN)/screening evaluate $$check || exit 1; done
	$(BIN)/screening evaluate traffic --data data/traffic_2/messages.jsonl

clean:
	rm -rf $(VENV) .pytest_cache var
