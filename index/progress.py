"""Progress of a build: a tqdm bar on a terminal, quiet parseable log lines otherwise (cron)."""
from __future__ import annotations

import sys
import time

from tqdm import tqdm

from .records import Page

LOG_EVERY_SECONDS = 10.0


class Progress:
    def __init__(self, total: int = 0, quiet: bool = False, label: str = "rebuild", stream=None):
        self.total, self.quiet, self.label = total, quiet, label
        self.stream = stream or sys.stderr
        self.pages = self.articles = self.duplicates = 0
        self.started = self.logged = time.monotonic()
        self.bar: tqdm | None = None

    def advance(self, page: Page) -> None:
        self.pages += 1
        self.articles += page.report.articles
        self.duplicates += page.report.duplicates
        if self.quiet:
            return
        if self.stream.isatty():
            if self.bar is None:
                self.bar = tqdm(total=self.total, unit="page", file=self.stream, desc=self.label,
                                dynamic_ncols=True)
            self.bar.set_postfix(articles=self.articles, duplicates=self.duplicates, refresh=False)
            self.bar.update(1)
        elif time.monotonic() - self.logged >= LOG_EVERY_SECONDS or self.pages == self.total:
            self.logged = time.monotonic()
            self.stream.write(self.line() + "\n")
            self.stream.flush()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.pages / elapsed
        eta = (self.total - self.pages) / rate if rate else 0.0
        return (f"{self.label}: pages={self.pages}/{self.total} pages_per_s={rate:.1f} "
                f"articles={self.articles} duplicates={self.duplicates} eta_s={eta:.0f}")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
