"""Views: parse the request, call the read side, render."""
from __future__ import annotations

import os

from flask import Blueprint, current_app, jsonify, render_template

bp = Blueprint("web", __name__)


def _index_ready() -> bool:
    folder = current_app.config["INDEX_DIR"]
    return os.path.isdir(folder) and any(name.endswith(".toc") for name in os.listdir(folder))


@bp.get("/")
def home():
    """Until an index is built the site says so, and where it looks for one (HTTP 503)."""
    return render_template("no_index.html", index_dir=current_app.config["INDEX_DIR"],
                           archive=current_app.config["ARCHIVE"]), 503


@bp.get("/healthz")
def healthz():
    ready = _index_ready()
    body = {"status": "ok" if ready else "no_index", "index_dir": current_app.config["INDEX_DIR"]}
    return jsonify(body), 200 if ready else 503
