"""The read side's own errors, in words a person understands (web/ maps them to HTTP codes)."""


class InvalidQuery(ValueError):
    """The query cannot be run as written: unparseable or too expensive."""
