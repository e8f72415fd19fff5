"""The `fahras` command line, above the read side (search/) and the write side (index/):

- ``main.py``: the command group and ``--version``; ``options.py``: what every command shares;
- ``build_commands.py``: ``ingest``, ``rebuild``, ``update`` (the write side);
- ``read_commands.py``: ``query``, ``stats``, ``entities``, ``analyze`` (the read side);
- ``report.py``: the one way page counts, build results and ingest totals are written;
- ``terminal.py``: results, entities and counts as a terminal shows them (wrapping, bidi, colour).
"""
