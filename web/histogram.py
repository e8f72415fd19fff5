"""The date histogram as a server-side SVG: one bar per month or year (no JavaScript).

A bar with articles is a link to that period, at least a few pixels high however small its count,
and carries its count as visible text when the bars are few enough to label; an empty period is a
thin baseline, not a link (a link to an empty page helps no one).
"""
from __future__ import annotations

from dataclasses import dataclass

WIDTH, HEIGHT, TOP = 600, 110, 14        # TOP: room above the tallest bar for its label
MIN_BAR = 3
LABELLED_UP_TO = 24                      # bars: above this many, counts are in the links' labels only


@dataclass(frozen=True)
class Bar:
    value: str
    count: int
    selected: bool
    x: float
    y: float
    width: float
    height: float
    label: bool


def histogram(entries: list[dict]) -> list[Bar]:
    if not entries:
        return []
    top = max(e["count"] for e in entries) or 1
    step = WIDTH / len(entries)
    labelled = len(entries) <= LABELLED_UP_TO
    bars = []
    for k, e in enumerate(entries):
        height = max(MIN_BAR, (HEIGHT - TOP) * e["count"] / top) if e["count"] else 1
        bars.append(Bar(e["value"], e["count"], e["selected"], round(k * step, 2),
                        round(HEIGHT - height, 2), round(max(step - 2, 1), 2), round(height, 2),
                        labelled and bool(e["count"])))
    return bars
