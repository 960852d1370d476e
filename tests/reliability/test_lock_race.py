"""The project lock under a real race: several processes try to open one project at the same instant,
round after round, with and without a stale lock left by a killed holder. Exactly one may win each
round, and every loser's message must name the winner."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qcode.core.project import create_project, open_project

# A contender: waits for "race T MODE" on stdin, spins until wall-clock time T, then opens the project
# (MODE open: open_project; lock: acquire_lock alone) and answers "got PID" or "locked PID-OF-HOLDER".
CONTENDER = r"""
import sys, time
from qcode.core.errors import ProjectLockedError
from qcode.core.lock import acquire_lock, release_lock
from qcode.core.project import open_project
path = sys.argv[1]
held = None
print("ready", flush=True)
for line in sys.stdin:
    command, *rest = line.split()
    if command == "race":
        go, mode = float(rest[0]), rest[1]
        while time.time() < go:
            pass
        try:
            held = (open_project(path, backup=False) if mode == "open" else acquire_lock(path), mode)
            print("got", flush=True)
        except ProjectLockedError as error:
            print("locked", error.params.get("pid", "?"), flush=True)
    elif command == "release":
        if held is not None:
            held[0].close() if held[1] == "open" else release_lock(held[0])
            held = None
        print("released", flush=True)
"""


class Contender:
    def __init__(self, path: Path):
        self.process = subprocess.Popen([sys.executable, "-c", CONTENDER, str(path)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "ready"

    @property
    def pid(self) -> int:
        return self.process.pid

    def send(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def answer(self) -> str:
        return self.process.stdout.readline().strip()

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait(timeout=30)


CONTENDERS = 4
ROUNDS = 40


def test_exactly_one_process_holds_the_lock_in_every_round(tmp_path):
    path = tmp_path / "p.qcode"
    create_project(path).close()
    contenders = [Contender(path) for _ in range(CONTENDERS)]
    winners_per_round = []
    stale_rounds = 0
    try:
        for round_number in range(ROUNDS):
            mode = "open" if round_number % 2 == 0 else "lock"
            if round_number % 5 == 4:
                # a stale record: what a killed holder leaves (its process is gone)
                dead = {"pid": 999_999, "host": socket.gethostname(), "user": "ghost", "since": "t"}
                (tmp_path / "p.qcode.holder").write_text(json.dumps(dead))
                (tmp_path / "p.qcode.lock").write_text(json.dumps(dead))  # an old qcode's lock record
                stale_rounds += 1
            go = time.time() + 0.08  # every contender is spinning by then
            for contender in contenders:
                contender.send(f"race {go} {mode}")
            answers = [contender.answer() for contender in contenders]
            winners = [c for c, a in zip(contenders, answers, strict=True) if a == "got"]
            winners_per_round.append(len(winners))
            assert len(winners) == 1, f"round {round_number}: {answers}"
            for contender, answer in zip(contenders, answers, strict=True):
                if contender is not winners[0]:
                    assert answer == f"locked {winners[0].pid}", f"round {round_number}: {answers}"
            if round_number % 7 == 6:
                # the holder is killed while holding: the next round races over its leftovers
                index = contenders.index(winners[0])
                winners[0].kill()
                contenders[index] = Contender(path)
            else:
                for contender in contenders:
                    contender.send("release")
                assert [c.answer() for c in contenders] == ["released"] * CONTENDERS
    finally:
        for contender in contenders:
            contender.stop()
    assert winners_per_round == [1] * ROUNDS and stale_rounds >= 5
    open_project(path).close()  # free again once everyone has gone


def test_the_loser_is_told_who_holds_the_project(tmp_path):
    path = tmp_path / "p.qcode"
    create_project(path).close()
    holder = Contender(path)
    try:
        holder.send(f"race {time.time()} open")
        assert holder.answer() == "got"
        from qcode.core.errors import ProjectLockedError

        with pytest.raises(ProjectLockedError) as caught:
            open_project(path)
        assert caught.value.params["pid"] == holder.pid
        assert "already open by" in caught.value.message("en")
        assert "allerede åbnet af" in caught.value.message("da")
    finally:
        holder.stop()


def test_a_killed_holder_leaves_a_lock_the_next_qcode_takes_at_once(tmp_path):
    path = tmp_path / "p.qcode"
    create_project(path).close()
    holder = Contender(path)
    holder.send(f"race {time.time()} open")
    assert holder.answer() == "got"
    holder.kill()
    started = time.monotonic()
    with open_project(path) as project:
        assert project.path == path
    assert time.monotonic() - started < 5
    assert not (tmp_path / "p.qcode.holder").exists()  # ours, removed on close
    assert os.path.exists(tmp_path / "p.qcode.lock")
