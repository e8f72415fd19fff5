"""pytest plugin for the run of Whoosh's own test suite (tests/test_whoosh_suite.py loads it with
``-p fahras_patches``; not a test module of the project).

Before any Whoosh test is collected it imports ``index``, as the rebuild, the update and the web
workers do (the package imports ``index.whoosh_fixes``, which patches Whoosh), and makes Whoosh's
default codec the project's (``whoosh_fixes.codec()``, what every Fahras writer is given), so that
the plain ``ix.writer()`` of Whoosh's tests writes as Fahras does. At the end it writes what ran
(each test's outcome, collection errors, the patches and how often the codec was asked for) as
JSON to the file named by FAHRAS_WHOOSH_REPORT.
"""
from __future__ import annotations

import json
import os

import whoosh.codec
from whoosh.codec import whoosh3

import index  # noqa: F401  (imports index.whoosh_fixes: Whoosh is patched from here on)
from index import whoosh_fixes

_codecs_made = 0
_outcomes: dict[str, str] = {}
_collect_errors: dict[str, str] = {}
_collected = 0


def _project_codec(*args, **kwargs):
    """whoosh.codec.default_codec, giving the codec every Fahras writer gets (with any other
    setting a test asks for, such as a block limit, on top)."""
    global _codecs_made
    _codecs_made += 1
    if not args and not kwargs:
        return whoosh_fixes.codec()
    if len(args) < 3:                                   # W3Codec(blocklimit, compression, inlinelimit)
        kwargs.setdefault("inlinelimit", whoosh_fixes.INLINE_LIMIT)
    return whoosh3.W3Codec(*args, **kwargs)


whoosh.codec.default_codec = _project_codec


def pytest_report_header(config):
    return (f"fahras: index.whoosh_fixes patches {sum(whoosh_fixes.applied().values())}/"
            f"{len(whoosh_fixes.PATCHES)} applied; default codec inlinelimit={whoosh_fixes.INLINE_LIMIT}")


def pytest_collectreport(report):
    if report.failed:
        _collect_errors[report.nodeid] = str(report.longrepr)[-2000:]


def pytest_collection_finish(session):
    global _collected
    _collected = len(session.items)


def pytest_runtest_logreport(report):
    """One outcome per test: failed if any phase failed, else skipped if skipped, else passed."""
    if report.failed:
        _outcomes[report.nodeid] = "failed"
    elif report.skipped:
        _outcomes.setdefault(report.nodeid, "xfailed" if hasattr(report, "wasxfail") else "skipped")
    elif report.when == "call":
        _outcomes.setdefault(report.nodeid, "xpassed" if hasattr(report, "wasxfail") else "passed")


def pytest_sessionfinish(session, exitstatus):
    path = os.environ.get("FAHRAS_WHOOSH_REPORT")
    if not path:
        return
    report = {"collected": _collected, "outcomes": _outcomes, "collect_errors": _collect_errors,
              "applied": whoosh_fixes.applied(), "codecs_made": _codecs_made}
    report["default_codec_inlinelimit"] = whoosh.codec.default_codec()._inlinelimit
    with open(path, "w", encoding="utf-8") as out:
        json.dump(report, out, indent=1, sort_keys=True)
