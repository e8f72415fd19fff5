"""A real headless Chromium (Debian's chromium, driven by Playwright) against the app on loopback:
search, click a facet, open an article, go back; Arabic renders right to left; article markup is
text and runs nothing. Screenshots go to tests/artifacts/ (not committed)."""
from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path
from urllib.parse import quote

import pytest
from werkzeug.serving import make_server

from index.rebuild import rebuild
from web import create_app

from .conftest import EXAMPLES
from .hostile import HOSTILE_QUERIES, hostile_archive

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _require_chromium():
    if not os.path.exists(CHROMIUM):
        message = "Debian's chromium is not installed (make test installs it)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)


def _serve(archive: Path, root: Path):
    rebuild(archive, root)
    httpd = make_server("127.0.0.1", 0, create_app({"INDEX": str(root)}), threaded=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    httpd = _serve(EXAMPLES, tmp_path_factory.mktemp("browser-index"))
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    httpd = _serve(hostile_archive(tmp_path_factory.mktemp("hostile-archive")),
                   tmp_path_factory.mktemp("hostile-index"))
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    _require_chromium()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def test_search_click_a_facet_open_an_article_and_go_back(server, page):
    page.goto(server + "/")
    page.fill("input[name=q]", "Iraq")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("li.hit")
    before = page.inner_text("#summary")
    assert page.locator(".chip").count() == 0
    page.locator('section[data-facet="outlet"] li a').first.click()
    page.wait_for_selector(".chip")
    after = page.inner_text("#summary")
    assert page.locator(".chip").count() == 1 and after != before
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "results-en.png"))
    title = page.locator("li.hit h2 a").first.inner_text()
    page.locator("li.hit h2 a").first.click()
    page.wait_for_selector("article.article h1")
    assert page.inner_text("article.article h1") == title
    page.go_back()
    page.wait_for_selector(".chip")
    assert page.inner_text("#summary") == after


def test_arabic_results_render_right_to_left(server, page):
    page.goto(server + "/")
    page.fill("input[name=q]", "الحشد الشعبي")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("li.hit")
    arabic = page.locator('li.hit[lang="ar"] h2').first
    assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.locator("header input[name=q]").evaluate("e => getComputedStyle(e).direction") == "rtl"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "results-ar.png"))


def test_article_markup_is_shown_as_text_and_runs_nothing(server, page):
    page.goto(server + "/search?q=script+alert")
    page.locator("li.hit h2 a").first.click()
    page.wait_for_selector("article.article")
    assert "<script>alert(1)</script>" in page.inner_text("article.article")
    page.goto(server + "/search?q=%3Cimg+src%3Dx+onerror%3Dalert(2)%3E")
    page.wait_for_timeout(300)
    assert page.dialogs == []


def _nothing_injected(page) -> None:
    assert page.dialogs == []
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.evaluate("[...document.scripts].filter(s => s.src === '' || s.text).length") == 0
    assert page.evaluate("[...document.querySelectorAll('*')].filter(e => [...e.attributes]"
                         ".some(a => a.name.startsWith('on'))).length") == 0
    assert page.evaluate("[...document.querySelectorAll('a[href]')].filter(a => "
                         "(a.getAttribute('href') || '').trim().toLowerCase().startsWith('javascript:')).length") == 0


def test_hostile_articles_and_queries_run_nothing_in_a_real_browser(hostile_server, page):
    page.goto(hostile_server + "/search?q=")
    assert "<img src=x onerror=alert(3)>" in page.inner_text("ol")
    _nothing_injected(page)
    page.locator("li.hit h2 a", has_text="onerror").first.click()
    page.wait_for_selector("article.article")
    text = page.inner_text("article.article")
    assert "<script>alert(1)</script>" in text and "[U+202E]gnp.exe" in text
    _nothing_injected(page)
    for q in HOSTILE_QUERIES:
        page.goto(hostile_server + "/search?q=" + quote(q))
        page.wait_for_timeout(100)
        _nothing_injected(page)
    page.goto(hostile_server + "/api/search?q=" + quote("<script>alert(12)</script>"))
    _nothing_injected(page)
    page.screenshot(path=str(ARTIFACTS / "hostile.png"))
