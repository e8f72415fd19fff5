"""The date histogram as a server-side SVG: one linked bar per month or year (no JavaScript)."""
from __future__ import annotations

from dataclasses import dataclass

WIDTH, HEIGHT = 600, 90


@dataclass(frozen=True)
class Bar:
    value: str
    count: int
    selected: bool
    x: float
    y: float
    width: float
    height: float


def histogram(entries: list[dict]) -> list[Bar]:
    if not entries:
        return []
    top = max(e["count"] for e in entries) or 1
    step = WIDTH / len(entries)
    bars = []
    for k, e in enumerate(entries):
        height = (HEIGHT - 4) * e["count"] / top if e["count"] else 0
        bars.append(Bar(e["value"], e["count"], e["selected"], round(k * step, 2),
                        round(HEIGHT - height, 2), round(max(step - 1, 1), 2), round(height, 2)))
    return bars
