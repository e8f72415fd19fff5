"""Views: parse the request, call the read side, render."""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify, render_template

bp = Blueprint("web", __name__)


def _index_ready() -> bool:
    return current_app.extensions["fahras_index"].version() is not None


@bp.get("/")
def home():
    """What the index holds; until one is built, says so and how to build it (HTTP 503)."""
    live = current_app.extensions["fahras_index"]
    if live.version() is None:
        return render_template("no_index.html", index_dir=current_app.config["INDEX"],
                               archive=current_app.config["ARCHIVE"]), 503
    return render_template("home.html", stats=live.stats())


@bp.get("/healthz")
def healthz():
    ready = _index_ready()
    body = {"status": "ok" if ready else "no_index", "index": current_app.config["INDEX"]}
    return jsonify(body), 200 if ready else 503
