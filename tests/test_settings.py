"""The settings table (search/settings.py): read from the environment and the entry points'
own options, checked, and all documented in the README."""
from __future__ import annotations

from pathlib import Path

import pytest

from search.settings import SETTINGS, Settings

from .conftest import ROOT


def test_defaults_then_the_environment_then_the_entry_points_options():
    assert Settings.read({}).query_time_limit == 3.0 and Settings.read({}).index is None
    env = {"FAHRAS_QUERY_TIME_LIMIT": "0.5", "FAHRAS_INDEX": "/srv/ix", "FAHRAS_WORKERS": "3"}
    read = Settings.read(env)
    assert (read.query_time_limit, read.index, read.workers) == (0.5, Path("/srv/ix"), 3)
    given = Settings.read(env, workers=2, index=None)          # None: the option was not given
    assert (given.workers, given.index) == (2, Path("/srv/ix"))


@pytest.mark.parametrize("env, message", [
    ({"FAHRAS_WORKERS": "two"}, "FAHRAS_WORKERS must be a int"),
    ({"FAHRAS_CSV_MAX_ROWS": "0"}, "must be above 0"),
    ({"FAHRAS_QUERY_TIME_LIMIT": "-1"}, "must be above 0"),
])
def test_a_bad_value_is_refused_with_its_variable_named(env, message):
    with pytest.raises(ValueError, match=message):
        Settings.read(env)


def test_an_unknown_setting_is_refused():
    with pytest.raises(ValueError, match="no such setting"):
        Settings(query_timeout=3)


def test_the_readme_documents_every_setting():
    readme = (ROOT / "README.md").read_text("utf-8")
    for setting in SETTINGS:
        assert f"| `{setting.variable}` | {setting.help} |" in readme


def test_the_web_app_takes_its_settings_from_the_environment_and_its_config(monkeypatch, tmp_path):
    from web import create_app
    monkeypatch.setenv("FAHRAS_CSV_MAX_ROWS", "7")
    monkeypatch.setenv("FAHRAS_INDEX", str(tmp_path / "from-env"))
    app = create_app({"TESTING": True, "QUERY_TIME_LIMIT": 0.25})
    settings = app.extensions["fahras_settings"]
    assert (settings.csv_max_rows, settings.query_time_limit) == (7, 0.25)
    assert app.config["INDEX"] == str(tmp_path / "from-env")
    app = create_app({"INDEX": str(tmp_path / "given")})
    assert app.config["INDEX"] == str(tmp_path / "given")


def test_the_csv_export_obeys_its_row_setting(index_root):
    from web import create_app
    client = create_app({"INDEX": str(index_root), "TESTING": True, "CSV_MAX_ROWS": 2}).test_client()
    response = client.get("/search.csv?q=")
    assert response.headers["X-Rows"] == "2" and int(response.headers["X-Total-Count"]) > 2
