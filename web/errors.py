"""Errors in the shape of what was asked for: the API answers {"error": {"code", "message"}}, the
Atom feed an Atom feed whose one entry says what went wrong (feed readers show it), the CSV export
plain text, pages a friendly message. Never a stack trace to the client. Security headers on
every response."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

from flask import Flask, Response, current_app, jsonify, render_template, request, url_for
from werkzeug.exceptions import HTTPException

from search.archived import PageNotIndexed
from search.articles import ArticleNotFound
from search.display import visible_controls
from search.errors import InvalidQuery
from search.reader import NoIndex

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def register(app: Flask) -> None:
    app.register_error_handler(InvalidQuery, lambda e: _error(400, "invalid_query", str(e)))
    app.register_error_handler(NoIndex, lambda e: _error(503, "no_index", str(e)))
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


ATOM = "http://www.w3.org/2005/Atom"
TITLES = {"invalid_query": "This search cannot be run", "no_index": "The archive is not available yet",
          "not_found": "Not found"}


def _atom_error(status: int, code: str, message: str) -> bytes:
    """A valid Atom feed (RFC 4287) with one entry saying what went wrong and linking to the same
    search as a page, where it can be corrected. Its id is the feed's own URL, as when it works."""
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    title = TITLES.get(code, f"Error {status}")
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "title", f"Fahras: {title}")
    _sub(feed, "id", request.url)
    _sub(feed, "updated", now)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=request.url)
    _sub(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", "Fahras")
    entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
    _sub(entry, "title", title)
    digest = hashlib.blake2b(f"{code}\0{message}".encode("utf-8", "replace"), digest_size=8).hexdigest()
    _sub(entry, "id", f"urn:fahras:error:{code}:{digest}")
    _sub(entry, "updated", now)
    page = urlsplit(request.url)._replace(path=url_for("web.search")).geturl()
    ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=page)
    _sub(entry, "summary", f"{message} (HTTP {status}, {code})")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _sub(parent, name: str, text: str):
    """XML 1.0 cannot carry control characters: dropped; direction controls shown."""
    element = ET.SubElement(parent, f"{{{ATOM}}}{name}")
    element.text = visible_controls(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text))
    return element


def _headers(response):
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response
