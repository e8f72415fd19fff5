"""The README's screenshots, taken in Debian's Chromium from a running server:

    python docs/screenshots.py http://127.0.0.1:8000

Results for "Iraq" (English interface) and "العراق" (Arabic interface), and the first hit's
article and archived page, at 1280×900 and 390×844, into docs/."""
from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import sync_playwright

SIZES = {"desktop": (1280, 900), "phone": (390, 844)}
SEARCHES = {"en": "/search?q=Iraq&hl=en", "ar": f"/search?q={quote('العراق')}&hl=ar"}


def main(server: str) -> None:
    out = Path(__file__).resolve().parent
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for size, (width, height) in SIZES.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            for lang, url in SEARCHES.items():
                page.goto(server + url)
                page.screenshot(path=str(out / f"results-{size}-{lang}.png"))
                if size == "desktop":
                    page.click("li.hit h2 a")
                    page.screenshot(path=str(out / f"article-{size}-{lang}.png"))
                    page.click("ul.pages a")
                    page.screenshot(path=str(out / f"page-{size}-{lang}.png"))
            page.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
