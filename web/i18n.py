"""The interface in English and Arabic: one table of messages (``messages.toml``), and the
reader's language.

The language of the interface (not of the articles, which keep their own) comes from the ``hl``
parameter (kept in every link the pages build, as Google's search does), else the ``hl`` cookie a
choice sets, else the browser's Accept-Language, else English. Pages say it in ``<html lang dir>``.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from flask import Flask, g, request, url_for

from search.lexicon import script_of

from .params import current_args

LANGUAGES = ("en", "ar")
DIRECTION = {"en": "ltr", "ar": "rtl"}
COOKIE = "hl"
COOKIE_SECONDS = 365 * 24 * 3600


def _load_words() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, ...]]]:
    """web/messages.toml: [messages] key -> (English, Arabic); [counted] key -> (English
    singular, English plural, Arabic for 1, for 2, for 3-10, for 11 and more)."""
    data = tomllib.loads((Path(__file__).parent / "messages.toml").read_text("utf-8"))
    return ({k: tuple(v) for k, v in data["messages"].items()},
            {k: tuple(v) for k, v in data["counted"].items()})


MESSAGES, COUNTED = _load_words()


def ui_language() -> str:
    """The interface language of this request."""
    if "hl" not in g:
        asked = request.args.get("hl") or request.cookies.get(COOKIE)
        if asked not in LANGUAGES:
            asked = request.accept_languages.best_match(LANGUAGES, default="en")
        g.hl = asked
    return g.hl


def t(key: str, **values) -> str:
    text = MESSAGES[key][LANGUAGES.index(ui_language())]
    return text.format(**values) if values else text


def counted(key: str, n: int) -> str:
    """A count with its noun in the interface language: "1 article", "12,379 مقالة"."""
    forms = COUNTED[key]
    shown = f"{n:,}"
    if ui_language() == "en":
        return (forms[0] if n == 1 else forms[1]).format(n=shown)
    form = forms[2] if n == 1 else forms[3] if n == 2 else forms[4] if 3 <= n % 100 <= 10 else forms[5]
    return form.format(n=shown)


def switch_url() -> str:
    """This page in the other interface language."""
    other = "ar" if ui_language() == "en" else "en"
    args = current_args()
    args["hl"] = [other]
    return url_for(request.endpoint or "web.home", **(request.view_args or {}), **args)


def keep_language() -> dict[str, str]:
    """The ``hl`` parameter a link keeps, if the page was asked for with one."""
    return {"hl": request.args["hl"]} if request.args.get("hl") in LANGUAGES else {}


def link(endpoint: str, **values) -> str:
    """``url_for`` keeping the interface language of the page."""
    return url_for(endpoint, **values, **keep_language())


def register(app: Flask) -> None:
    app.jinja_env.globals.update(t=t, counted=counted, ui_language=ui_language,
                                 ui_direction=lambda: DIRECTION[ui_language()],
                                 switch_url=switch_url, keep_language=keep_language, link=link,
                                 script_of=script_of)
    app.after_request(_remember)


def _remember(response):
    """A language chosen with ``hl`` is remembered; pages vary with the cookie and the browser's."""
    chosen = request.args.get("hl")
    if chosen in LANGUAGES and request.cookies.get(COOKIE) != chosen:
        response.set_cookie(COOKIE, chosen, max_age=COOKIE_SECONDS, samesite="Lax")
    if response.mimetype == "text/html":
        response.vary.add("Cookie")
        response.vary.add("Accept-Language")
    return response
