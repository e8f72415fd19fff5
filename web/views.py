"""HTML pages: parse the request, call the read side, render. No search logic here."""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify, render_template

from search.articles import get_article, more_like_this
from search.engine import run
from search.reader import NoIndex

from . import params
from .params import live
from .histogram import histogram

bp = Blueprint("web", __name__)


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
            "url_with": params.url_with, "period_url": params.period_url}


@bp.get("/")
def home():
    """The search box, a line of index stats, and entry points by outlet and entity."""
    index = live()
    if index.version() is None:
        return render_template("no_index.html", index_dir=current_app.config["INDEX"],
                               archive=current_app.config["ARCHIVE"]), 503
    entities = {kind: index.entities(kind, top=8) for kind in ("person", "org", "place")}
    return render_template("home.html", stats=index.stats(), entities=entities)


@bp.get("/search")
def search():
    request_ = params.search_request()
    result = run(live().open(), request_)
    return render_template("search.html", result=result, req=request_,
                           chart=histogram(result.facets.get("date", [])),
                           pages=_page_numbers(result))


@bp.get("/article/<article_id>")
def article(article_id: str):
    ix = live().open()
    return render_template("article.html", article=get_article(ix, article_id),
                           similar=more_like_this(ix, article_id))


@bp.get("/healthz")
def healthz():
    try:
        version = live().version()
        reason = f"no search index in {current_app.config['INDEX']}" if version is None else None
    except NoIndex as err:
        version, reason = None, str(err)
    if version is None:
        return jsonify({"status": "no_index", "index": current_app.config["INDEX"], "reason": reason}), 503
    return jsonify({"status": "ok", "index": current_app.config["INDEX"], "version": version.name})


def _page_numbers(result) -> list[int]:
    last = max(1, -(-result.total // result.per_page))
    around = range(max(1, result.page - 3), min(last, result.page + 3) + 1)
    return sorted({1, last, *around})
