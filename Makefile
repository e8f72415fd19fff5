# Fahras: `make run` and `make test` each do all the set-up on a fresh machine (Python 3.11).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
ARCHIVE ?= examples/archive
HOST   ?= 127.0.0.1
PORT   ?= 5000

.PHONY: install run test index-sample clean

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

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
