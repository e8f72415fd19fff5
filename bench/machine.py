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
