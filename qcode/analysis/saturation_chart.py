"""The saturation chart, drawn with matplotlib on a figure the caller owns: the GUI's canvas, or an
off-screen Agg figure that becomes a PNG or SVG for an export or the methods appendix. No Qt.

Bars are the new codes per interview, the line the codes found so far, the dotted line (right axis) the
share of an interview's codings in codes already seen; the interviews at the end that added nothing are
shaded, so the usual reading is visible at a glance. The x axis numbers the interviews (names never
appear in the picture, so an exported chart holds nothing to pseudonymise but its labels).
"""

from __future__ import annotations

import io
from typing import Any

from qcode.analysis.saturation import Saturation
from qcode.core.errors import register_messages, say

NEW_COLOUR, TOTAL_COLOUR, SEEN_COLOUR, SHADE = "#f58231", "#2e86c1", "#3cb44b", "#e8e8e8"

register_messages({
    "saturation.axis_order_coded": ("Interview, in the order coded",
                                    "Interview, i den rækkefølge de er kodet"),
    "saturation.axis_order_imported": ("Interview, in the order imported",
                                       "Interview, i den rækkefølge de er importeret"),
    "saturation.axis_order_attribute": ("Interview, by {attribute}", "Interview, efter {attribute}"),
    "saturation.axis_codes": ("Codes", "Koder"),
    "saturation.axis_share": ("Codings in codes seen before (%)", "Kodninger i kendte koder (%)"),
    "saturation.legend_new": ("new codes", "nye koder"),
    "saturation.legend_total": ("codes so far", "koder i alt"),
    "saturation.legend_seen": ("codings in codes seen before", "kodninger i kendte koder"),
    "saturation.legend_tail": ("no new codes", "ingen nye koder"),
})


def chart_texts(result: Saturation, lang: str = "en") -> list[str]:
    """Every text the chart shows (for the leak check of an exported chart)."""
    axis = say(f"saturation.axis_order_{result.order}", lang, attribute=result.attribute or "")
    return [result.reading(lang), axis, *(say(f"saturation.{k}", lang) for k in (
        "axis_codes", "axis_share", "legend_new", "legend_total", "legend_seen", "legend_tail"))]


def draw_saturation(figure: Any, result: Saturation, lang: str = "en") -> None:
    """Draw the curve of ``result`` on a matplotlib ``figure`` (cleared first)."""
    figure.clear()
    axes = figure.add_subplot()
    points = result.points
    title = result.reading(lang)
    if not points:
        axes.set_axis_off()
        axes.text(0.5, 0.5, title, ha="center", va="center", transform=axes.transAxes)
        return
    x = [p.position for p in points]
    if result.trailing:
        first = len(points) - result.trailing + 1
        axes.axvspan(first - 0.5, len(points) + 0.5, color=SHADE, zorder=0,
                     label=say("saturation.legend_tail", lang))
    axes.bar(x, [p.new for p in points], color=NEW_COLOUR, width=0.6, zorder=2,
             label=say("saturation.legend_new", lang))
    axes.plot(x, [p.cumulative for p in points], color=TOTAL_COLOUR, marker="o", markersize=3, zorder=3,
              label=say("saturation.legend_total", lang))
    axes.set_ylim(0, max(p.cumulative for p in points) * 1.15 + 1)
    axes.set_xlim(0.5, len(points) + 0.5)
    axes.set_xlabel(say(f"saturation.axis_order_{result.order}", lang, attribute=result.attribute or ""))
    axes.set_ylabel(say("saturation.axis_codes", lang))
    step = max(1, len(points) // 20)  # at most ~20 numbered ticks stay readable
    axes.set_xticks(x[::step])
    share = axes.twinx()
    share.plot(x, [p.seen_share for p in points], color=SEEN_COLOUR, linestyle=":", marker=".", zorder=3,
               label=say("saturation.legend_seen", lang))
    share.set_ylim(0, 105)
    share.set_ylabel(say("saturation.axis_share", lang))
    handles, labels = axes.get_legend_handles_labels()
    more, more_labels = share.get_legend_handles_labels()
    # below the plot, where it hides nothing
    axes.legend(handles + more, labels + more_labels, loc="upper center", bbox_to_anchor=(0.5, -0.16),
                ncol=4, fontsize=8, frameon=False)
    axes.set_title(title, fontsize=10)
    for spine in ("top",):
        axes.spines[spine].set_visible(False)
        share.spines[spine].set_visible(False)


def render(result: Saturation, fmt: str = "png", lang: str = "en", *, size: tuple[float, float] = (7, 4),
           dpi: int = 150) -> bytes:
    """The chart as PNG or SVG bytes, drawn off screen."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415 (matplotlib costs ~0.3-2 s; loaded when a chart is first drawn)
    from matplotlib.figure import Figure  # noqa: PLC0415 (matplotlib costs ~0.3-2 s; loaded when a chart is first drawn)

    figure = Figure(figsize=size, layout="constrained")
    FigureCanvasAgg(figure)
    draw_saturation(figure, result, lang)
    buffer = io.BytesIO()
    # no creation date in an SVG: the same chart gives the same file
    figure.savefig(buffer, format=fmt, dpi=dpi, metadata={"Date": None} if fmt == "svg" else None)
    return buffer.getvalue()
