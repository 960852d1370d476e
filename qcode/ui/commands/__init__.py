"""Undo commands: each holds ids and values, and its redo/undo call one core function each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from qcode.core.errors import QcodeError

Label = Callable[[], str]  # builds a command's text in the current language


class CoreCommand(QUndoCommand):
    """A command whose redo core may refuse (a duplicate name, a range outside the text).

    An exception raised in ``redo`` does not come out of ``QUndoStack.push``, so the refusal is kept
    in ``error`` and the command marks itself obsolete, which makes the stack drop it.

    The text is kept as how it is built (``label``), not as words, so that a language switch can
    rebuild the labels of steps made before it (:func:`retranslate_stack`)."""

    error: QcodeError | None = None

    def __init__(self, label: Label) -> None:
        super().__init__(label())
        self._label = label
        # Set on the first step of a macro: the macro's own text, which the stack keeps as words.
        self.macro_label: Label | None = None

    def retranslate(self) -> None:
        """Build the text again in the current language."""
        self.setText(self._label())

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


def retranslate_stack(stack: QUndoStack) -> None:
    """Give every step on the stack (done and undone) its text in the current language."""
    for index in range(stack.count()):
        _retranslate(stack.command(index))


def _retranslate(command: QUndoCommand) -> None:
    if isinstance(command, CoreCommand):
        command.retranslate()
        return
    steps = [command.child(n) for n in range(command.childCount())]  # a macro
    for step in steps:
        _retranslate(step)
    if steps and isinstance(steps[0], CoreCommand) and steps[0].macro_label is not None:
        command.setText(steps[0].macro_label())
