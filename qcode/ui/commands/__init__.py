"""Undo commands: each holds ids and values, and its redo/undo call one core function each."""
