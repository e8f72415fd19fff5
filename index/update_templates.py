"""The archive's templates learnt again by an update, exactly as a rebuild of the archive as it is
now would learn them (index/templates.py), from the sightings the version keeps and those of
the pages that changed; and the untouched pages whose reading that changes, to be read again."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .ingest import learn
from .records_store import RecordStore
from .templates import Sighting, Templates, decide


@dataclass(slots=True)
class Relearnt:
    templates: Templates                          # the archive's now
    sightings: dict[str, list[Sighting] | None]    # of the touched pages, now (None: none)
    reread: set[str]                              # untouched pages a changed template is printed on


def relearn(records: RecordStore, archive: Path, changed: list[str], touched: set[str],
            workers: int) -> Relearnt:
    """Only the shapes printed on a touched page, before or now, can change their verdict: their
    sightings elsewhere are looked up, the rest of the verdicts kept."""
    fresh = learn(changed, workers, root=str(archive)).by_page
    now = {path: fresh.get(path) for path in touched}
    before = records.sightings_of_pages(touched)
    shapes = {s.shape for found in [*before.values(), *fresh.values()] for s in found}
    rows = [(path, s) for path, s in records.sightings_of_shapes(shapes) if path not in touched]
    rows += [(path, s) for path, found in fresh.items() for s in found]
    old = records.templates()
    new = Templates((old.shapes - shapes) | decide((path, *s) for path, s in rows))
    flipped = old.shapes ^ new.shapes
    return Relearnt(new, now, {path for path, s in rows if s.shape in flipped} - touched)
