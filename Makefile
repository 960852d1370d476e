# Two entry points for a fresh Debian/Ubuntu machine with Python 3.11+:
#   make run   – build the venv if missing, then open qcode on the bundled demo project
#   make test  – build the venv if missing, then run the whole test suite (what CI runs)
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: run test lint bench clean

$(BIN)/qcode: pyproject.toml
	scripts/bootstrap.sh "$(PYTHON)" "$(VENV)"
	@touch $@

run: $(BIN)/qcode
	$(BIN)/qcode --demo

test: $(BIN)/qcode
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(BIN)/qcode
	$(BIN)/ruff check qcode tests bench

bench: $(BIN)/qcode
	$(BIN)/python bench/bench_core.py

clean:
	rm -rf $(VENV) build *.egg-info
