"""Outlet names, aliases and evidence rules, read once from ``data/outlets.toml``."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .normalize import fold


# A printed word: an initial (J.), a domain (almayadeen.net, bbc.com/arabic), a word with inner
# apostrophes or with inner hyphens before Latin letters or digits (Al-Akhbar; in Arabic a hyphen
# joins two words: "دمشق-سانا"), or one punctuation mark.
_WORD = re.compile(r"\b[A-Z]\.(?!\w)|\w+(?:[.-]\w+)*\.[A-Za-z]{2,6}\b(?:/[\w-]+)*"
                   r"|\w+(?:['’]\w+)*(?:-(?=[A-Za-z0-9])\w+(?:['’]\w+)*)*|[^\w\s]")


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


@dataclass(slots=True)
class OutletTable:
    aliases: dict[str, str] = field(default_factory=dict)      # fold(alias) -> name
    domains: list[tuple[str, str]] = field(default_factory=list)
    staff: dict[str, str] = field(default_factory=dict)        # fold(author) -> name
    house: dict[str, str | None] = field(default_factory=dict)  # fold(line) -> name or None
    signatures: list[tuple[re.Pattern, str]] = field(default_factory=list)
    styles: dict[str, str] = field(default_factory=dict)        # trait -> name
    alias_words: dict = field(default_factory=dict)   # trie of folded alias words; None: the name

    def lookup(self, printed: str) -> str | None:
        """The canonical outlet a printed name refers to, if known."""
        key = fold(printed).strip(" .:-|")
        return self.aliases.get(key) or self.aliases.get(key.removeprefix("the "))

    def house_line(self, line: str) -> tuple[bool, str | None]:
        key = fold(line).strip(" .")
        return (key in self.house, self.house.get(key))

    def by_staff(self, author: str | None) -> str | None:
        if not author:
            return None
        for name in author.split(";"):
            outlet = self.staff.get(fold(name))
            if outlet:
                return outlet
        return None

    def by_domain(self, text: str) -> str | None:
        lowered = text.lower()
        for domain, name in self.domains:
            if domain in lowered:
                return name
        return None

    def by_signature(self, folded_line: str) -> str | None:
        line = folded_line.strip(" .…-")             # "REUTER..." signs as "REUTER" does
        for pattern, name in self.signatures:
            if pattern.search(line):
                return name
        return None


@cache
def outlets() -> OutletTable:
    raw = tomllib.loads(resources.files("index").joinpath("data/outlets.toml").read_text("utf-8"))
    table = OutletTable()
    for entry in raw["outlet"]:
        name = entry["name"]
        for alias in [name, *entry.get("aliases", ())]:
            table.aliases[fold(alias)] = name
            node = table.alias_words
            for word in words_of(fold(alias)):
                node = node.setdefault(word, {})
            node[None] = name
        table.domains += [(d.lower(), name) for d in entry.get("domains", ())]
        table.staff.update({fold(a): name for a in entry.get("staff", ())})
        table.house.update({fold(h): name for h in entry.get("house_lines", ())})
        table.signatures += [(re.compile(s), name) for s in entry.get("signatures", ())]
    table.house.update({fold(h): None for h in raw["house"]["anonymous"]})
    for style in raw.get("style", ()):
        table.styles.update({trait: style["outlet"] for trait in style["traits"]})
    return table
