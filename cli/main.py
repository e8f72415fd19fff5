"""The `fahras` command group and what its commands share."""
from __future__ import annotations

import json
import os
import sys
from importlib import metadata
from pathlib import Path

import click

from index import store

ARCHIVE_HELP = "Archive folder (default: $FAHRAS_ARCHIVE)."
INDEX_HELP = "Index root folder (default: $FAHRAS_INDEX, else the Flask instance folder)."
PRETTY_HELP = "Indent the JSON (implies --json)."


def version() -> str:
    """The installed package's version (pyproject.toml's, as pip installed it)."""
    try:
        return metadata.version("fahras")
    except metadata.PackageNotFoundError:
        return "unknown (not installed: pip install -e .)"


def _print_version(ctx: click.Context, _param, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"fahras {version()}")
        ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Show the version and exit.")
def main() -> None:
    """Fahras: full-text search over a bilingual (English/Arabic) news archive."""


def as_json(value, pretty: bool) -> str:
    """One line by default (for scripts); indented with --pretty (for people)."""
    return json.dumps(value, ensure_ascii=False, indent=2 if pretty else None)


def index_root(index: str | None) -> Path:
    return Path(index) if index else store.default_index_root()


def archive_folder(archive: str | None) -> Path | None:
    chosen = archive or os.environ.get("FAHRAS_ARCHIVE")
    return Path(chosen) if chosen else None


def _register() -> None:
    from . import build_commands, read_commands
    for command in (*build_commands.COMMANDS, *read_commands.COMMANDS):
        main.add_command(command)


_register()

if __name__ == "__main__":
    sys.exit(main())
