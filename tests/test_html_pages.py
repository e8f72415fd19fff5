"""HTML pages: blog chrome never becomes article text; other pages fall back to trafilatura."""
from __future__ import annotations

from index.page import parse_page

from .conftest import EXAMPLES, shared_path

BLOG = """<!doctype html><html><head><title>T</title><script>var x = "Related News";</script></head>
<body><nav><a href="/">Home</a><a href="/donate">Donate</a></nav>
<article class="post"><header class="entry-header"><h1 class="entry-title">Ceasefire Talks Stall in Doha</h1>
<div class="entry-meta"><time datetime="2021-07-27">27 Jul 2021</time> by <span>blogadmin</span></div></header>
<div class="entry-content">
<p><em>Source: Press TV</em></p>
<p>Negotiators in Doha failed to agree on the second phase of the ceasefire on Tuesday, and the
mediators said they would try again next week with a new text on the prisoner exchange.</p>
<figure><img alt="Visual search query image"><figcaption>Delegates arrive in Doha</figcaption></figure>
<p>The talks were attended by &lt;script&gt;alert(1)&lt;/script&gt; delegations from both sides.<br>A second
paragraph joined with a line break follows here and it is long enough to be a paragraph too.</p>
<h3 class="wp-block-heading">Related News</h3>
<h4><a href="/x">Drones Hit Erbil Airport Base</a></h4>
<p>Today 07/07/2021</p>
<p>By Staff, Agencies</p>
<p>A military base hosting US-led coalition forces inside Erbil International Airport was hit by
explosive-laden drones late on Tuesday, security sources said, causing a large fire.</p>
<ul class="wp-block-latest-posts"><li><a href="/y">A Teaser Headline Only</a><div>02/07/2021</div></li></ul>
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><a>Twitter</a><a>Facebook</a></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h4>Chrome Headline In Jetpack Block</h4></div>
</div></article>
<aside><h2>Recent Posts</h2><ul><li>Sidebar Headline</li></ul></aside>
<div id="comments"><form><textarea>Leave a Reply</textarea></form></div>
</body></html>"""


def test_blog_page_articles_and_chrome():
    page = parse_page("blog.html", BLOG.encode())
    assert page.report.format == "html-blog"
    titles = [a.title for a in page.articles]
    assert titles == ["Ceasefire Talks Stall in Doha", "Drones Hit Erbil Airport Base"]
    main, related = page.articles
    assert (main.date, main.outlet, main.outlet_inferred) == ("2021-07-27", "Press TV", False)
    assert (related.date, related.outlet, related.outlet_inferred) == ("2021-07-07", "Al-Ahed News", True)
    assert main.source.line_start is None and main.source.path == "blog.html"
    assert page.teasers == ["A Teaser Headline Only"]
    everything = "\n".join(a.body for a in page.articles)
    for chrome in ("Delegates arrive", "Visual search", "Share this", "Twitter", "Jetpack",
                   "Sidebar", "Leave a Reply", "Donate", "var x", "blogadmin"):
        assert chrome not in everything
    # markup written as text in the article stays text; <br> splits paragraphs
    assert "<script>alert(1)</script> delegations" in main.body
    assert main.body.split("\n\n")[-1].startswith("A second paragraph joined")


def test_sample_archive_arabic_blog_page_is_right_to_left_text():
    path = EXAMPLES / "html" / "2021-05-gaza-ar.html"
    page = parse_page(str(path), path.read_bytes())
    assert page.articles and all(a.lang == "ar" for a in page.articles[:1])


def test_real_arabic_news_page_falls_back_to_trafilatura():
    path = shared_path("corpus", "html", "palestine_news_2.html")
    page = parse_page(str(path), path.read_bytes())
    assert page.report.format == "html-article"
    [article] = page.articles
    assert (article.lang, article.outlet, article.date) == ("ar", "Al Jazeera Arabic", "2024-07-16")
    assert article.title == "أخبار فلسطين اليوم"           # the " | الجزيرة نت" suffix is the site
    assert "محتوى رئيسي" not in article.body                # the skip-link line
    assert "هآرتس" in article.body


def test_page_without_any_text_is_rejected():
    page = parse_page("x.html", b"<!doctype html><html><body><nav>Home</nav></body></html>")
    assert page.report.status == "rejected" and page.report.reason.startswith("no article found")


def test_deeply_nested_and_unclosed_markup_still_reads():
    paragraph = "Deep text here that is long enough to be a paragraph of an article. " * 3
    deep = ("<html><body><article><h1 class='entry-title'>A Title About Deep Pages</h1>"
            "<div class='entry-content'>" + "<div>" * 3000 + f"<p>{paragraph}</p>" + "</div>" * 3000
            + "</div></article></body></html>")
    page = parse_page("deep.html", deep.encode())
    assert [a.title for a in page.articles] == ["A Title About Deep Pages"]
    unclosed = ("<html><body><article><h1 class='entry-title'>Unclosed Tags Everywhere Today"
                f"<div class='entry-content'><p>{paragraph}<p><b>{paragraph}")
    page = parse_page("unclosed.html", unclosed.encode())
    assert [a.title for a in page.articles] == ["Unclosed Tags Everywhere Today"]
    assert page.articles[0].body.count("Deep text here") == 6


def test_random_bytes_named_html_are_reported_not_raised():
    import random
    rng = random.Random(7)
    for size in (1, 50, 5000):
        data = bytes(rng.randrange(256) for _ in range(size))
        page = parse_page("noise.html", data)
        assert page.report.status == "rejected" and page.report.reason
