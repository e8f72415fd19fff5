"""The JSON API and the CSV and Atom exports: the same parameters as /search."""
from __future__ import annotations

from flask import Blueprint, Response, jsonify, request, url_for

from index.analysis import analyze
from index.entities import TYPES
from search.archived import archived_page, with_addresses
from search.articles import get_article, more_like_this
from search.engine import run
from search.export import all_hits, newest_hits, to_csv, to_quotes_csv
from search.feed import feed_title, to_atom

from . import i18n, params
from .links import link_header, paging_links
from .params import live

bp = Blueprint("api", __name__)

ENTITIES_TOP = 100            # /api/entities without top
ENTITIES_MAX_TOP = 1000


@bp.get("/api/search")
def api_search():
    """The result object of `fahras query --json`, plus ``links``: the URLs of the first, previous,
    next and last pages (null past an end), also sent as a ``Link`` header."""
    result = run(live().open(), params.search_request(), params.settings().query_time_limit)
    links = paging_links(result, "api.api_search")
    response = jsonify({**result.to_json(), "links": links})
    response.headers["Link"] = link_header(links)
    return response


@bp.get("/api/quotes")
def api_quotes():
    """The result object of `fahras quotes --json`, plus ``links`` (as /api/search)."""
    result = run(live().open().quotes(), params.quote_request(), params.settings().query_time_limit)
    links = paging_links(result, "api.api_quotes")
    response = jsonify({**result.to_json(), "links": links})
    response.headers["Link"] = link_header(links)
    return response


@bp.get("/api/articles/<article_id>")
def api_article(article_id: str):
    ix = live().open()
    article = with_addresses(ix, get_article(ix, article_id))
    return jsonify({**article, "more_like_this": more_like_this(ix, article_id)})


@bp.get("/api/pages/<path:path>")
def api_page(path: str):
    """An archived page as it is now (search/archived.py): the web's /page/<path> as JSON."""
    return jsonify(archived_page(live().open(), path).to_json())


@bp.get("/api/analyze")
def api_analyze():
    text = request.args.get("text", "")[:10_000]
    return jsonify({"text": text, "terms": analyze(text),
                    "exact_terms": analyze(text, exact=True)})


@bp.get("/api/entities")
def api_entities():
    """``type``: person, org or place (none: all); ``top``: 1 to 1,000 (default 100). Any other
    value is refused with 400, as `fahras entities` refuses it, rather than quietly changed."""
    kind = request.args.get("type", "").strip()
    if kind and kind not in TYPES:
        return _invalid(f"type is one of {', '.join(TYPES)} (or none for all), not {kind[:40]!r}.")
    top_text = request.args.get("top", "").strip()
    try:
        top = int(top_text) if top_text else ENTITIES_TOP
    except ValueError:
        top = None
    if top is None or not 1 <= top <= ENTITIES_MAX_TOP:
        return _invalid(f"top is a whole number from 1 to {ENTITIES_MAX_TOP:,}, not {top_text[:40]!r}.")
    return jsonify(live().entities(kind or None, top))


def _invalid(message: str):
    return jsonify({"error": {"code": "invalid_request", "message": message}}), 400


@bp.get("/search.csv")
def search_csv():
    req = params.search_request()
    total, hits = all_hits(live().open(), req, params.settings().csv_max_rows)
    body = to_csv(hits, lambda i: url_for("web.article", article_id=i, _external=True))
    return _csv(body, "fahras-search.csv", total, len(hits))


@bp.get("/quotes.csv")
def quotes_csv():
    req = params.quote_request()
    total, hits = all_hits(live().open().quotes(), req, params.settings().csv_max_rows)
    body = to_quotes_csv(hits, lambda place: url_for("web.article", article_id=place.article,
                                                    quote=f"{place.start}-{place.end}", _external=True))
    return _csv(body, "fahras-quotes.csv", total, len(hits))


def _csv(body: str, filename: str, total: int, rows: int) -> Response:
    response = Response(body, mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["X-Total-Count"] = str(total)
    response.headers["X-Rows"] = str(rows)
    return response


@bp.get("/search.atom")
def search_atom():
    req = params.search_request()
    index = live()
    found = newest_hits(index.open(), req, params.settings().atom_entries)
    lang = i18n.ui_language()
    body = to_atom(found, feed_title(req, lang), request.url,
                   url_for("web.search", _external=True, **params.current_args()),
                   lambda i: url_for("web.article", article_id=i, _external=True),
                   built=index.built_at(), lang=lang)
    return Response(body, mimetype="application/atom+xml")
