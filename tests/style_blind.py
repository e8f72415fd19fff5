"""Placeholder while the new blind group is written."""
ROWS = []
SHARED = set()
