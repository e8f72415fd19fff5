"""Presentation: the Flask app factory. Search logic lives in search/, never here."""
from __future__ import annotations

import os

from flask import Flask
from markupsafe import Markup

from search.display import visible_controls
from search.settings import SETTINGS, Settings


def create_app(test_config: dict | None = None) -> Flask:
    """The settings (search/settings.py): their defaults, then instance/config.py, then FAHRAS_*
    environment variables, then test_config (names in capitals: INDEX, QUERY_TIME_LIMIT…)."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_pyfile("config.py", silent=True)
    if test_config:
        app.config.from_mapping(test_config)
    settings = _settings(app.config, test_config or {})
    app.config["INDEX"] = str(settings.index or os.path.join(app.instance_path, "index"))
    app.config["ARCHIVE"] = str(settings.archive) if settings.archive else None
    app.extensions["fahras_settings"] = settings
    app.json.ensure_ascii = False
    app.jinja_env.finalize = _shown

    from search.reader import LiveIndex

    from . import api, errors, http, meta, views
    app.extensions["fahras_index"] = LiveIndex(app.config["INDEX"])
    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(meta.bp)
    errors.register(app)
    http.register(app)                      # after errors: an overlong request is refused first
    return app


def _settings(config, test_config: dict) -> Settings:
    """instance/config.py below the environment, test_config above it."""
    return Settings.read(os.environ, below={s.name: config.get(s.name.upper()) for s in SETTINGS},
                         **{s.name: test_config.get(s.name.upper()) for s in SETTINGS})


def _shown(value):
    """Every value a template prints: direction controls made visible (search/display.py)."""
    if isinstance(value, Markup):
        return Markup(visible_controls(str(value)))
    return visible_controls(value) if isinstance(value, str) else value
