"""Entry point: ``qcode`` alone (or with ``--demo`` / a ``.qcode`` file) opens the GUI; ``qcode
COMMAND ...`` runs the command line."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def _wants_gui(argv: Sequence[str]) -> bool:
    return not argv or argv[0] == "--demo" or (len(argv) == 1 and argv[0].endswith(".qcode"))


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(list(sys.argv[1:] if argv is None else argv))
    except KeyboardInterrupt:  # Ctrl+C while the libraries are still loading
        print("qcode: interrupted", file=sys.stderr)
        return 130


def _run(argv: list[str]) -> int:
    if _wants_gui(argv):
        # The GUI's modules (Qt's bindings, qcode, sqlite-utils) make some 60,000 objects that live as
        # long as the process. The cyclic collector scanned them again and again while they loaded
        # (~20-40 ms of the start) and at every full collection after; they are left out of it.
        gc.disable()
        try:
            from qcode.ui.app import main as gui_main  # noqa: PLC0415 (the GUI entry: the CLI never loads Qt)
        finally:
            gc.freeze()
            gc.enable()
        return gui_main(argv)
    from qcode.cli import main as cli_main  # noqa: PLC0415 (the CLI entry: the GUI never loads argparse commands)

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
