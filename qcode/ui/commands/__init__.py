"""Undo commands: each holds ids and values, and its redo/undo call one core function each."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from qcode.core.errors import QcodeError


class CoreCommand(QUndoCommand):
    """A command whose redo core may refuse (a duplicate name, a range outside the text).

    An exception raised in ``redo`` does not come out of ``QUndoStack.push``, so the refusal is kept
    in ``error`` and the command marks itself obsolete, which makes the stack drop it."""

    error: QcodeError | None = None

    def redo(self) -> None:
        try:
            self.do()
        except QcodeError as error:
            self.error = error
            self.setObsolete(True)

    def do(self) -> None:
        """The edit itself (one core call)."""
        raise NotImplementedError


def push(stack: QUndoStack, command: CoreCommand) -> QcodeError | None:
    """Push (which runs the command); the core's refusal, if any."""
    stack.push(command)
    return command.error
