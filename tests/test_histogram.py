"""The date histogram (web/histogram.py) against its entries, for any counts (hypothesis): every
period appears once, in order, as a bar or inside one break; a break stands for three or more
empty periods in a row and nothing else; bars fit the chart, a taller bar never has fewer articles,
and every non-empty bar is visible."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from web.histogram import COLLAPSED_FROM, HEIGHT, MIN_BAR, WIDTH, Bar, Gap, histogram

counts = st.lists(st.one_of(st.just(0), st.integers(0, 3), st.integers(0, 5000)), min_size=1, max_size=80)


def _entries(values: list[int], monthly: bool) -> list[dict]:
    periods = [f"{1987 + k // 12}-{k % 12 + 1:02d}" if monthly else str(1987 + k) for k in range(len(values))]
    return [{"value": p, "count": c, "selected": False} for p, c in zip(periods, values)]


@settings(max_examples=300, deadline=None)
@given(counts, st.booleans())
def test_the_chart_shows_every_period_once_in_order(values, monthly):
    entries = _entries(values, monthly)
    chart = histogram(entries)
    covered = []
    for item in chart.items:
        if isinstance(item, Gap):
            run = [e["value"] for e in entries][[e["value"] for e in entries].index(item.first):
                                                 [e["value"] for e in entries].index(item.last) + 1]
            assert len(run) >= COLLAPSED_FROM
            covered += run
        else:
            covered.append(item.value)
    assert covered == [e["value"] for e in entries]
    by_value = {e["value"]: e["count"] for e in entries}
    gaps = {v for item in chart.items if isinstance(item, Gap) for v in covered
            if item.first <= v <= item.last}
    assert all(by_value[v] == 0 for v in gaps)
    # a run of empty periods too short to be a break is drawn bar by bar
    zero_bars = [item for item in chart.items if isinstance(item, Bar) and item.count == 0]
    for bar in zero_bars:
        k = covered.index(bar.value)
        run = 1
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(covered) and by_value[covered[j]] == 0:
                run, j = run + 1, j + step
        assert run < COLLAPSED_FROM


@settings(max_examples=300, deadline=None)
@given(counts, st.booleans())
@example([19, 400], False)          # heights rounded apart from the bar's top once left a gap
def test_bars_fit_show_their_counts_and_keep_their_order(values, monthly):
    chart = histogram(_entries(values, monthly))
    bars = [item for item in chart.items if isinstance(item, Bar)]
    assert chart.width <= WIDTH + 0.01
    for bar in bars:
        assert 0 <= bar.x and bar.x + bar.width <= chart.width + 0.01
        assert 0 <= bar.y and abs(bar.y + bar.height - HEIGHT) < 0.01
        if bar.count:
            assert bar.height >= MIN_BAR
    for a in bars:
        for b in bars:
            if a.count > b.count:
                assert a.height >= b.height
    xs = [item.x for item in chart.items]
    assert xs == sorted(xs)
