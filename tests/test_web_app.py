"""The app factory: configuration order, and what the site says before an index exists."""
from web import create_app


def test_config_from_environment_and_test_config(tmp_path, monkeypatch):
    monkeypatch.setenv("FAHRAS_INDEX", str(tmp_path / "from-env"))
    assert create_app().config["INDEX"] == str(tmp_path / "from-env")
    app = create_app({"INDEX": str(tmp_path / "from-test"), "TESTING": True})
    assert app.config["INDEX"] == str(tmp_path / "from-test")


def test_default_index_lives_in_the_instance_folder(monkeypatch):
    monkeypatch.delenv("FAHRAS_INDEX", raising=False)
    app = create_app()
    assert app.config["INDEX"].startswith(app.instance_path)


def test_without_an_index_the_site_answers_503_and_says_why(tmp_path):
    client = create_app({"INDEX": str(tmp_path / "none"), "ARCHIVE": "examples/archive"}).test_client()
    page = client.get("/")
    assert page.status_code == 503
    assert b"No search index has been built" in page.data and b"fahras ingest examples/archive" in page.data
    health = client.get("/healthz")
    assert health.status_code == 503 and health.get_json()["status"] == "no_index"


def test_with_an_index_the_home_page_shows_what_it_holds(index_root):
    client = create_app({"INDEX": str(index_root)}).test_client()
    page = client.get("/")
    assert page.status_code == 200
    assert "28 articles · 6 pages".encode() in page.data and b"<bdi>Al Mayadeen</bdi></a>" in page.data
    assert client.get("/healthz").get_json()["status"] == "ok"
