"""Variants of tests/style_catalogue.py written by a helper as the second blind group (2026-12-05),
after the first one (tests/style_held2.py) was opened; chosen for being printed by real news sites
and aggregator blogs (English and Arabic) and for differing from every tune, held and held2
variant, never for defeating the ingester. Scored blind while the ingester was worked on (from
recall 0.734, precision 0.861, dates 0.687, printed outlets 0.385 to 0.943 / 0.945 / 0.914 /
0.729), opened on 2026-12-05 (second session) and since then group "held3": looked at, like
"held" and "held2". The next blind group was tests/style_held4.py.

Rows in the catalogue's format (dimension, variant name, group, language, spec[, weight]), all in
group "held3"; tests/style_catalogue.py appends them to its table, and ``--styles held3`` draws
only from them (plus SHARED below).

Datelines may use, besides the fields of ``date_fields``, those of tests/style_fields.py. Numeric dates put the day before the
month; weekday fields are the real weekday of the date; every dateline prints the Gregorian day
and month, and all but one the year.

Where the generator can print nothing new, the dimension is shared (tune/held values):

    order         all six orders of the three header slots are taken: three are shared
    title_repeat  header_lines prints no placement that is not taken: two are shared
    para_gap      gap_lines prints four gaps, all taken: two are shared
    meta_gap      render_article prints three, all taken: two are shared
    encoding      the four tune/held (codec, line end) pairs are shared, with their weights
    block_gap     a new count (the spec is a number of blank lines)
"""
from __future__ import annotations

from .style_fields import Dateline

_D = Dateline

ROWS = [
    # -- datelines
    ("dateline", "held3-d01", "held3", "en", _D("Published On {d} {Mon} {Y}")),
    ("dateline", "held3-d02", "held3", "en", _D("{Weekday}, {d} {Month}, {Y} - {HM}")),
    ("dateline", "held3-d03", "held3", "en", _D("{Mon} {d}, {Y}, {HM} IST")),
    ("dateline", "held3-d04", "held3", "en", _D("Published {hm} {AMPM} EST, {Wkd} {Month} {d}, {Y}")),
    ("dateline", "held3-d05", "held3", "en", _D("Posted on {Month} {d}, {Y}")),
    ("dateline", "held3-d06", "held3", "en", _D("{MON} {dd}, {Y} {hm} {AMPM}")),
    ("dateline", "held3-d07", "held3", "en", _D("{dd}-{mm}-{Y} {hm} {AMPM}")),
    ("dateline", "held3-d08", "held3", "en", _D("{Month} {d} at {hm} {AMPM}")),
    ("dateline", "held3-d09", "held3", "ar", _D("{arwd} {hd} {hmon} {hY}هـ - {d} {msa} {Y}م")),
    ("dateline", "held3-d10", "held3", "ar", _D("{d}/{m}/{Y} {hm} {ar_ampm} (بتوقيت مكة المكرمة)")),
    ("dateline", "held3-d11", "held3", "ar", _D("{dd} {mag} {Y} | {HM}")),
    ("dateline", "held3-d12", "held3", "ar", _D("{arwd} - {hd} {hmon} {hY} هـ - {dd} {msa} {Y} مـ")),
    ("dateline", "held3-d13", "held3", "ar", _D("{arwd}، {dd} {msa} {Y} {hm} {ar_ampm} بتوقيت غرينتش")),
    ("dateline", "held3-d14", "held3", "ar", _D("تاريخ الإضافة: {arwd} {d} {lev} {Y}")),
    ("dateline", "held3-d15", "held3", "ar", _D("{HM} GMT {dd}.{mm}.{Y}")),
    # -- credits naming the outlet
    ("credit", "held3-c01", "held3", "en", ("bottom", "Read the original article on {o}.")),
    ("credit", "held3-c02", "held3", "en", ("bottom", "This article is republished from {o} under a Creative Commons license.")),
    ("credit", "held3-c03", "held3", "en", ("bottom", "H/T {o}")),
    ("credit", "held3-c04", "held3", "en", ("top", "Provided by {o}")),
    ("credit", "held3-c05", "held3", "ar", ("bottom", "هذا المحتوى مقدم من {o}")),
    ("credit", "held3-c06", "held3", "ar", ("top", "مصدر الخبر: {o}")),
    ("credit", "held3-c07", "held3", "ar", ("bottom", "* خدمة «{o}»")),
    ("credit", "held3-c08", "held3", "ar", ("top", "بالتعاون مع {o}")),
    ("credit", "held3-c09", "held3", "ar", ("bottom", "جميع حقوق النشر محفوظة لـ{o}")),
    # -- bylines
    ("byline", "held3-b01", "held3", "en", "Words by {a}"),
    ("byline", "held3-b02", "held3", "en", "Story by {a}"),
    ("byline", "held3-b03", "held3", "en", "{a} and {b}, {o}"),
    ("byline", "held3-b04", "held3", "en", "Opinion by {a}"),
    ("byline", "held3-b05", "held3", "ar", "الكاتب: {a}"),
    ("byline", "held3-b06", "held3", "ar", "متابعة: {a}"),
    ("byline", "held3-b07", "held3", "ar", "ترجمة: {a}"),
    ("byline", "held3-b08", "held3", "ar", "رصد: {a}"),
    ("byline", "held3-b09", "held3", "ar", "{a} و{b} | {o}"),
    # -- header block (order and title_repeat: SHARED)
    ("deck", "held3-k01", "held3", "*", "{label} | {lead}"),
    ("deck", "held3-k02", "held3", "*", "{lq}{lead}{rq} — {speaker}"),
    # -- section headers
    ("section", "held3-s01", "held3", "en", "Read next"),
    ("section", "held3-s02", "held3", "en", "Related coverage"),
    ("section", "held3-s03", "held3", "en", "Trending now"),
    ("section", "held3-s04", "held3", "ar", "اخترنا لكم"),
    ("section", "held3-s05", "held3", "ar", "أخبار متعلقة"),
    ("section", "held3-s06", "held3", "ar", "عناوين أخرى"),
    # -- appeals and other recurring boilerplate lines (variations of one line)
    ("appeal", "held3-a01", "held3", "en", (
        "The views expressed in this article are the author's own.",
        "The views expressed in this article are the author's own and do not necessarily reflect "
        "the editorial policy of {site}.")),
    ("appeal", "held3-a02", "held3", "en", ("Follow us on Google News", "Follow {site} on Google News")),
    ("appeal", "held3-a03", "held3", "en", ("Subscribe to our YouTube channel",
                                            "Watch more videos on our YouTube channel")),
    ("appeal", "held3-a04", "held3", "ar", ("المقالات المنشورة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الموقع",
                                            "الآراء الواردة في المقال تعبر عن رأي كاتبها فقط")),
    ("appeal", "held3-a05", "held3", "ar", ("اشترك في قناتنا على يوتيوب",
                                            "اشتركوا في قناتنا على يوتيوب ليصلكم كل جديد")),
    ("appeal", "held3-a06", "held3", "ar", ("للتواصل مع هيئة التحرير: news@{site}",
                                            "راسلونا على البريد الإلكتروني: news@{site}")),
    ("appeal", "held3-a07", "held3", "ar", ("يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك",
                                            "باستمرارك في تصفح الموقع فإنك توافق على استخدام ملفات تعريف الارتباط")),
    ("more_link", "held3-m01", "held3", "en", "(more…)"),
    ("more_link", "held3-m02", "held3", "ar", "اقرأ المزيد"),
    # -- spacing (para_gap, meta_gap, encoding: SHARED)
    ("block_gap", "held3-g01", "held3", "*", 4),
]

# (dimension, variant name) of tune/held variants the blind group draws too, where the generator
# can print no new value (see the docstring).
SHARED = {
    ("order", "byline date credit"), ("order", "credit date byline"), ("order", "date byline credit"),
    ("title_repeat", "after_title"), ("title_repeat", "after_meta"),
    ("para_gap", "blank"), ("para_gap", "tight"),
    ("meta_gap", "compact"), ("meta_gap", "spaced"),
    ("encoding", "utf8_lf"), ("encoding", "utf8_bom"), ("encoding", "utf8_crlf"), ("encoding", "cp1256"),
}
