# Fahras: `make run` and `make test` each do all the set-up on a fresh machine (Python 3.11).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
ARCHIVE ?= examples/archive
HOST   ?= 127.0.0.1
PORT   ?= 5000

.PHONY: install run test index-sample browser dictionaries reliability scale models crosslang clean

install: $(VENV)/.installed dictionaries

# Cross-language search reads FreeDict's English<->Arabic dictionaries (GPL-2+) from Debian's
# packages, where Debian puts them (/usr/share/dictd); search/lexicon.py says which files.
dictionaries:
	@test -f /usr/share/dictd/freedict-eng-ara.dict.dz -a -f /usr/share/dictd/freedict-ara-eng.dict.dz || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dict-freedict-eng-ara dict-freedict-ara-eng; \
	  else echo "install Debian's dict-freedict-eng-ara and dict-freedict-ara-eng for cross-language search"; fi; }

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

# Cross-language retrieval on NTREX-128 among corpus distractors (bench/crosslang.py, minutes).
crosslang: install
	$(BIN)/python bench/crosslang.py --out bench/results/crosslang-$$(date +%F).json

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
