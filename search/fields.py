"""The one table of filter fields. Each row is a filter of the search request (``outlet=…``), a web
parameter of the same name, an option of ``fahras query`` (``--outlet``), a field of the index and
a facet; the request, the facet columns, the facets, the command line and the templates all read
this table. A new facet is one row here plus its column (search/columns.py reads the field).
"""
from __future__ import annotations

from dataclasses import dataclass

from index.entities import TYPES

LANGUAGES = ("ar", "en")


@dataclass(frozen=True)
class FilterField:
    name: str                               # request attribute, parameter, option, index field
    help: str                               # the command line's help for its option
    choices: tuple[str, ...] | None = None  # the only values it takes, if it is closed
    multi: bool = False                     # an article has several values (the entities)
    facet_limit: int = 20                   # values its facet lists (the selected ones besides)


FILTERS: tuple[FilterField, ...] = (
    FilterField("outlet", "Only this outlet (repeatable: any of them).", facet_limit=25),
    FilterField("lang", "Only this language.", choices=LANGUAGES),
    FilterField("person", "Only articles naming this person (repeatable: any of them).", None,
                multi=True, facet_limit=15),
    FilterField("org", "Only articles naming this organization (repeatable: any of them).", None,
                multi=True, facet_limit=15),
    FilterField("place", "Only articles naming this place (repeatable: any of them).", None,
                multi=True, facet_limit=15),
)
# The quotation search's filters (``fahras quotes``, /quotes): who said it, where and in what language.
QUOTE_FILTERS: tuple[FilterField, ...] = (
    FilterField("speaker", "Only quotations of this person or organization (repeatable: any of them).",
                multi=True, facet_limit=20),
    FilterField("outlet", "Only quotations an outlet published (repeatable: any of them).", multi=True,
                facet_limit=25),
    FilterField("lang", "Only this language.", choices=LANGUAGES),
)
FILTER_NAMES: tuple[str, ...] = tuple(f.name for f in FILTERS)
SINGLE_VALUED: tuple[str, ...] = tuple(f.name for f in FILTERS if not f.multi)
MULTI_VALUED: tuple[str, ...] = tuple(f.name for f in FILTERS if f.multi)

assert MULTI_VALUED == TYPES, "the entity filters are the entity types"
