"""Fahras's settings: one table, each setting's name, default, type and help in one row (as
Datasette keeps its settings). An entry point (the web app factory, the command line) reads them
once into a ``Settings`` object, from ``FAHRAS_<NAME>`` environment variables over the defaults
(and the web app's config or the command's options over those), and passes the values down; no
module reads the environment for them. The README's settings table lists these rows.

Limits that protect the product rather than tune it (a page's size, a request's length, a
filter's values) are constants beside the code they guard, not settings.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    type: type
    help: str

    @property
    def variable(self) -> str:
        return f"FAHRAS_{self.name.upper()}"


SETTINGS: tuple[Setting, ...] = (
    Setting("index", None, Path, "Index root folder: holds CURRENT, versions/ and the rebuild lock "
                                 "(default: the Flask instance folder's index/)."),
    Setting("archive", None, Path, "Archive folder that rebuild and update read."),
    Setting("workers", 1, int, "Processes that read pages in rebuild and update."),
    Setting("query_time_limit", 3.0, float, "Seconds a search may take; past them it answers with "
                                            "what it found, marked partial."),
    Setting("csv_max_rows", 5000, int, "Rows of a CSV export at most (headers say how many matched)."),
    Setting("atom_entries", 50, int, "Entries of an Atom feed: the newest dated matches."),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def default(name: str):
    """A setting's default: what a function uses when its caller passes no value."""
    return _BY_NAME[name].default


class Settings:
    """The values of every setting, checked and converted; read as attributes."""

    __slots__ = ("_values",)

    def __init__(self, **values) -> None:
        unknown = sorted(set(values) - set(_BY_NAME))
        if unknown:
            raise ValueError(f"no such setting: {unknown[0]!r} (the settings are {', '.join(_BY_NAME)})")
        self._values = {s.name: _converted(s, values.get(s.name, s.default)) for s in SETTINGS}

    @classmethod
    def read(cls, environ: Mapping[str, str], below: Mapping | None = None, **overrides) -> "Settings":
        """The defaults, then ``below`` (a config file's values), then ``FAHRAS_<NAME>``
        variables, then ``overrides`` (None: not given)."""
        values = {k: v for k, v in (below or {}).items() if v is not None}
        values.update({s.name: environ[s.variable] for s in SETTINGS if environ.get(s.variable)})
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def __getattr__(self, name: str):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def as_dict(self) -> dict:
        return dict(self._values)


def _converted(setting: Setting, value):
    if value is None or isinstance(value, setting.type):
        return value
    try:
        converted = setting.type(value)
    except (TypeError, ValueError):
        raise ValueError(f"{setting.variable} must be a {setting.type.__name__}, not {value!r}") from None
    if isinstance(converted, (int, float)) and converted <= 0:
        raise ValueError(f"{setting.variable} must be above 0, not {value!r}")
    return converted
