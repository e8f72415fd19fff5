"""The README's screenshots, taken in Debian's Chromium from a running server:

    python docs/screenshots.py http://127.0.0.1:8000 [--quotes]

Results for "Iraq" (English interface) and "العراق" (Arabic interface), and the first hit's
article and archived page, at 1280×900 and 390×844, into docs/; and who said what (the README's
are of the two seed pages): the most quoted speaker's page, Arabic quotations, and the article of
the first quotation with it marked (``--quotes``: only these)."""
from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import sync_playwright

SIZES = {"desktop": (1280, 900), "phone": (390, 844)}
SEARCHES = {"en": "/search?q=Iraq&hl=en", "ar": f"/search?q={quote('العراق')}&hl=ar"}


def main(server: str, only_quotes: bool = False) -> None:
    out = Path(__file__).resolve().parent
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for size, (width, height) in SIZES.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            for lang, url in ({} if only_quotes else SEARCHES).items():
                page.goto(server + url)
                page.screenshot(path=str(out / f"results-{size}-{lang}.png"))
                if size == "desktop":
                    page.click("li.hit h2 a")
                    page.screenshot(path=str(out / f"article-{size}-{lang}.png"))
                    page.click("ul.pages a")
                    page.screenshot(path=str(out / f"page-{size}-{lang}.png"))
            _quotes(page, server, out, size)
            page.close()
        browser.close()


def _quotes(page, server: str, out: Path, size: str) -> None:
    page.goto(server + "/quotes?hl=en")
    speaker = page.locator("[data-facet=speaker] li a").first.get_attribute("href")
    page.goto(server + speaker)
    page.screenshot(path=str(out / f"quotes-{size}-en.png"))
    if size == "desktop":
        page.click("p.source a")
        page.wait_for_timeout(300)
        page.screenshot(path=str(out / f"quote-article-{size}-en.png"))
        page.goto(server + "/quotes?lang=ar&hl=ar")
        page.screenshot(path=str(out / f"quotes-{size}-ar.png"))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--quotes"]
    main(args[0] if args else "http://127.0.0.1:8000", only_quotes="--quotes" in sys.argv)
