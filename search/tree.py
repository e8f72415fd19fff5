"""The one walk over a Whoosh query tree: the guards (query.py), the exact clauses (exact.py)
and the snippets' terms (snippets.py) all read a parsed query through it."""
from __future__ import annotations

from whoosh import query as wq


def walk(q: wq.Query, stop: type | tuple = ()):
    """Every node of the tree, parents first; a node of a ``stop`` type is given but not entered."""
    yield q
    if not q.is_leaf() and not (stop and isinstance(q, stop)):
        for child in q.children():
            yield from walk(child, stop)


def leaves(q: wq.Query, stop: type | tuple = ()):
    """The leaf queries of a tree, leaving out the ``stop`` nodes and everything under them."""
    return (node for node in walk(q, stop) if node.is_leaf() and not (stop and isinstance(node, stop)))
