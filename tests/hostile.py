"""An invented page of hostile article text, and hostile queries, for the XSS tests."""
from __future__ import annotations

from pathlib import Path

RLO = "\u202e"
HOSTILE_PAGE = f"""Rockets <img src=x onerror=alert(3)> Hit {RLO}esab\u202c Base Near Erbil Airport

 August 24, 2021

By Staff, Agencies

Several rockets struck near a base on Tuesday, officials said, and a channel posted <script>alert(1)</script> with a link <a href="javascript:alert(5)">javascript:alert(5)</a> that readers were told to open.

A second statement carried the text " onmouseover="alert(6)" data-x=" and a mirrored {RLO}gnp.exe file name, both traced to a defaced account. \x1b]0;pwned\x07 was also printed.

Source: Press TV

=1+1 Convoy Stopped at Checkpoint South of Baghdad

 August 25, 2021

By Staff, Agencies

A supply convoy was stopped at a checkpoint south of the capital on Wednesday, security sources said, adding that the drivers were released after several hours.

The convoy was carrying construction material for a base in the west of the country, the sources said.

Source: Al Mayadeen
"""
HOSTILE_QUERIES = ['<script>alert(7)</script>', '"><img src=x onerror=alert(8)>', "javascript:alert(9)",
                   f"{RLO}rockets", "' onmouseover='alert(10)", "</title><script>alert(11)</script>"]


def hostile_archive(folder: Path) -> Path:
    """An archive of the one hostile page."""
    (folder / "hostile.txt").write_text(HOSTILE_PAGE, encoding="utf-8")
    return folder
