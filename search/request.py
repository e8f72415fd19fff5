"""SearchRequest: what a reader asked for, from CLI options or web parameters, forgiving and clamped."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field

from .errors import InvalidQuery

SORTS = ("relevance", "newest", "oldest")
LANGUAGES = ("ar", "en")
FILTERS = ("outlet", "lang", "person", "org", "place")
MAX_PER_PAGE = 100
MAX_FILTER_VALUES = 20            # values of one filter (outlet=A&outlet=B...)
DEFAULT_PER_PAGE = 10
_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*$")


@dataclass(slots=True)
class SearchRequest:
    q: str = ""
    outlet: list[str] = field(default_factory=list)
    lang: list[str] = field(default_factory=list)
    person: list[str] = field(default_factory=list)
    org: list[str] = field(default_factory=list)
    place: list[str] = field(default_factory=list)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE

    def __post_init__(self) -> None:
        self.q = (self.q or "").strip()
        for name in FILTERS:
            values = getattr(self, name)
            setattr(self, name, list(dict.fromkeys(v.strip() for v in values if v and v.strip())))
            if len(getattr(self, name)) > MAX_FILTER_VALUES:
                raise InvalidQuery(f"At most {MAX_FILTER_VALUES} values of the {name} filter at once "
                                   f"(this request has {len(getattr(self, name))}).")
        unknown = [v for v in self.lang if v not in LANGUAGES]
        if unknown:
            raise InvalidQuery(f"the language filter takes {' or '.join(LANGUAGES)}, not {unknown[0]!r}")
        self.page = max(1, _int(self.page, 1))
        self.per_page = min(MAX_PER_PAGE, max(1, _int(self.per_page, DEFAULT_PER_PAGE)))
        if self.sort not in SORTS:
            self.sort = "relevance"
        if self.date_from and self.date_to and self.date_from > self.date_to:
            self.date_from, self.date_to = self.date_to, self.date_from

    @property
    def browse(self) -> bool:
        """No text: list the matching articles, newest first unless asked otherwise."""
        return not self.q

    def filters(self) -> dict[str, list[str]]:
        return {name: getattr(self, name) for name in FILTERS if getattr(self, name)}

    def to_json(self) -> dict:
        data = asdict(self)
        del data["date_from"], data["date_to"]
        data["from"] = self.date_from.isoformat() if self.date_from else None
        data["to"] = self.date_to.isoformat() if self.date_to else None
        return data

    @classmethod
    def from_mapping(cls, params: Mapping, getlist=None) -> "SearchRequest":
        """From web parameters: ``getlist(name)`` gives every value of a repeated parameter."""
        getlist = getlist or (lambda name: _as_list(params.get(name)))
        return cls(
            q=params.get("q") or "",
            **{name: getlist(name) for name in FILTERS},
            date_from=parse_day(params.get("from"), end=False),
            date_to=parse_day(params.get("to"), end=True),
            sort=params.get("sort") or "relevance",
            page=params.get("page") or 1,
            per_page=params.get("per_page") or DEFAULT_PER_PAGE,
        )


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


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)
