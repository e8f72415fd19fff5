"""Paging links of a search: first, prev, next and last as URLs (None past an end), in the JSON API
and as an HTTP ``Link`` header (RFC 8288) on the API and the results page."""
from __future__ import annotations

from flask import make_response, url_for

from .params import current_args

RELS = ("first", "prev", "next", "last")


def paging_links(result, endpoint: str) -> dict[str, str | None]:
    """The URLs of the first, previous, next and last pages of the search the request asked for
    (its parameters kept, the page changed). ``prev`` and ``next`` are None on the first and last
    pages; past the last page, ``prev`` is the last page. The last page is counted from the
    total, which is a lower bound when the answer is partial."""
    last = max(1, -(-result.total // result.per_page))
    page = result.page
    return {
        "first": _page(endpoint, 1),
        "prev": _page(endpoint, min(page - 1, last)) if page > 1 else None,
        "next": _page(endpoint, page + 1) if page < last else None,
        "last": _page(endpoint, last),
    }


def link_header(links: dict[str, str | None]) -> str:
    """``<url>; rel="next", <url>; rel="prev", ...`` for the links that exist."""
    return ", ".join(f'<{links[rel]}>; rel="{rel}"' for rel in RELS if links.get(rel))


def with_link_header(body, result, endpoint: str = "web.search"):
    """A view's return value (a rendered page) as a response carrying the paging ``Link`` header:
    ``return with_link_header(render_template(...), result)``."""
    response = make_response(body)
    header = link_header(paging_links(result, endpoint))
    if header:
        response.headers["Link"] = header
    return response


def _page(endpoint: str, page: int) -> str:
    args = current_args()
    args["page"] = [str(page)]
    return url_for(endpoint, _external=True, **args)
