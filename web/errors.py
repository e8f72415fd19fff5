"""Errors as data: the API answers {"error": {"code", "message"}}, pages a friendly message.
Never a stack trace to the client. Security headers on every response."""
from __future__ import annotations

from flask import Flask, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search.articles import ArticleNotFound
from search.errors import InvalidQuery
from search.reader import NoIndex

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def register(app: Flask) -> None:
    app.register_error_handler(InvalidQuery, lambda e: _error(400, "invalid_query", str(e)))
    app.register_error_handler(NoIndex, lambda e: _error(503, "no_index", str(e)))
    app.register_error_handler(ArticleNotFound,
                               lambda e: _error(404, "not_found", f"There is no article {e.args[0]!r}."))
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
    if _wants_json():
        return jsonify({"error": {"code": code, "message": message}}), status
    return render_template("error.html", status=status, code=code, message=message), status


def _unexpected(error: Exception):
    if isinstance(error, HTTPException):
        return _error(error.code, "http_error", error.description)
    current_app.logger.exception("unexpected error")
    return _error(500, "internal_error", "Something went wrong on our side; the error was logged.")


def _wants_json() -> bool:
    return request.path.startswith("/api/")


def _headers(response):
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response
