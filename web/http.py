"""HTTP conventions: compression, validators (ETag, Last-Modified, 304) and Cache-Control.

A page, an API answer, a CSV or a feed depends only on its URL, the request headers a page
varies with (the interface language: the ``hl`` cookie, Accept-Language), the index generation
that answers it and the code that renders it. So its validator is a digest of those, known before
the view runs: a revalidation that matches answers 304 without running the search. The ETag is
weak (``W/``): a search page prints how long it took, so two answers at one version are equal in
meaning but not byte for byte, and the gzip and plain bodies share one validator (as nginx does).
A view that answers something that must not be revalidated as the same (a partial search)
sets ``g.uncacheable = True``: that answer gets no validator and ``Cache-Control: no-store``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from flask import Flask, Response, current_app, g, request
from flask_compress import Compress
from werkzeug.http import is_resource_modified, parse_accept_header

from search.archived import file_state
from search.reader import NoIndex

from .params import live

VALIDATED = ("web", "api")          # blueprints answering from the index: pages, /api/*, CSV, Atom
READS_ARCHIVE = ("web.archived", "api.api_page")    # ...and from an archived file as it is now
PACKAGES = ("web", "search", "index")
CODE_SUFFIXES = (".py", ".html", ".css")
VARY = ("Accept-Language", "Cookie")  # what a page's language comes from (web/i18n.py), with hl=
COMPRESSED = ["text/html", "application/json", "text/csv", "application/atom+xml", "text/plain",
              "application/opensearchdescription+xml", "image/svg+xml", "text/css"]


def register(app: Flask) -> None:
    """Compression runs after the validators are set (Flask runs after_request last-in first)."""
    app.config.setdefault("COMPRESS_MIMETYPES", COMPRESSED)  # what the site serves, as text
    app.config.setdefault("COMPRESS_MIN_SIZE", 500)          # bytes: a tiny body gains nothing
    Compress(app)
    app.extensions["fahras_code"] = _code_state()
    app.before_request(_honour_refusals)
    app.before_request(_not_modified)
    app.after_request(_validators)


def _honour_refusals():
    """RFC 9110 12.5.3: ``gzip;q=0`` refuses gzip. Flask-Compress (1.25) still picks a refused
    coding when it is the only one named (it drops only ``*;q=0``), so it is shown the header with
    the refusals taken out and ``*`` spelled out as the codings not named."""
    header = request.headers.get("Accept-Encoding", "")
    if "q=0" not in header.replace(" ", "").lower():
        return
    accepted = parse_accept_header(header)
    named = {value.lower() for value, _ in accepted}
    ours = current_app.config["COMPRESS_ALGORITHM"]
    ours = ours.split(",") if isinstance(ours, str) else ours
    kept = []
    for value, quality in accepted:
        if quality > 0:
            spelled = [c.strip() for c in ours if c.strip() not in named] if value == "*" else [value]
            kept += [f"{coding};q={quality}" for coding in spelled]
    request.environ["HTTP_ACCEPT_ENCODING"] = ", ".join(kept)


def _not_modified():
    """304 before the view runs when the client's copy is still the one we would send."""
    g.validators = _current_validators()
    if g.validators is None:
        return None
    etag, modified = g.validators
    if not is_resource_modified(request.environ, etag=etag, last_modified=modified):
        return _stamp(Response(status=304), etag, modified)
    return None


def _validators(response):
    if request.blueprint not in VALIDATED:
        return response
    found = g.get("validators")
    if response.status_code in (200, 304) and found is not None and not g.get("uncacheable"):
        _stamp(response, *found)
    else:                                                   # errors, and answers marked uncacheable
        response.headers["Cache-Control"] = "no-store"
    return response


def _stamp(response, etag: str, modified: dt.datetime):
    response.headers["ETag"] = etag
    response.last_modified = modified
    response.headers["Cache-Control"] = "no-cache"          # may be stored, but revalidated each time
    return response


def _current_validators() -> tuple[str, dt.datetime] | None:
    """(weak ETag, Last-Modified) of this request at the live index, or None (not a GET of an
    index-backed route, or no index to answer)."""
    if request.method not in ("GET", "HEAD") or request.blueprint not in VALIDATED:
        return None
    index = live()
    try:
        version = index.version()
        if version is None:
            return None
        generation = index.open().generation()              # `fahras update` commits in place
        built_at = index.built_at()                         # rewritten by every build and update
    except NoIndex:
        return None
    code_digest, code_time = current_app.extensions["fahras_code"]
    digest = hashlib.blake2b(digest_size=12)
    headers = [request.headers.get(name, "") for name in VARY]
    if request.endpoint in READS_ARCHIVE:
        headers.append(file_state(index.open(), request.view_args.get("path", "")))
    for part in (code_digest, version.name, str(generation), built_at, request.url, *headers):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    modified = max(dt.datetime.fromisoformat(built_at), code_time)
    return f'W/"{digest.hexdigest()}"', modified


def _code_state() -> tuple[str, dt.datetime]:
    """A digest of the code and templates (a deploy changes every validator) and their newest
    modification time."""
    root = Path(__file__).resolve().parent.parent
    digest, newest = hashlib.blake2b(digest_size=12), 0.0
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.suffix in CODE_SUFFIXES and path.is_file():
                digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
                newest = max(newest, path.stat().st_mtime)
    return digest.hexdigest(), dt.datetime.fromtimestamp(int(newest), dt.timezone.utc)
