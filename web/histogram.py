"""The date histogram as a server-side SVG: one bar per month or year (no JavaScript).

A bar with articles is a link to that period, at least a few pixels high however small its count,
and carries its count as visible text when the bars are few enough to label; an empty period is a
thin baseline, not a link (a link to an empty page helps no one). A run of empty periods (three or
more: 1988 to 2024 between an archive's 1987 and 2025 articles) is one narrow break marked "⋯",
not dozens of baselines squeezing the bars that matter into slivers. Bars are never wider than
``MAX_STEP``, and when they are few, each is named under it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

WIDTH, HEIGHT, TOP = 260, 80, 14         # the facet column's width: drawn at about 1:1
AXIS = 16                                # room under the bars for their periods, when named
MIN_BAR = 3
MAX_STEP = 36                            # a bar's slot, at most
LABEL_STEP = 22                          # a slot this wide or wider shows its bar's count over it
NAME_STEP = {"year": 30, "month": 46}    # ... and this wide, its period under it
COLLAPSED_FROM = 3                       # empty periods in a row drawn as one break


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
    gap = False


@dataclass(frozen=True)
class Gap:
    first: str                           # the first and last empty period of the run
    last: str
    x: float                             # the middle of its slot
    gap = True


@dataclass
class Chart:
    items: list = field(default_factory=list)      # Bar and Gap, in time order
    width: float = WIDTH
    height: float = HEIGHT
    named: bool = False                            # each bar's period written under it
    unit: str = "year"                             # "year" or "month"

    def __bool__(self) -> bool:
        return bool(self.items)

    @property
    def first(self) -> str:
        return _period(self.items[0], first=True)

    @property
    def last(self) -> str:
        return _period(self.items[-1], first=False)


def histogram(entries: list[dict]) -> Chart:
    if not entries:
        return Chart()
    slots = _slots(entries)
    top = max(e["count"] for e in entries) or 1
    step = min(WIDTH / len(slots), MAX_STEP)
    unit = "year" if len(entries[0]["value"]) == 4 else "month"
    labelled, named = step >= LABEL_STEP, step >= NAME_STEP[unit]
    items: list = []
    for k, slot in enumerate(slots):
        if isinstance(slot, tuple):
            items.append(Gap(slot[0], slot[1], round((k + 0.5) * step, 2)))
            continue
        count = slot["count"]
        height = round(max(MIN_BAR, (HEIGHT - TOP) * count / top), 2) if count else 1    # rounded once:
        items.append(Bar(slot["value"], count, slot["selected"], round(k * step, 2),     # on the baseline
                         round(HEIGHT - height, 2), round(max(step - 2, 1), 2), height,
                         labelled and bool(count)))
    return Chart(items, round(step * len(slots), 2), HEIGHT + (AXIS if named else 0), named, unit)


def _slots(entries: list[dict]) -> list:
    """The entries in order, each run of ``COLLAPSED_FROM`` or more empty ones made one
    (first, last) pair."""
    slots: list = []
    run: list[dict] = []
    for entry in [*entries, None]:
        if entry is not None and not entry["count"]:
            run.append(entry)
            continue
        if len(run) >= COLLAPSED_FROM:
            slots.append((run[0]["value"], run[-1]["value"]))
        else:
            slots.extend(run)
        run = []
        if entry is not None:
            slots.append(entry)
    return slots


def _period(item, first: bool) -> str:
    if isinstance(item, Gap):
        return item.first if first else item.last
    return item.value
