"""Shared fixtures. Real data lives in ../shared beside the checkout (never copied into the repo)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FAHRAS_SHARED", ROOT.parent / "shared"))
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "examples" / "archive"


def examples(n: int) -> int:
    """Hypothesis examples for a property test: n in `make test`, scaled up by the reliability
    campaign (FAHRAS_HYPOTHESIS_SCALE)."""
    return max(1, int(n * float(os.environ.get("FAHRAS_HYPOTHESIS_SCALE", "1"))))


def record_figures(name: str, figures: dict) -> None:
    """Figures for the README's reliability table, when a campaign asks for them
    (bench/reliability.py sets FAHRAS_RELIABILITY_OUT)."""
    import json
    out = os.environ.get("FAHRAS_RELIABILITY_OUT")
    if out:
        path = Path(out)
        data = json.loads(path.read_text()) if path.exists() else {}
        data[name] = figures
        path.write_text(json.dumps(data, indent=2))


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skips the test locally when missing, fails it loudly in CI."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"real data missing: {path} (CI must have ../shared beside the checkout)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def generate_archive(out: Path, *args: str) -> Path:
    """A blog-shaped archive made from the real corpus by ../shared/tools/make_archive.py (its
    arguments: --pages, --format, --seed, --lang-mix) into ``out``; pages never go in the repo."""
    import subprocess
    import sys
    tool, corpus = shared_path("tools", "make_archive.py"), shared_path("corpus", "articles.jsonl.gz")
    subprocess.run([sys.executable, str(tool), "--corpus", str(corpus), "--out", str(out), *args],
                   check=True, capture_output=True, timeout=600)
    return out


@pytest.fixture(scope="session", autouse=True)
def _ram_index_temp_folders(tmp_path_factory):
    """Each writer of a RAM index gets its own temporary folder under this run's basetemp.

    Whoosh's RamStorage.temp_storage(name) is ``<system tmp>/<name>``, and its writers name it
    after the index, "MAIN.tmp": every RAM-index writer on the machine shares one folder, and the
    first to close deletes it under the others (two test runs at once fail at random). Session
    scoped, so module fixtures that build RAM indexes are covered too; checked by
    tests/test_retrieval.py::test_ram_index_writers_do_not_share_a_temporary_folder."""
    import tempfile

    from whoosh.filedb.filestore import FileStorage, RamStorage

    base = tmp_path_factory.mktemp("whoosh-ram-temp")

    def temp_storage(self, name=None):
        return FileStorage(tempfile.mkdtemp(prefix=f"{name or 'temp'}-", dir=base)).create()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(RamStorage, "temp_storage", temp_storage)
        yield


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return shared_path("seeds")


@pytest.fixture(scope="session")
def gold_002() -> dict:
    import json
    return json.loads(shared_path("gold", "002_7672ffc435d8e842.json").read_text("utf-8"))


# Shared indexes, built once per test run and only read: a test that changes an index (an update,
# a rebuild, a fault) builds its own.

@pytest.fixture(scope="session")
def index_root(tmp_path_factory) -> Path:
    """The index of examples/archive (six pages, both languages, text and HTML)."""
    from index.rebuild import rebuild
    root = tmp_path_factory.mktemp("examples-index")
    rebuild(EXAMPLES, root)
    return root


@pytest.fixture(scope="session")
def examples_version(index_root):
    """The examples index, open for searching (search/version.py's OpenVersion)."""
    from search.reader import LiveIndex
    return LiveIndex(index_root).open()


@pytest.fixture(scope="session")
def seeds_root(seeds_dir, tmp_path_factory) -> Path:
    """The index of the two real seed pages (../shared/seeds)."""
    from index.rebuild import rebuild
    root = tmp_path_factory.mktemp("seeds-index")
    rebuild(seeds_dir, root)
    return root


@pytest.fixture(scope="module")
def app(index_root):
    """The web app over the examples index."""
    from web import create_app
    return create_app({"INDEX": str(index_root), "TESTING": True})


@pytest.fixture(scope="module")
def client(app):
    """Flask's test client of ``app`` (per module: a client keeps its cookies)."""
    return app.test_client()
