"""The archive's templates learnt again by an update, exactly as a rebuild of the archive as it is
now would learn them (index/templates.py), from the sightings the version keeps and those of
the pages that changed; and the untouched pages whose reading that changes, to be read again."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .ingest import learn
from .records_store import RecordStore
from .frames import KNOWN_AUTHORS
from .templates import FRAME, PAGE, Learner, Templates, decide, decide_frames, digest


@dataclass(slots=True)
class Relearnt:
    templates: Templates         # the archive's now
    learner: Learner             # every text page's sightings now, to keep with the version
    reread: set[str]             # untouched pages a template that changed verdict is printed on


def relearn(version: Path, records: RecordStore, archive: Path, changed: list[str], touched: set[str],
            workers: int) -> Relearnt:
    """Only the shapes and frames printed on a touched page, before or now, can change their
    verdict: their sightings elsewhere are looked at, the other verdicts kept."""
    learner = Learner.load(version)
    shapes, frames = learner.replace(touched, learn(changed, workers, root=str(archive)).rows)
    old = records.templates()
    known = digest(KNOWN_AUTHORS)
    if known in frames:             # the names bylines give changed: any byline phrasing may flip
        new_frames = decide_frames(learner.rows)
    else:
        new_frames = (old.frames - set(frames.tolist())) | decide_frames(
            learner.of_shapes({*frames.tolist(), known}, FRAME))
    new = Templates((old.shapes - set(shapes.tolist())) | decide(learner.of_shapes(shapes)), new_frames)
    flipped = np.concatenate([learner.of_shapes(old.shapes ^ new.shapes)[:, PAGE],
                              learner.of_shapes(old.frames ^ new.frames, FRAME)[:, PAGE]])
    by_digest = {digest(path): path for path in records.page_states()}
    reread = {by_digest[p] for p in np.unique(flipped).tolist() if p in by_digest} - touched
    return Relearnt(new, learner, reread)
