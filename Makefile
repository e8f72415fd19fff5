# Fahras: `make run` and `make test` each do all the set-up on a fresh machine (Python 3.11).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
ARCHIVE ?= examples/archive
HOST   ?= 127.0.0.1
PORT   ?= 5000

.PHONY: install run test index-sample browser reliability scale models clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ required"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

index-sample: install
	$(BIN)/fahras rebuild --archive $(ARCHIVE)

run: index-sample
	FAHRAS_ARCHIVE=$(ARCHIVE) $(BIN)/flask --app wsgi run --host $(HOST) --port $(PORT)

# Browser tests drive Debian's chromium (Playwright cannot download its own browser here) and
# inject axe-core (from the npm registry) into each page.
AXE := .cache/axe/node_modules/axe-core/axe.min.js

browser: $(AXE)
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	  else echo "install Debian's chromium to run the browser tests"; fi; }

$(AXE):
	@command -v npm >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm; \
	  else echo "install npm to run the accessibility tests"; fi; }
	mkdir -p .cache/axe && cd .cache/axe && npm install --silent --no-audit --no-fund axe-core@4.10

test: install browser
	$(BIN)/python -m pytest -q

# Long campaigns, not part of `make test` (which runs their fast versions).
reliability: install browser
	$(BIN)/python bench/reliability.py

# The named-entity recognizer's models (index/data/ner-*.crfsuite) and their held-out scores
# (index/data/ner-scores.json), trained again from ../shared/ner/ (about a minute), and the
# Arabic common words no name opens with (index/data/arabic_common_words.txt) and the given names
# people's names open with (index/data/arabic_first_names.txt).
models: install
	$(BIN)/python -m index.ner.train
	$(BIN)/python -m index.ner.common_words ../shared/ner

scale: install
	$(BIN)/python bench/scale.py --sizes small,full

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
