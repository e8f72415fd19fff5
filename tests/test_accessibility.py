"""The pages as people use them, in Debian's Chromium at a desktop and a phone size: every page
type in both interface languages has no horizontal overflow, zero axe-core violations of any
impact (axe-core from the npm registry, injected into each page), the first hit visible without
scrolling on a phone, and a skip link that reaches the first hit in at most three Tab presses."""
from __future__ import annotations

import os
from urllib.parse import quote

import pytest

from .conftest import ROOT
from .test_browser import FLAGS, _require_chromium, server  # noqa: F401 (the fixture)

AXE = ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}
ARABIC_QUERY = quote("الحشد الشعبي")
PAGES = {
    "home": "/", "home_ar": "/?hl=ar",
    "results": "/search?q=Iraq&per_page=3", "results_ar": f"/search?q={ARABIC_QUERY}&hl=ar&per_page=3",
    "filtered": "/search?q=Iraq&lang=en&from=2021&to=2021-12", "browse": "/search?lang=ar",
    "zero": "/search?q=zzzqqq&lang=en", "invalid": "/search?q=%2Aa%2A", "not_found": "/article/nothing",
    "paged": "/search?q=Iraq&per_page=1&page=4",
    "quotes": "/quotes?q=Iraq&per_page=3", "quotes_ar": "/quotes?hl=ar&lang=ar&per_page=3",
    "quotes_zero": "/quotes?q=zzzqqq",
}


def _axe_source() -> str:
    if not AXE.exists():
        message = f"axe-core is not installed ({AXE}); `make test` installs it with npm"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    return AXE.read_text("utf-8")


@pytest.fixture(scope="module")
def chromium():
    _require_chromium()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        yield browser
        browser.close()


def _articles(chromium, server) -> dict[str, str]:  # noqa: F811
    """An English and an Arabic article page, found by searching as a reader would, and the
    archived page each links to; a speaker's page and an article opened from a quotation."""
    page = chromium.new_page()
    found = {}
    for lang, q in (("en", "Iraq"), ("ar", ARABIC_QUERY)):
        page.goto(f"{server}/search?q={q}&lang={lang}")
        found[f"article_{lang}"] = page.locator("li.hit h2 a").first.get_attribute("href")
        page.goto(server + found[f"article_{lang}"])
        found[f"archived_{lang}"] = page.locator("ul.pages a").first.get_attribute("href")
    page.goto(f"{server}/quotes?per_page=3")              # a speaker's page, a quotation marked
    found["speaker"] = page.locator("p.speaker a").first.get_attribute("href")
    found["quoted_article"] = page.locator("p.source a").first.get_attribute("href")
    page.close()
    return found


@pytest.mark.parametrize("size", SIZES)
def test_every_page_type_is_accessible_and_fits(chromium, server, size):  # noqa: F811
    axe = _axe_source()
    context = chromium.new_context(viewport=dict(zip(("width", "height"), SIZES[size])), bypass_csp=True)
    problems = {}
    for name, url in {**PAGES, **_articles(chromium, server)}.items():
        page = context.new_page()
        page.goto(server + url)
        if page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth"):
            problems[name] = "scrolls sideways"
        if size == "phone" and name.startswith("results"):
            top = page.evaluate("document.querySelector('li.hit').getBoundingClientRect().top")
            if top >= SIZES[size][1] - 60:
                problems[name] = f"first hit at {top:.0f}px, below the screen"
        page.add_script_tag(content=axe)
        violations = page.evaluate("async () => (await axe.run(document)).violations"
                                   ".map(v => `${v.id} (${v.impact}): ${v.nodes[0].target.join(' ')}`)")
        if violations:
            problems[name] = violations
        if name in ("results_ar", "home_ar"):
            assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
        page.close()
    context.close()
    assert problems == {}


@pytest.mark.parametrize("size", SIZES)
def test_the_skip_link_reaches_the_first_hit_in_three_tabs(chromium, server, size):  # noqa: F811
    context = chromium.new_context(viewport=dict(zip(("width", "height"), SIZES[size])))
    page = context.new_page()
    page.goto(server + PAGES["results"])
    first = page.locator("li.hit h2 a").first.get_attribute("href")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    for presses in range(1, 3):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('href')") == first:
            break
    else:
        pytest.fail("the first hit is not reached in three Tab presses")
    context.close()
