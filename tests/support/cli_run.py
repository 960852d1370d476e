"""Run the command line as a user does: a subprocess with the interface language set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def qcode(*args: str, cwd: Path, lang: str = "en") -> subprocess.CompletedProcess:
    """``qcode ARGS…`` in ``cwd``; stdout and stderr as text."""
    env = {**os.environ, "QCODE_LANG": lang}
    return subprocess.run([sys.executable, "-m", "qcode", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)
