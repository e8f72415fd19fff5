"""Request parameters to a SearchRequest, and the URLs that change one of them."""
from __future__ import annotations

from flask import current_app, request, url_for

from search.request import QuoteRequest, SearchRequest



def live():
    """The process's LiveIndex (search/reader.py), reopened when a rebuild switches versions."""
    return current_app.extensions["fahras_index"]


def settings():
    """The app's settings (search/settings.py), read once by the app factory."""
    return current_app.extensions["fahras_settings"]


def search_request() -> SearchRequest:
    return SearchRequest.from_mapping(request.args, getlist=request.args.getlist)


def quote_request() -> QuoteRequest:
    return QuoteRequest.from_mapping(request.args, getlist=request.args.getlist)


def current_args() -> dict[str, list[str]]:
    """The request's parameters, to build links from: empty values dropped, and names starting
    with "_" too (url_for reads ``_anchor``, ``_external``… as its own options, not parameters)."""
    return {k: [v for v in vs if v != ""] for k, vs in request.args.to_dict(flat=False).items()
            if not k.startswith("_")}


def kept_args(request_type=SearchRequest) -> dict[str, list[str]]:
    """What the search form's controls keep as hidden fields: the query, the filters (of the
    articles' search, or the quotations'), the translation switch and the interface language (the
    dates, sort and page are the form's own)."""
    return {k: v for k, v in current_args().items()
            if k in ("q", "hl", "translate", *(f.name for f in request_type.FIELDS))}


def url_with(endpoint: str | None = None, **changes) -> str:
    """The current search (of this page's endpoint: articles or quotations) with some parameters
    changed (None removes one); back to page 1."""
    endpoint = endpoint or request.endpoint or "web.search"
    args = current_args()
    args.pop("page", None)
    for name, value in changes.items():
        if value is None:
            args.pop(name, None)
        else:
            args[name] = value if isinstance(value, list) else [value]
    return url_for(endpoint, **{k: v for k, v in args.items() if v})


def toggle_url(name: str, value: str) -> str:
    """Add the value to a filter, or take it away if it is there."""
    values = current_args().get(name, [])
    values = [v for v in values if v != value] if value in values else values + [value]
    return url_with(**{name: values or None})


def page_url(page: int) -> str:
    args = current_args()
    args["page"] = [str(page)]
    return url_for(request.endpoint or "web.search", **args)


def line_range(name: str = "lines", least: int = 1) -> tuple[int, int] | None:
    """``lines=A-B`` (one article's lines on an archived page; ``quote=A-B``: a quotation's
    offsets in an article's body, from 0); None when absent or not a range."""
    first, _, last = request.args.get(name, "").partition("-")
    if first.isdigit() and last.isdigit() and least <= int(first) <= int(last):
        return int(first), int(last)
    return None


def period_url(bucket: str) -> str:
    """Filter to one bar of the date histogram: a month ("2021-07") or a year ("2021")."""
    return url_with(**{"from": bucket, "to": bucket})
