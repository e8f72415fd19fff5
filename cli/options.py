"""What the commands share: option help, the index and archive folders, JSON output."""
from __future__ import annotations

import json
import os
from pathlib import Path

from index import store

ARCHIVE_HELP = "Archive folder (default: $FAHRAS_ARCHIVE)."
INDEX_HELP = "Index root folder (default: $FAHRAS_INDEX, else the Flask instance folder)."
PRETTY_HELP = "Indent the JSON (implies --json)."


def as_json(value, pretty: bool) -> str:
    """One line by default (for scripts); indented with --pretty (for people)."""
    return json.dumps(value, ensure_ascii=False, indent=2 if pretty else None)


def index_root(index: str | None) -> Path:
    return Path(index) if index else store.default_index_root()


def archive_folder(archive: str | None) -> Path | None:
    chosen = archive or os.environ.get("FAHRAS_ARCHIVE")
    return Path(chosen) if chosen else None
