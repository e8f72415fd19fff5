"""The JSON API and the CSV and Atom exports: the same parameters as /search."""
from __future__ import annotations

from flask import Blueprint, Response, jsonify, request, url_for

from index.analysis import analyze
from search.articles import get_article, more_like_this
from search.engine import run
from search.export import CSV_MAX_ROWS, all_hits, newest_hits, to_atom, to_csv

from . import params
from .params import live

bp = Blueprint("api", __name__)


@bp.get("/api/search")
def api_search():
    return jsonify(run(live().open(), params.search_request()).to_json())


@bp.get("/api/articles/<article_id>")
def api_article(article_id: str):
    ix = live().open()
    return jsonify({**get_article(ix, article_id), "more_like_this": more_like_this(ix, article_id)})


@bp.get("/api/analyze")
def api_analyze():
    text = request.args.get("text", "")[:10_000]
    return jsonify({"text": text, "terms": analyze(text),
                    "exact_terms": analyze(text, exact=True)})


@bp.get("/api/entities")
def api_entities():
    kind = request.args.get("type") or None
    top = request.args.get("top", type=int) or 100
    return jsonify(live().entities(kind, max(1, min(top, 1000))))


@bp.get("/search.csv")
def search_csv():
    req = params.search_request()
    total, hits = all_hits(live().open(), req, CSV_MAX_ROWS)
    body = to_csv(hits, lambda i: url_for("web.article", article_id=i, _external=True))
    response = Response(body, mimetype="text/csv")
    response.headers["Content-Disposition"] = 'attachment; filename="fahras-search.csv"'
    response.headers["X-Total-Count"] = str(total)
    response.headers["X-Rows"] = str(len(hits))
    return response


@bp.get("/search.atom")
def search_atom():
    req = params.search_request()
    index = live()
    hits = newest_hits(index.open(), req)
    title = f"Fahras: {req.q}" if req.q else "Fahras: newest articles"
    body = to_atom(hits, title, request.url, url_for("web.search", _external=True, **params.current_args()),
                   lambda i: url_for("web.article", article_id=i, _external=True),
                   built=index.built_at())
    return Response(body, mimetype="application/atom+xml")
