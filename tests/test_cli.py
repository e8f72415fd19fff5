"""`fahras ingest`: the JSON lines contract, the summary, and the human report."""
from __future__ import annotations

import json

from click.testing import CliRunner

from search.cli import main

from .conftest import EXAMPLES, FIXTURES

KEYS = {"id", "title", "date", "date_inferred", "outlet", "outlet_inferred", "author", "lang",
        "body", "source", "duplicate", "entities"}


def test_ingest_jsonl_prints_one_object_per_occurrence_then_a_summary():
    result = CliRunner().invoke(main, ["ingest", "--jsonl", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 34
    assert all(set(row) == KEYS for row in rows)
    assert all(set(row["source"]) == {"path", "line_start", "line_end"} for row in rows)
    ids = [row["id"] for row in rows]
    assert [row["duplicate"] for row in rows] == [i in ids[:k] for k, i in enumerate(ids)]
    assert "pages: 6 (indexed 6, duplicate 0, rejected 0)" in result.stderr
    assert f"unique articles: {len(set(ids))}" in result.stderr


def test_ingest_report_names_every_page_and_each_rejection_reason():
    result = CliRunner().invoke(main, ["ingest", str(FIXTURES / "pages")])
    assert result.exit_code == 0
    out = result.stdout
    assert "rejected" in out and "binary.txt: binary" in out and "empty.txt: empty" in out
    assert "indexed    " in out and "[txt, cp1256]" in out and "[html-article, utf-8]" in out
    assert "pages: 8 (indexed 4, duplicate 0, rejected 4)" in out


def test_ingest_with_two_workers_gives_the_same_output():
    one = CliRunner().invoke(main, ["ingest", "--jsonl", str(EXAMPLES)]).stdout
    two = CliRunner().invoke(main, ["ingest", "--jsonl", "--workers", "2", str(EXAMPLES)]).stdout
    assert one == two


def test_missing_path_is_a_usage_error():
    result = CliRunner().invoke(main, ["ingest", "/no/such/archive"])
    assert result.exit_code == 2 and "does not exist" in result.output
