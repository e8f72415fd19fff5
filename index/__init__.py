"""Write side: archive pages -> clean articles -> (later) the Whoosh index.

ingest (walk, read) -> page (decode, html) -> lines (classify) -> segment (split) ->
extract (metadata) -> dedup (ids). Nothing here imports Flask.

Importing the package patches Whoosh once (whoosh_fixes), before any index is opened or written.
"""
from . import whoosh_fixes  # noqa: F401
