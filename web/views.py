"""HTML pages: parse the request, call the read side, render. No search logic here."""
from __future__ import annotations

from flask import Blueprint, current_app, redirect, render_template, url_for

from index.entities import TYPES
from search.archived import archived_page, with_addresses
from search.articles import get_article, more_like_this
from search.engine import run
from search.fields import FILTER_NAMES, QUOTE_FILTERS
from search.request import QuoteRequest
from search.names import display_name, same_name
from search.reader import NoIndex

from . import i18n, params
from .params import live
from .histogram import HEIGHT, WIDTH, histogram
from .links import with_link_header

bp = Blueprint("web", __name__)
bp.record_once(lambda state: i18n.register(state.app))


@bp.after_app_request
def version_header(response):
    """Which index version answered: operators (and the load test) see a switch take effect."""
    try:
        version = live().version()
    except NoIndex:
        version = None
    if version is not None:
        response.headers["X-Fahras-Version"] = version.name
    return response


@bp.app_context_processor
def helpers():
    return {"toggle_url": params.toggle_url, "page_url": params.page_url,
            "url_with": params.url_with, "period_url": params.period_url,
            "shown": lambda kind, name: display_name(kind, name, i18n.ui_language()), "same_name": same_name}


@bp.get("/")
def home():
    """The search box, a line of index stats, and entry points by outlet and entity."""
    index = live()
    if index.version() is None:
        return render_template("no_index.html", index_dir=current_app.config["INDEX"],
                               archive=current_app.config["ARCHIVE"]), 503
    entities = {kind: index.entities(kind, top=8) for kind in TYPES}
    return render_template("home.html", stats=index.stats(), entities=entities)


@bp.get("/search")
def search():
    request_ = params.search_request()
    result = run(live().open(), request_, params.settings().query_time_limit)
    redirect_to = _canonical(request_, result)
    if redirect_to:
        return redirect(redirect_to)
    return with_link_header(render_template("search.html", result=result, req=request_,
                           chart=histogram(result.facets.get("date", [])), chart_width=WIDTH,
                           chart_height=HEIGHT,
                           pages=_page_numbers(result), filter_names=FILTER_NAMES,
                           hidden_args=params.kept_args()), result)


@bp.get("/quotes")
def quotes():
    """Who said what: the quotations matching the words and filters; with one speaker and no
    words, that speaker's page (what they said, over time)."""
    request_ = params.quote_request()
    result = run(live().open().quotes(), request_, params.settings().query_time_limit)
    redirect_to = _canonical(request_, result)
    if redirect_to:
        return redirect(redirect_to)
    return with_link_header(render_template("quotes.html", result=result, req=request_,
                           chart=histogram(result.facets.get("date", [])), chart_width=WIDTH,
                           chart_height=HEIGHT, pages=_page_numbers(result),
                           filter_names=[f.name for f in QUOTE_FILTERS],
                           hidden_args=params.kept_args(QuoteRequest)), result, "web.quotes")


@bp.get("/speaker/<path:name>")
def speaker(name: str):
    """A speaker's page: their quotations, newest first, with the histogram of when."""
    return redirect(i18n.link("web.quotes", speaker=name))


@bp.get("/article/<article_id>")
def article(article_id: str):
    version = live().open()
    kept = params.kept_args()
    back = url_for("web.search", **kept) if set(kept) - {"hl"} else None
    found = with_addresses(version, get_article(version, article_id, params.line_range("quote", least=0)))
    return render_template("article.html", article=found, similar=more_like_this(version, article_id),
                           back_url=back)


@bp.get("/page/<path:path>")
def archived(path: str):
    """An archived page as it is now, with the articles the index took from it; ``lines=A-B``
    marks one article's lines."""
    page = archived_page(live().open(), path)
    return render_template("page.html", page=page, marked=params.line_range())


def _canonical(request_, result) -> str | None:
    """A filter value typed in another spelling: the URL of the search under the index's names."""
    typed = {name: values for name, values in request_.filters().items()}
    canonical = {name: result.query[name] for name in typed}
    if canonical == typed:
        return None
    return params.url_with(**{name: values for name, values in canonical.items() if values != typed[name]})


def _page_numbers(result) -> list[int | None]:
    """The page links to show: the first, the last, and three each side of the current one,
    with None where pages are left out (shown as an ellipsis)."""
    last = max(1, -(-result.total // result.per_page))
    shown = sorted({1, last, *range(max(1, result.page - 3), min(last, result.page + 3) + 1)})
    out: list[int | None] = []
    for page in shown:
        if out and page - out[-1] > 1:
            out.append(None)
        out.append(page)
    return out
