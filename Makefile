# Shortcuts for the two README commands and a few developer tasks.
.PHONY: run test lint bench

run:
	scripts/run.sh

test:
	scripts/test.sh

lint:
	scripts/bootstrap.sh && .venv/bin/ruff check qcode tests bench

bench:
	scripts/bootstrap.sh && .venv/bin/python bench/bench_core.py
