# Two entry points for a new machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# apt-get needs root; elsewhere try sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test venv chromium lint quality ceilings bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[site,test]'
	touch $(STAMP)

venv: $(STAMP)

# Debian's Chromium for the browser tests (Playwright's own download does not work offline).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends chromium; }

lint: venv
	$(BIN)/ruff check linter tests benchmarks

# The demo lints the example calendar (drafts have findings on purpose, so it never
# stops here), builds the reviewers' site and serves it.
demo: venv
	-$(BIN)/lint-posts content/
	$(BIN)/mkdocs build --strict
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: venv chromium lint
	$(BIN)/pytest -n 2 --dist loadgroup

quality: venv
	$(BIN)/python benchmarks/quality/run.py

# What trained n-gram models reach on the two public goals still open, in a venv of its own:
# scikit-learn is never a dependency of lint-posts.
CEILINGS := .venv-ceilings
ceilings:
	[ -x $(CEILINGS)/bin/python ] || $(PYTHON) -m venv $(CEILINGS)
	$(CEILINGS)/bin/pip install -q . 'scikit-learn>=1.5,<2'
	$(CEILINGS)/bin/python benchmarks/quality/ceilings.py

# The calendar build of 5,000 posts against a plain Material build of the same pages (~1 minute).
bench: venv
	$(BIN)/python benchmarks/site_build.py

clean:
	rm -rf $(VENV) $(CEILINGS) public test-artifacts .pytest_cache
