# Shortcuts for the two README commands and a few developer tasks.
.PHONY: run test lint bench package check-package

run:
	scripts/run.sh

test:
	scripts/test.sh

lint:
	scripts/bootstrap.sh && .venv/bin/ruff check . && .venv/bin/mypy

bench:
	scripts/bootstrap.sh && .venv/bin/python bench/bench_core.py

package:
	scripts/package.sh

check-package:
	scripts/check_package.sh
