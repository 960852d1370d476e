"""Standalone HTML quote report (inline CSS, every text escaped); no Qt, no project access."""

from __future__ import annotations

from html import escape
from pathlib import Path

from qcode.export.quotes import CodeSection, QuoteReport

CSS = """
body { font-family: Calibri, 'DejaVu Sans', sans-serif; max-width: 46em; margin: 2em auto;
       line-height: 1.45; color: #222; padding: 0 1em; }
h1 { border-bottom: 1px solid #ccc; padding-bottom: .2em; }
blockquote { font-style: italic; margin: 1em 2.5em .2em; }
blockquote p { margin: .2em 0; }
.speaker { font-style: normal; font-weight: bold; }
.citation { text-align: right; color: #555; font-size: .9em; margin: 0 2.5em 1.2em; }
.definition { font-size: .95em; color: #333; }
table { border-collapse: collapse; } td, th { padding: .2em .8em; border-bottom: 1px solid #ddd; }
td.n { text-align: right; }
"""


def _definition(section: CodeSection) -> list[str]:
    parts = []
    if section.description:
        parts.append(f'<p class="definition">{escape(section.description)}</p>')
    for label, text in (("Inkluder", section.inclusion), ("Ekskluder", section.exclusion),
                        ("Eksempel", section.example)):
        if text:
            parts.append(f'<p class="definition"><b>{label}:</b> {escape(text)}</p>')
    return parts


def render_html(report: QuoteReport) -> str:
    """The whole report as one HTML page."""
    out = ['<!DOCTYPE html>', '<html lang="da">', '<head><meta charset="utf-8">',
           f"<title>{escape(report.title)}</title>", f"<style>{CSS}</style></head>", "<body>",
           f"<header><h1>{escape(report.title)}</h1>"]
    if report.subtitle:
        out.append(f"<p>{escape(report.subtitle)}</p>")
    out.append(f"<p>{len(report.quotes)} citater, udtrukket {escape(report.created)} af "
               f"{escape(report.coder)}. Udeladelser er markeret med […].</p></header>")
    out.append("<table><tr><th>Kode</th><th>Citater</th></tr>")
    for section in report.sections:
        out.append(f'<tr><td>{escape(section.path)}</td><td class="n">{len(section.quotes)}</td></tr>')
    out.append("</table>")
    for section in report.sections:
        out.append(f"<section><h2>{escape(section.path)}</h2>")
        if report.options.criteria == "inline":
            out.extend(_definition(section))
        for rendered in section.quotes:
            out.append("<blockquote>")
            for segment in rendered.segments:
                speaker = (f'<span class="speaker">{escape(segment.speaker)}:</span> '
                           if rendered.is_dialogue and segment.speaker else "")
                out.append(f"<p>{speaker}{escape(segment.text)}</p>")
            out.append("</blockquote>")
            if rendered.citation:
                out.append(f'<p class="citation">{escape(rendered.citation)}</p>')
        out.append("</section>")
    if report.options.criteria == "appendix":
        out.append("<section><h2>Bilag: Kodedefinitioner</h2>")
        for section in report.sections:
            out.append(f"<h3>{escape(section.path)}</h3>")
            out.extend(_definition(section))
        out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out)


def write_quotes_html(report: QuoteReport, path: str | Path) -> Path:
    """Write the report as a standalone .html file."""
    path = Path(path)
    path.write_text(render_html(report), encoding="utf-8")
    return path
