"""SearchRequest: what a reader asked for, from CLI options or web parameters, forgiving and clamped."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from .errors import InvalidQuery
from .fields import FILTERS, QUOTE_FILTERS, FilterField

SORTS = ("relevance", "newest", "oldest")
MAX_PER_PAGE = 100
MAX_FILTER_VALUES = 20            # values of one filter (outlet=A&outlet=B...)
DEFAULT_PER_PAGE = 10
_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*$")


@dataclass(slots=True, init=False)
class SearchRequest:
    """The text, the filters (one list of values per row of fields.FILTERS, read as attributes:
    ``request.outlet``), the date range, the sort and the page."""
    FIELDS: ClassVar[tuple[FilterField, ...]] = FILTERS
    q: str
    selected: dict[str, list[str]]
    date_from: dt.date | None
    date_to: dt.date | None
    sort: str
    page: int
    per_page: int
    translate: bool | None           # search renderings in the other language: None = when it can

    def __init__(self, q: str = "", *, date_from: dt.date | None = None, date_to: dt.date | None = None,
                 sort: str = "relevance", page=1, per_page=DEFAULT_PER_PAGE, translate: bool | None = None,
                 **filters) -> None:
        names = [f.name for f in self.FIELDS]
        unknown = sorted(set(filters) - set(names))
        if unknown:
            raise TypeError(f"no such filter: {unknown[0]!r} (the filters are {', '.join(names)})")
        self.q = (q or "").strip()
        self.selected = {f.name: _clean(f, filters.get(f.name) or []) for f in self.FIELDS}
        self.page = max(1, _int(page, 1))
        self.per_page = min(MAX_PER_PAGE, max(1, _int(per_page, DEFAULT_PER_PAGE)))
        self.sort = sort if sort in SORTS else "relevance"
        if date_from and date_to and date_from > date_to:
            date_from, date_to = date_to, date_from
        self.date_from, self.date_to = date_from, date_to
        self.translate = translate

    def __getattr__(self, name: str) -> list[str]:
        if name in self.selected:                 # request.outlet, request.person…
            return self.selected[name]
        raise AttributeError(name)

    @property
    def browse(self) -> bool:
        """No text: list the matching articles, newest first unless asked otherwise."""
        return not self.q

    def filters(self) -> dict[str, list[str]]:
        """The filters with values, in the table's order."""
        return {name: values for name, values in self.selected.items() if values}

    def replace(self, **changes) -> "SearchRequest":
        """The same request with some parts changed (a filter by its name)."""
        parts = {"q": self.q, **self.selected, "date_from": self.date_from, "date_to": self.date_to,
                 "sort": self.sort, "page": self.page, "per_page": self.per_page, "translate": self.translate}
        return type(self)(**{**parts, **changes})

    def to_json(self) -> dict:
        return {"q": self.q, **self.selected, "sort": self.sort, "page": self.page,
                "per_page": self.per_page, "from": self.date_from.isoformat() if self.date_from else None,
                "to": self.date_to.isoformat() if self.date_to else None, "translate": self.translate}

    @classmethod
    def from_mapping(cls, params: Mapping, getlist=None) -> "SearchRequest":
        """From web parameters: ``getlist(name)`` gives every value of a repeated parameter."""
        getlist = getlist or (lambda name: _as_list(params.get(name)))
        return cls(
            q=params.get("q") or "",
            **{f.name: getlist(f.name) for f in cls.FIELDS},
            date_from=parse_day(params.get("from"), end=False),
            date_to=parse_day(params.get("to"), end=True),
            sort=params.get("sort") or "relevance",
            page=params.get("page") or 1,
            per_page=params.get("per_page") or DEFAULT_PER_PAGE,
            translate=parse_switch(params.get("translate"), "translate"),
        )


class QuoteRequest(SearchRequest):
    """A search of the quotations (``fahras quotes``, /quotes): their own filters
    (fields.QUOTE_FILTERS), the rest as for articles."""
    FIELDS: ClassVar[tuple[FilterField, ...]] = QUOTE_FILTERS


def _clean(field: FilterField, values: list[str]) -> list[str]:
    """Values stripped, blanks and repeats dropped; too many, or one a closed filter does not
    take, is an error that says so."""
    cleaned = list(dict.fromkeys(v.strip() for v in values if v and v.strip()))
    if len(cleaned) > MAX_FILTER_VALUES:
        raise InvalidQuery(f"At most {MAX_FILTER_VALUES} values of the {field.name} filter at once "
                           f"(this request has {len(cleaned)}).")
    wrong = [v for v in cleaned if field.choices and v not in field.choices]
    if wrong:
        raise InvalidQuery(f"the {field.name} filter takes {' or '.join(field.choices)}, not {wrong[0]!r}")
    return cleaned


def parse_day(text: str | None, end: bool) -> dt.date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; a partial date means its first day (from) or last day (to)."""
    if not text or not str(text).strip():
        return None
    m = _DATE.match(str(text))
    if not m:
        raise InvalidQuery(f"dates are written YYYY, YYYY-MM or YYYY-MM-DD, not {text!r}")
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if month is None:
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        month = int(month)
        if day is None:
            return dt.date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        return dt.date(year, month, int(day))
    except ValueError:
        raise InvalidQuery(f"there is no such date: {text!r}") from None


def parse_switch(text: str | None, name: str) -> bool | None:
    """``1`` or ``0`` (also true/false, on/off, yes/no); None when not given."""
    if text is None or not str(text).strip():
        return None
    value = str(text).strip().lower()
    if value in ("1", "true", "on", "yes"):
        return True
    if value in ("0", "false", "off", "no"):
        return False
    raise InvalidQuery(f"{name} takes 1 or 0, not {text!r}")


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)
