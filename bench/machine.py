"""What the benchmarks report about the machine and its processes."""
from __future__ import annotations

import os
import platform
from pathlib import Path


def describe() -> str:
    """"2 cores, <CPU model>, Python 3.11.7": the line every results file carries."""
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                if line.startswith("model name")), platform.processor())
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def memory_mb(pid: int, field: str = "VmRSS") -> int:
    """A process's memory from /proc/PID/status: VmRSS (resident), RssAnon (private) or RssFile
    (mapped files, such as the index, shared with the page cache)."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split(f"{field}:")[1].split()[0]) // 1024


_PROBE_TEXT = ("The convoy left Baghdad at dawn, officials said; قال مسؤولون إن القافلة غادرت بغداد فجرا. " * 40)


def speed_probe(runs: int = 5) -> float:
    """Milliseconds one core takes for a fixed piece of pure-Python work (words split, counted
    in a dict, joined back), the median of ``runs``. This host is shared: the same work has
    taken from 1x to 2x as long within one day, so every timing is reported beside it."""
    import re
    import statistics
    import time
    word = re.compile(r"\w+")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        for _ in range(150):
            counts: dict[str, int] = {}
            for w in word.findall(_PROBE_TEXT):
                counts[w.lower()] = counts.get(w.lower(), 0) + 1
            " ".join(sorted(counts))
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 1)
