"""What can be exported, in which formats, and which format a file name asks for."""

from __future__ import annotations

from pathlib import Path

from qcode.core.errors import QcodeError, register_messages


class ExportError(QcodeError):
    """An export was refused or could not be written."""


# What can be exported, and in which formats (the first is the default).
EXPORTERS: dict[str, tuple[str, ...]] = {
    "quotes": ("docx", "xlsx", "csv", "html"),
    "codebook": ("docx", "csv"),
    "memos": ("docx", "csv"),
    "appendix": ("docx",),
    "saturation": ("png", "svg"),
}

register_messages({
    "export.format_mismatch": (
        "--format {format} does not match the file name {path}; use a name ending in .{format}, or "
        "leave out --format to take the format from the name.",
        "--format {format} passer ikke til filnavnet {path}; brug et navn, der ender på .{format}, "
        "eller udelad --format, så formatet tages fra navnet.",
    ),
    "export.unknown_format": (
        "Cannot export {kind} as '{format}' (choose {choices}).",
        "{kind} kan ikke eksporteres som '{format}' (vælg {choices}).",
    ),
})


def export_format(kind: str, path: str | Path, fmt: str | None = None) -> str:
    """The format to export ``kind`` to ``path`` in: ``fmt`` if given, else the file's suffix. A given
    format that contradicts the suffix is refused, so 'report.xlsx' never holds a Word file."""
    choices = EXPORTERS[kind]
    suffix = Path(path).suffix.lstrip(".").lower()
    chosen = (fmt or suffix).lower()
    if chosen not in choices:
        raise ExportError("export.unknown_format", kind=kind, format=chosen or "(none)",
                         choices=", ".join(choices))
    if fmt and suffix and suffix != chosen:
        raise ExportError("export.format_mismatch", format=chosen, path=Path(path).name)
    return chosen
