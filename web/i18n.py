"""The interface in English and Arabic: one table of messages, and the reader's language.

The language of the interface (not of the articles, which keep their own) comes from the ``hl``
parameter (kept in every link the pages build, as Google's search does), else the ``hl`` cookie a
choice sets, else the browser's Accept-Language, else English. Pages say it in ``<html lang dir>``.
"""
from __future__ import annotations

from flask import Flask, g, request, url_for

from .params import current_args

LANGUAGES = ("en", "ar")
DIRECTION = {"en": "ltr", "ar": "rtl"}
COOKIE = "hl"
COOKIE_SECONDS = 365 * 24 * 3600

# key -> (English, Arabic). Plurals: "{n}" forms below are chosen by plural().
MESSAGES: dict[str, tuple[str, str]] = {
    "search": ("Search", "بحث"),
    "search_label": ("Search the archive", "ابحث في الأرشيف"),
    "placeholder": ("Words, \"a phrase\", outlet:…, سليماني", "كلمات، \"عبارة\"، outlet:…، Soleimani"),
    "skip": ("Skip to the results", "انتقل إلى النتائج"),
    "other_language": ("العربية", "English"),
    "home": ("Fahras home", "الصفحة الرئيسية لفهرس"),
    "results": ("Search results", "نتائج البحث"),
    "browse": ("Newest articles", "أحدث المقالات"),
    "filters": ("Filters", "المرشّحات"),
    "outlet": ("Outlet", "الوسيلة الإعلامية"),
    "outlets": ("Outlets", "الوسائل الإعلامية"),
    "lang": ("Language", "اللغة"),
    "person": ("People", "الأشخاص"),
    "org": ("Organizations", "المنظمات"),
    "place": ("Places", "الأماكن"),
    "date": ("Date", "التاريخ"),
    "ar": ("Arabic", "العربية"),
    "en": ("English", "الإنجليزية"),
    "from": ("From", "من"),
    "to": ("To", "إلى"),
    "date_hint": ("YYYY, YYYY-MM or YYYY-MM-DD", "سنة، أو سنة-شهر، أو سنة-شهر-يوم"),
    "sort": ("Sort", "الترتيب"),
    "relevance": ("Best match", "الأكثر صلة"),
    "newest": ("Newest first", "الأحدث أولًا"),
    "oldest": ("Oldest first", "الأقدم أولًا"),
    "apply": ("Apply", "تطبيق"),
    "remove_filter": ("Remove this filter", "إزالة هذا المرشّح"),
    "remove_dates": ("Remove the date range", "إزالة نطاق التاريخ"),
    "for_query": ("for", "عن"),
    "quote_open": ("“", "«"),
    "quote_close": ("”", "»"),
    "no_results": ("No articles found", "لم يُعثر على مقالات"),
    "try_removing": ("Try removing a filter:", "جرّب إزالة أحد المرشّحات:"),
    "without": ("without", "بدون"),
    "any_date": ("any date", "أي تاريخ"),
    "check_spelling": ("Check the spelling, use fewer words, or try the word in the other language.",
                       "تحقّق من الإملاء، أو استخدم كلمات أقل، أو جرّب الكلمة باللغة الأخرى."),
    "partial": ("This search took too long and was stopped: the counts are those found so far (at "
                "least this many), and later pages may be missing. Add words or filters.",
                "استغرق هذا البحث وقتًا طويلًا فأُوقف: الأعداد هي ما عُثر عليه حتى الآن (على الأقل)، "
                "وقد تنقص الصفحات اللاحقة. أضف كلمات أو مرشّحات."),
    "undated": ("undated", "بلا تاريخ"),
    "unknown_outlet": ("outlet unknown", "المصدر غير معروف"),
    "csv": ("Download CSV", "تنزيل CSV"),
    "feed": ("Atom feed", "خلاصة Atom"),
    "previous": ("Previous", "السابق"),
    "next": ("Next", "التالي"),
    "pages_nav": ("Result pages", "صفحات النتائج"),
    "page_n": ("Page {n}", "الصفحة {n}"),
    "histogram": ("Matching articles by {unit}", "المقالات المطابقة حسب {unit}"),
    "year": ("year", "السنة"),
    "month": ("month", "الشهر"),
    "no_articles_between": ("No articles {a} to {b}", "لا مقالات من {a} إلى {b}"),
    "year_inferred": ("year inferred", "السنة مستنتجة"),
    "inferred": ("inferred", "مستنتج"),
    "back": ("Back to the results", "العودة إلى النتائج"),
    "more_like_this": ("More like this", "مقالات مشابهة"),
    "in_other_language": ("On the same people and places, in the other language",
                          "عن الأشخاص والأماكن نفسها، باللغة الأخرى"),
    "lines": ("lines", "الأسطر"),
    "archived_page": ("Archived page", "الصفحة المؤرشفة"),
    "view_page": ("view the page", "عرض الصفحة"),
    "page_address": ("Published at", "نُشرت على"),
    "no_address": ("The page names no web address of its own.", "لا تذكر الصفحة عنوانًا لها على الويب."),
    "state_same": ("The file is the one that was indexed.", "الملف هو نفسه الذي فُهرس."),
    "state_changed": ("The file has changed since it was indexed: run `fahras update` to index it again.",
                      "تغيّر الملف منذ فهرسته: شغّل ‎`fahras update`‎ لإعادة فهرسته."),
    "state_missing": ("The file is no longer in the archive folder; what the index took from it is listed below.",
                      "لم يعد الملف في مجلد الأرشيف؛ ما أخذه الفهرس منه مذكور أدناه."),
    "state_unreadable": ("The file can no longer be read as text.", "لم يعد من الممكن قراءة الملف نصًّا."),
    "articles_on_page": ("Articles the index took from this page", "المقالات التي أخذها الفهرس من هذه الصفحة"),
    "page_text": ("The page as archived", "الصفحة كما أُرشفت"),
    "page_text_html": ("The page's text as the ingester read it", "نص الصفحة كما قرأه المُدخِل"),
    "built": ("index built", "بُني الفهرس"),
    "invalid_query": ("That query cannot be run", "لا يمكن تنفيذ هذا الاستعلام"),
    "not_found": ("Not found", "غير موجود"),
    "no_index": ("No index yet", "لا يوجد فهرس بعد"),
    "error": ("Error", "خطأ"),
    "back_home": ("Back to the search page", "العودة إلى صفحة البحث"),
}

# Counted phrases: (English singular, English plural, Arabic for 1, for 2, for 3-10, for 11+).
COUNTED: dict[str, tuple[str, str, str, str, str, str]] = {
    "articles": ("{n} article", "{n} articles", "مقالة واحدة", "مقالتان", "{n} مقالات", "{n} مقالة"),
    "pages": ("{n} page", "{n} pages", "صفحة واحدة", "صفحتان", "{n} صفحات", "{n} صفحة"),
    "copies": ("in {n} blog post", "in {n} blog posts", "في تدوينة واحدة", "في تدوينتين",
               "في {n} تدوينات", "في {n} تدوينة"),
    "appeared": ("Appeared on {n} page", "Appeared on {n} pages", "نُشر في صفحة واحدة", "نُشر في صفحتين",
                 "نُشر في {n} صفحات", "نُشر في {n} صفحة"),
}


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
                                 switch_url=switch_url, keep_language=keep_language, link=link)
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
