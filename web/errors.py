"""Errors in the shape of what was asked for: the API answers {"error": {"code", "message"}}, the
Atom feed an Atom feed whose one entry says what went wrong (feed readers show it), the CSV export
plain text, pages a friendly message. Never a stack trace to the client. Security headers on
every response."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, Response, current_app, jsonify, render_template, request, url_for
from werkzeug.exceptions import HTTPException

from search.archived import PageNotIndexed
from search.articles import ArticleNotFound
from search.display import visible_controls
from search.errors import InvalidQuery
from search.feed import error_feed
from search.reader import NoIndex
from search.version import NoQuotes

from . import i18n

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def register(app: Flask) -> None:
    app.register_error_handler(InvalidQuery, lambda e: _error(400, "invalid_query", str(e)))
    app.register_error_handler(NoIndex, lambda e: _error(503, "no_index", str(e)))
    app.register_error_handler(NoQuotes, lambda e: _error(503, "no_index", str(e)))
    app.register_error_handler(ArticleNotFound,
                               lambda e: _error(404, "not_found", f"There is no article {e.args[0]!r}."))
    app.register_error_handler(PageNotIndexed,
                               lambda e: _error(404, "not_found", f"No page {e.args[0]!r} is in the index."))
    app.register_error_handler(HTTPException, lambda e: _error(e.code, e.name.lower().replace(" ", "_"),
                                                               e.description))
    app.register_error_handler(Exception, _unexpected)
    app.before_request(_bounded)
    app.after_request(_headers)


MAX_QUERY_STRING = 8192            # bytes: a query (1,000 characters) and its filters fit easily


def _bounded():
    """An overlong request is refused before any work is done on it."""
    if len(request.query_string) > MAX_QUERY_STRING:
        return _error(400, "request_too_long",
                      f"The request's parameters are {len(request.query_string):,} bytes long; "
                      f"the limit is {MAX_QUERY_STRING:,}.")
    return None


def _error(status: int, code: str, message: str):
    shape = _shape()
    if shape == "json":
        return jsonify({"error": {"code": code, "message": message}}), status
    if shape == "atom":
        return Response(_atom_error(status, code, message), status, mimetype="application/atom+xml")
    if shape == "text":
        return Response(f"Error {status} ({code}): {visible_controls(message)}\n", status,
                        mimetype="text/plain")
    return render_template("error.html", status=status, code=code, message=message), status


def _unexpected(error: Exception):
    if isinstance(error, HTTPException):
        return _error(error.code, "http_error", error.description)
    current_app.logger.exception("unexpected error")
    return _error(500, "internal_error", "Something went wrong on our side; the error was logged.")


def _shape() -> str:
    """What the client asked for, by the URL: a feed reader or a spreadsheet gets no HTML."""
    path = request.path
    if path.startswith("/api/") or path == "/healthz":
        return "json"
    if path.endswith(".atom"):
        return "atom"
    if path.endswith(".csv"):
        return "text"
    return "html"


def _atom_error(status: int, code: str, message: str) -> bytes:
    """A valid Atom feed with one entry saying what went wrong, in the reader's language, linking
    to the same search as a page where it can be corrected (search/feed.py writes it)."""
    title = i18n.t(code) if code in i18n.MESSAGES else f"{i18n.t('error')} {status}"
    page = urlsplit(request.url)._replace(path=url_for("web.search")).geturl()
    return error_feed(request.url, page, status, code, message, title, i18n.ui_language())


def _headers(response):
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response
