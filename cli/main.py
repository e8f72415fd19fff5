"""The `fahras` command group: every command of build_commands.py and read_commands.py."""
from __future__ import annotations

import sys
from importlib import metadata

import click

from . import build_commands, read_commands


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


for command in (*build_commands.COMMANDS, *read_commands.COMMANDS):
    main.add_command(command)


if __name__ == "__main__":
    sys.exit(main())
