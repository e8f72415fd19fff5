"""Write side: archive pages -> clean articles -> (later) the Whoosh index.

ingest (walk, read) -> page (decode, html) -> lines (classify) -> segment (split) ->
extract (metadata) -> dedup (ids). Nothing here imports Flask.
"""
