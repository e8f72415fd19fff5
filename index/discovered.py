"""Names of discovered entities, kept by an update as a rebuild gives them.

Discovered names sharing a transliteration key are one entity, named by its first spelling in
path order (entities.Resolver). The records keep, for each discovered entity, its key, name and
the page of that first spelling. An update that reads pages again may move the first spelling:
a page before it now names the entity, or the page of the first spelling changed or went. Then
the entity takes the first spelling that is left, and every document and page record naming it
is renamed, as a rebuild of the final archive would name it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .entities import tidy_name
from .gazetteer import TYPES, translit_key
from .normalize import fold
from .records import PageRecord


@dataclass
class Discovered:
    """(type, name) -> [key, page of the first spelling]."""
    entries: dict[tuple[str, str], list] = field(default_factory=dict)

    @classmethod
    def from_meta(cls, rows: list[list]) -> "Discovered":
        return cls({(kind, name): [key, rest[0] if rest else None] for kind, key, name, *rest in rows})

    def to_meta(self) -> list[list]:
        return sorted([kind, key, name, first] for (kind, name), (key, first) in self.entries.items())

    def resolver_rows(self) -> list[list[str]]:
        """What entities.Resolver.remember takes."""
        return [[kind, key, name] for (kind, name), (key, _) in sorted(self.entries.items())]


def first_spellings(pages: dict[str, PageRecord], wanted: dict[tuple[str, str], str]) -> dict[tuple[str, str], tuple[str, str]]:
    """For each (type, name) in ``wanted`` (with its key), the first page in path order naming it
    by a spelling of its own key, and that spelling. A shorter name merged into it in an article
    ("LDP" inside "LDP MPs") is one of its spellings there but never names it: the resolver names
    an entity by a mention of its own key (entities.Resolver)."""
    found: dict[tuple[str, str], tuple[str, str]] = {}
    for path in sorted(pages):
        for copy in pages[path].copies:
            for kind, name, spelling in copy.variants:
                if (kind, name) not in found and (kind, name) in wanted and \
                        spelling_key(spelling) == wanted[(kind, name)]:
                    found[(kind, name)] = (path, spelling)
    return found


def spelling_key(spelling: str) -> str:
    """The key a spelling gives a discovered name (as entities.Resolver.canonical keys it)."""
    return translit_key(spelling) or fold(spelling)


def for_rebuild(resolver_rows: list[list[str]], pages: dict[str, dict]) -> Discovered:
    """The discovered entities of a full build, with the page of each one's first spelling."""
    names = {(kind, name): key for kind, key, name in resolver_rows}
    first = first_spellings(pages, names)
    return Discovered({n: [key, first.get(n, (None,))[0]] for n, key in names.items()})


@dataclass
class Renaming:
    """What an update changes in the discovered names."""
    renames: dict[tuple[str, str], str]      # (type, old name) -> new name
    discovered: Discovered                   # the entries after the update

    def name(self, kind: str, name: str) -> str:
        return self.renames.get((kind, name), name)

    def rename_variants(self, record: PageRecord) -> bool:
        """Rename the [type, name, spelling] of a page record in place; whether any changed."""
        changed = False
        for copy in record.copies:
            renamed = []
            for kind, name, spelling in copy.variants:
                new = self.name(kind, name)
                changed |= new != name
                renamed.append([kind, new, spelling])
            copy.variants = _unique(renamed)
        return changed

    def rename_document(self, doc: dict, separator: str) -> dict:
        for kind in TYPES:
            if doc.get(kind):
                names = [self.name(kind, n) for n in doc[kind].split(separator)]
                doc[kind] = separator.join(dict.fromkeys(names))
        for quote in doc.get("quotes") or ():          # a speaker is one of the article's names
            if quote.get("speaker") and quote["speaker_type"] in TYPES:
                quote["speaker"] = self.name(quote["speaker_type"], quote["speaker"])
        return doc


def plan(before: Discovered, after_rows: list[list[str]], read: dict[str, dict], touched: set[str],
         untouched_pages_naming) -> Renaming:
    """The discovered names after an update.

    ``before``: the entries before it; ``after_rows``: the resolver's after reading the changed
    pages (the old names remembered, new entities named by their first spelling among them);
    ``read``: the page records read again; ``touched``: every page read again or removed;
    ``untouched_pages_naming(kind, name)``: the other pages that may name an entity, any order.
    """
    after = {(kind, name): key for kind, key, name in after_rows}
    seen_again = first_spellings(read, after)
    entries, renames = {}, {}
    for (kind, name), key in after.items():
        first = before.entries.get((kind, name), [key, None])[1]
        again = seen_again.get((kind, name))
        if first is not None and first not in touched:
            if again is None or first < again[0]:
                entries[(kind, name)] = [key, first]      # still first named where it was
                continue
            candidates = [again]                          # a page read again names it earlier
        else:
            candidates = [again] if again else []
            if first is not None:                         # its first page changed or went
                candidates += _first_untouched(untouched_pages_naming(kind, name), touched, (kind, name, key),
                                               before=again[0] if again else None)
        if not candidates:
            continue                                      # nothing names it any more
        page, spelling = min(candidates)
        new = name if first is None else tidy_name(spelling)
        entries[(kind, new)] = [key, page]
        if new != name:
            renames[(kind, name)] = new
    return Renaming(renames, Discovered(entries))


def _first_untouched(pages, touched: set[str], entity: tuple[str, str, str], before: str | None) -> list:
    """The first untouched page naming the entity (type, name, key) by a spelling of its key
    (before ``before``), with that spelling."""
    kind, name, key = entity
    for path, record in sorted(pages, key=lambda pair: pair[0]):
        if path in touched or (before is not None and path >= before):
            continue
        for copy in record.copies:
            for k, n, spelling in copy.variants:
                if (k, n) == (kind, name) and spelling_key(spelling) == key:
                    return [(path, spelling)]
    return []


def _unique(rows: list[list[str]]) -> list[list[str]]:
    return [list(row) for row in dict.fromkeys(tuple(row) for row in rows)]
