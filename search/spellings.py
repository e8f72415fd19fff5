"""Filter values as people type them. The index holds one canonical value per outlet and entity
("Donald Trump"); a reader types "Trump", "ترامب", "donald trump" or "press tv". A typed value
that is not a canonical value of its field resolves, in this order, to:

1. the canonical value it equals once case, spacing and Arabic letter forms are folded;
2. for an entity (or a quotation's speaker, a person or organization): the entity the archive printed it for (the records' spellings: the entity
   that carries that spelling most often), then the gazetteer entity it is an alias of;
3. nothing else: it is kept as typed and matches no article.

``Spellings`` belongs to one generation of an open version (search/version.py, beside its facet
columns) and reads what it needs once, the first time a typed value needs it.
"""
from __future__ import annotations

from pathlib import Path

from index.entities import TYPES, gazetteer, translit_key
from index.normalize import fold
from index.outlets import outlets
from index.records_store import FILE, RecordStore

from .transliteration import NameWords


class Spellings:
    def __init__(self, version: Path | None):
        self.version = version
        self._by_spelling: dict[tuple[str, str], str] | None = None
        self._names: NameWords | None = None
        self._folded: dict[str, dict[str, str]] = {}        # field -> folded value -> value

    def canonical(self, field: str, typed: str, known: dict[str, int]) -> str:
        """The canonical value of ``field`` that ``typed`` names (``known``: the field's
        canonical values in this generation), or ``typed`` itself."""
        if typed in known:
            return typed
        key = fold(typed)
        if field not in self._folded:
            self._folded[field] = {fold(value): value for value in sorted(known, reverse=True)}
        if key in self._folded[field]:
            return self._folded[field][key]
        if field == "outlet":                 # any printed alias: "سكاي نيوز" is Sky News Arabia
            named = outlets().lookup(typed)
            return named if named in known else typed
        if field == "speaker":                # a quotation's speaker: a person or an organization
            named = (self.canonical(kind, typed, known) for kind in ("person", "org"))
            return next((name for name in named if name in known), typed)
        if field not in TYPES:
            return typed
        printed = self._printed().get((field, key))
        if printed in known:
            return printed
        gaz = gazetteer()
        entity_id = gaz.entity_for_key(translit_key(typed))
        if entity_id and gaz.entities[entity_id].type == field and gaz.entities[entity_id].name in known:
            return gaz.entities[entity_id].name
        return typed

    def _printed(self) -> dict[tuple[str, str], str]:
        """(type, folded spelling) -> the entity that carries it most often (then by name)."""
        if self._by_spelling is None:
            best: dict[tuple[str, str], tuple[int, str]] = {}
            for (kind, name), spellings in (self._read(RecordStore.spellings) or {}).items():
                for spelling, copies in spellings.items():
                    slot = (kind, fold(spelling))
                    if slot not in best or (copies, name) > best[slot]:
                        best[slot] = (copies, name)
            self._by_spelling = {slot: name for slot, (_, name) in best.items()}
        return self._by_spelling

    def name_words(self) -> NameWords:
        """The words of every printed name by skeleton, to find a name across scripts
        (search/transliteration.py), read from the records row by row (the spellings by entity,
        69 MB at full size, are not kept for it)."""
        if self._names is None:
            self._names = self._read(lambda records: NameWords(records.printed())) or NameWords([])
        return self._names

    def _read(self, read):
        """What ``read`` takes from the version's records (None when it has none)."""
        if self.version is None or not (self.version / FILE).exists():
            return None
        records = RecordStore(self.version)
        try:
            return read(records)
        finally:
            records.close()
