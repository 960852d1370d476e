"""Painting of codings, speaker labels and timestamps (QSyntaxHighlighter, not document formats)."""
