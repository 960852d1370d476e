"""A short kill -9 loop over import and coding (the long soak is ``bench/soak_kill.py``): after every
kill the project opens, the full integrity check is clean and every commit the killed qcode reported
is there."""

from __future__ import annotations

import random

import pytest
from kill_harness import prepare, run_trial

TRIALS = 5


@pytest.mark.parametrize("operation", ["import", "coding"])
def test_kill_9_during_work_loses_no_commit_and_damages_nothing(tmp_path, operation):
    rng = random.Random(15)
    path, inbox = prepare(tmp_path, operation)
    trials = [run_trial(path, inbox, operation, rng) for _ in range(TRIALS)]
    assert [t.problems for t in trials] == [[]] * TRIALS
    assert sum(len(t.reported) for t in trials) > 0  # the kills landed while work was being done
