"""Charts drawn on the server as inline SVG: the page's Content-Security-Policy allows no
script, and SVG scales to a phone's width. Colours are presentation attributes (``fill``),
not inline styles, which the policy also refuses. Every chart has a title and a table of
its numbers beside it for screen readers and for copying.

A chart is a ``viewBox`` of ``WIDTH`` × ``HEIGHT`` units: bars share the plot's width,
their heights scale to the largest total (a round number above it), and the y axis has
four grid lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from math import ceil, log10

from markupsafe import Markup, escape

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 44, 8, 12, 40  # margins for the axes' labels
STATUS_COLOURS = {
    "unknown": "#b9b6ad",
    "free": "#4f9a5c",
    "paroled": "#9ccf8f",
    "detained": "#d08a3c",
    "house_arrest": "#e7b774",
    "imprisoned": "#a5542b",
    "restricted": "#c9a26b",
    "deceased": "#6d5f80",
    "in_exile": "#4f79a8",
}
BAR_COLOUR = "#2f6f73"


@dataclass(frozen=True)
class Layer:
    name: str
    colour: str
    values: list[int]  # one per bar


def nice_top(largest: int) -> int:
    """A round number at or above ``largest``: 1, 2, 5 or 10 times a power of ten."""
    if largest <= 4:
        return 4
    power = 10 ** int(log10(largest))
    for step in (1, 2, 5, 10):
        if step * power >= largest:
            top: int = step * power
            return top if top % 4 == 0 else ceil(top / 4) * 4
    return largest


def stacked_bars(title: str, labels: Sequence[str], layers: Sequence[Layer]) -> Markup:
    """One bar per label, its layers stacked from the bottom in the order given."""
    totals = [sum(layer.values[i] for layer in layers) for i in range(len(labels))]
    top = nice_top(max(totals, default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(len(labels), 1)
    bar_w = slot * 0.7
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg" '
        f'preserveAspectRatio="xMidYMid meet">',
        f"<title>{escape(title)}</title>",
    ]
    for i in range(5):  # the grid and the y axis' numbers
        value = top * i // 4
        y = TOP + plot_h - plot_h * i / 4
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="#dcdad3" stroke-width="1"/>'
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="16" '
            f'fill="#5f6b72">{value}</text>'
        )
    every = max(1, ceil(len(labels) / 5))  # at most five labels under the bars (phones)
    for i, label in enumerate(labels):
        x = LEFT + slot * i + (slot - bar_w) / 2
        base: float = TOP + plot_h
        for layer in layers:
            value = layer.values[i]
            if value <= 0:
                continue
            h = plot_h * value / top
            base -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{base:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'fill="{layer.colour}"><title>{escape(label)}: {value} '
                f"{escape(layer.name)}</title></rect>"
            )
        if (len(labels) - 1 - i) % every == 0:  # counted back from the latest
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{HEIGHT - BOTTOM + 18}" '
                f'text-anchor="middle" font-size="16" fill="#5f6b72">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def bars(title: str, labels: Sequence[str], values: Sequence[int]) -> Markup:
    return stacked_bars(title, labels, [Layer(title, BAR_COLOUR, list(values))])


def status_layers(statuses: Sequence[str], counts: Sequence[dict[str, int]]) -> list[Layer]:
    """One layer per status that anyone was in, in the order of ``statuses``."""
    return [
        Layer(status, STATUS_COLOURS.get(status, "#888888"), [c.get(status, 0) for c in counts])
        for status in statuses
        if any(c.get(status, 0) for c in counts)
    ]
