"""What the commands share: option help, the index and archive folders, JSON output."""
from __future__ import annotations

import json
import os
from pathlib import Path

from index import store
from search.settings import Settings

ARCHIVE_HELP = "Archive folder (default: $FAHRAS_ARCHIVE)."
WORKERS_HELP = "Processes that read pages (default: $FAHRAS_WORKERS, else 1)."
INDEX_HELP = "Index root folder (default: $FAHRAS_INDEX, else the Flask instance folder)."
PRETTY_HELP = "Indent the JSON (implies --json)."


def as_json(value, pretty: bool) -> str:
    """One line by default (for scripts); indented with --pretty (for people)."""
    return json.dumps(value, ensure_ascii=False, indent=2 if pretty else None)


def settings(**given) -> Settings:
    """The settings (search/settings.py): FAHRAS_<NAME> variables over the defaults, the command's
    options (None: not given) over those."""
    return Settings.read(os.environ, **given)


def index_root(index: str | None) -> Path:
    return settings(index=index).index or store.default_index_root()


def archive_folder(archive: str | None) -> Path | None:
    return settings(archive=archive).archive
