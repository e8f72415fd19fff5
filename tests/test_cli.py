"""`fahras ingest`: the JSON lines contract, the summary, and the human report; and the command
line of issue 15: files that are not pages skipped and named in every report, --version, --pretty,
counts (singular, thousands), Arabic wrapped to the terminal before it is reordered."""
from __future__ import annotations

import json
import shutil
import unicodedata
from importlib import metadata

import pytest
from bidi import get_display
from click.testing import CliRunner

from index import store
from index.records_store import RecordStore
from cli.main import main

from .conftest import EXAMPLES, FIXTURES

KEYS = {"id", "title", "date", "date_inferred", "outlet", "outlet_inferred", "author", "lang",
        "body", "source", "duplicate", "entities", "quotes"}
QUOTE_KEYS = {"text", "kind", "cue", "speaker_surface", "speaker", "speaker_type"}


def test_ingest_jsonl_prints_one_object_per_occurrence_then_a_summary():
    result = CliRunner().invoke(main, ["ingest", "--jsonl", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 34
    assert all(set(row) == KEYS for row in rows)
    assert all(set(row["source"]) == {"path", "line_start", "line_end"} for row in rows)
    quotes = [q for row in rows for q in row["quotes"]]          # who said what, in the body
    assert quotes and all(set(q) == QUOTE_KEYS and q["text"] in row["body"].replace("\n", " ")
                          for row in rows for q in row["quotes"])
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


@pytest.mark.parametrize("command", ["query", "quotes"])
@pytest.mark.parametrize("option, value", [("--per-page", "200"), ("--per-page", "0"), ("--page", "0")])
def test_a_page_size_or_number_out_of_range_is_a_usage_error_not_a_silent_cap(command, option, value):
    """The web and the API take 1-100 hits a page and cap the rest; a user at a terminal who asks
    for 200 is told so instead of getting 100 without a word."""
    result = CliRunner().invoke(main, [command, "Iraq", option, value, "--index", "/no/such/index"])
    assert result.exit_code == 2 and "is not in the range" in result.output


# ------------------------------------------------------------------ issue 15: the command line

NOT_PAGES = {"manifest.json": b'{"pages": 6}', "truth.jsonl": b'{"page": 1}\n'}
BROKEN = {"broken/binary.txt": b"\x00\xff\x10" * 300, "broken/empty.txt": b""}


def _archive(folder):
    """The example archive with a generated archive's files that are not pages, and two broken pages."""
    shutil.copytree(EXAMPLES, folder)
    for name, data in {**NOT_PAGES, **BROKEN}.items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def _fahras(*args: str, env: dict | None = None):
    result = CliRunner().invoke(main, list(args), env=env)
    assert result.exit_code == 0, (result.output, result.exception)
    return result


def _figures(root) -> dict:
    figures = json.loads(_fahras("stats", "--json", "--index", str(root)).stdout)
    for key in ("version", "built_at", "size_bytes"):
        figures.pop(key)
    return figures


def _columns(line: str) -> int:
    """Terminal columns of a line (harakat take none)."""
    return sum(not unicodedata.combining(ch) for ch in line)


def _page_lines(report: str) -> list[str]:
    return [line for line in report.splitlines() if line.startswith(("pages: ", "skipped ", "rejected "))]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    work = tmp_path_factory.mktemp("cli")
    archive, root = _archive(work / "archive"), work / "ix"
    report = _fahras("rebuild", "--archive", str(archive), "--index", str(root)).stderr
    return archive, root, report


PAGES_LINE = "pages: 8 (indexed 6, duplicate 0, rejected 2)"
SKIPPED_LINE = "skipped 2 files that are not pages: manifest.json, truth.jsonl"


def test_files_that_are_not_pages_are_skipped_and_named_not_counted(built):
    archive, root, report = built
    assert PAGES_LINE in report and SKIPPED_LINE in report
    assert "rejected broken/binary.txt: binary" in report and "rejected broken/empty.txt: empty" in report
    assert "manifest.json: unsupported" not in report
    stats = _fahras("stats", "--index", str(root)).stdout
    assert PAGES_LINE in stats and SKIPPED_LINE in stats
    figures = _figures(root)
    assert figures["pages"] == 8 and figures["skipped"] == ["manifest.json", "truth.jsonl"]
    assert figures["page_statuses"] == {"indexed": 6, "duplicate": 0, "rejected": 2}
    records = RecordStore(store.current_version(root))
    try:                                       # no page rows: an update never reads them
        assert set(records.page_states()) == {p.relative_to(archive).as_posix() for p in archive.rglob("*.*")
                                              if p.suffix in (".txt", ".html")}
    finally:
        records.close()
    update = _fahras("update", "--index", str(root)).stderr
    assert PAGES_LINE in update and SKIPPED_LINE in update and "(added 0, updated 0, deleted 0)" in update
    out = _fahras("ingest", str(archive)).stdout
    assert PAGES_LINE in out and f"skipped 2 files that are not pages: {archive}/manifest.json" in out


def test_ingest_of_a_file_that_is_not_a_page_names_it(built):
    archive, _, _ = built
    result = _fahras("ingest", "--jsonl", str(archive / "manifest.json"), str(archive / "en"))
    assert "pages: 2 (indexed 2, duplicate 0, rejected 0)" in result.stderr
    assert f"skipped 1 file that is not a page: {archive / 'manifest.json'}" in result.stderr


def test_an_update_keeps_the_skipped_files_as_a_rebuild_lists_them(built, tmp_path):
    """Files that are not pages coming and going, alone or with a page: each update's report and
    `stats` equal a full rebuild's of the same archive."""
    archive, _, _ = built
    archive = shutil.copytree(archive, tmp_path / "archive")
    root = tmp_path / "ix"
    _fahras("rebuild", "--archive", str(archive), "--index", str(root))
    edits = [lambda: (archive / "notes.md").write_text("notes"),                      # alone
             lambda: (archive / "manifest.json").unlink(),
             lambda: ((archive / "en" / "cover.jpg").write_bytes(b"\xff\xd8"),         # with a page
                      (archive / "en" / "2021-08-convoys.txt").unlink())]
    for n, edit in enumerate(edits):
        edit()
        report = _fahras("update", "--index", str(root)).stderr
        fresh = tmp_path / f"fresh{n}"
        rebuilt = _fahras("rebuild", "--archive", str(archive), "--index", str(fresh)).stderr
        assert _figures(root) == _figures(fresh)
        assert _page_lines(report) == _page_lines(rebuilt)
    assert _figures(root)["skipped"] == ["en/cover.jpg", "notes.md", "truth.jsonl"]
    assert CliRunner().invoke(main, ["stats", "--verify", "--index", str(root)]).exit_code == 0


def test_an_update_of_an_index_that_counted_them_as_pages_drops_them(built, tmp_path, monkeypatch):
    """A version built before files that are not pages were skipped has rejected page rows for
    them: the next update drops them, as a rebuild would count."""
    import index.rebuild
    archive, _, _ = built
    root = tmp_path / "ix"
    everything = index.rebuild.archive_files
    monkeypatch.setattr(index.rebuild, "archive_files", lambda paths: (sorted(sum(everything(paths), [])), []))
    old = _fahras("rebuild", "--archive", str(archive), "--index", str(root)).stderr
    assert "pages: 10 (indexed 6, duplicate 0, rejected 4)" in old
    monkeypatch.undo()
    report = _fahras("update", "--index", str(root)).stderr
    assert PAGES_LINE in report and SKIPPED_LINE in report
    assert _figures(root) == _figures(built[1])


def test_version():
    result = _fahras("--version")
    assert result.stdout == f"fahras {metadata.version('fahras')}\n"       # 0.1.0, pyproject's


def test_a_long_list_of_skipped_files_names_the_first_ten():
    from cli.report import skipped_lines
    assert skipped_lines([f"img/{n:02}.jpg" for n in range(12)]) == [
        "skipped 12 files that are not pages: " + ", ".join(f"img/{n:02}.jpg" for n in range(10))
        + " and 2 more"]
    assert skipped_lines([]) == []


@pytest.mark.parametrize("command, arabic", [(["analyze", "والحسن بالحسن لبنان"], "لبنان"),
                                             (["query", "غزة"], "غزة"), (["stats"], None),
                                             (["entities", "--top", "3"], None)])
def test_json_is_one_line_and_pretty_indented(built, command, arabic):
    _, root, _ = built
    args = command + (["--index", str(root)] if command[0] != "analyze" else [])

    def figures(*options: str):
        found = json.loads(output := _fahras(*args, *options).stdout)
        if isinstance(found, dict):
            found.pop("took_ms", None)
        return output, found

    one, plain = figures("--json")
    pretty, indented = figures("--json", "--pretty")
    assert one.count("\n") == 1 and "\n  " in pretty and plain == indented
    assert figures("--pretty")[1] == plain                    # --pretty alone implies --json
    if arabic:
        assert arabic in one and arabic in pretty and "\\u0" not in pretty


def test_counts_are_singular_for_one_and_have_thousands_separators(built, tmp_path, monkeypatch):
    page = tmp_path / "one.txt"
    page.write_text("Café Owners in Beirut Count the Cost of the Crisis\n\n27 Jul 2021\n\nBy Hélène Dubois\n\n"
                    "The owners of small cafés in Beirut say the fuel crisis has cut their opening hours "
                    "in half, and many fear they will not survive the summer without help.", "utf-8")
    line = _fahras("ingest", str(page)).stdout.splitlines()[0]
    assert ": 1 article (0 duplicates), 0 teasers, 0 video titles," in line
    root = tmp_path / "ix"
    _fahras("rebuild", "--archive", str(tmp_path), "--index", str(root))
    assert "1 article from 1 page (1 occurrence)" in _fahras("stats", "--index", str(root)).stdout
    assert _fahras("query", "Beirut", "--index", str(root)).stdout.startswith("1 article, showing 1-1")
    entities = _fahras("entities", "--index", str(root)).stdout
    assert "(1 article)" in entities and "articles)" not in entities

    import cli.read_commands
    big = {**_figures(built[1]), "version": "v", "built_at": "t", "size_bytes": 1_234_567_890,
           "documents": 12379, "pages": 3000, "occurrences": 45210,
           "page_statuses": {"indexed": 2990, "duplicate": 8, "rejected": 2},
           "by_lang": {"ar": 6200, "en": 6179}}
    monkeypatch.setattr(cli.read_commands, "index_stats", lambda root, deep=False: big)
    text = _fahras("stats").stdout
    assert "12,379 articles from 3,000 pages (45,210 occurrences), 1,234.6 MB on disk" in text
    assert "pages: 3,000 (indexed 2,990, duplicate 8, rejected 2)" in text
    assert "by language: ar 6,200, en 6,179" in text
    assert json.loads(_fahras("stats", "--json").stdout)["documents"] == 12379


def test_query_on_a_narrow_terminal_wraps_arabic_by_words_before_reordering(built):
    _, root, _ = built
    listing = _fahras("query", "--lang", "ar", "--bidi", "--index", str(root), env={"COLUMNS": "40"}).stdout
    snippets = json.loads(_fahras("query", "--lang", "ar", "--json", "--index", str(root)).stdout)["hits"]
    assert all(_columns(line) <= 40 for line in listing.splitlines()), listing
    blocks = listing.split("\n\n")[1:1 + len(snippets)]
    for block, hit in zip(blocks, snippets):
        lines = block.splitlines()
        meta = next(n for n, line in enumerate(lines) if line.endswith(f"[{hit['id']}]"))
        back = [get_display(line.strip(), base_dir="R") for line in lines[meta + 1:]]
        logical = hit["snippet"].replace("<mark>", "«").replace("</mark>", "»")
        assert " ".join(back) == " ".join(logical.split())
        words = [w for line in back for w in line.split()]
        assert words == logical.split()              # whole words, in order, top to bottom
