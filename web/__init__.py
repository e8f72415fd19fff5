"""Presentation: the Flask app factory. Search logic lives in search/, never here."""
from __future__ import annotations

import os

from flask import Flask
from markupsafe import Markup

from search.display import visible_controls


def create_app(test_config: dict | None = None) -> Flask:
    """Defaults, then instance/config.py, then FAHRAS_* environment variables (FAHRAS_INDEX,
    FAHRAS_ARCHIVE), then test_config."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        INDEX=os.path.join(app.instance_path, "index"),
        ARCHIVE=None,
        JSON_AS_ASCII=False,
    )
    app.config.from_pyfile("config.py", silent=True)
    app.config.from_prefixed_env("FAHRAS")
    if test_config:
        app.config.from_mapping(test_config)
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


def _shown(value):
    """Every value a template prints: direction controls made visible (search/display.py)."""
    if isinstance(value, Markup):
        return Markup(visible_controls(str(value)))
    return visible_controls(value) if isinstance(value, str) else value
