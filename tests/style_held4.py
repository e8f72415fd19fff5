"""Variants of tests/style_catalogue.py written by a helper as the third blind group (2026-12-05),
after the second one (tests/style_held3.py) was opened; chosen for being printed by real English
and Arabic news sites, wire services and blogs (site defaults, Gulf, Levant, Maghreb and Egyptian
papers), and for differing from every tune, tune2, held, held2 and held3 variant, never for
defeating the ingester. Scored blind while the ingester was worked on (from recall 0.966,
precision 0.965, dates 0.959, printed outlets 0.899, duplicates 0.901 to 0.974 / 0.970 / 0.992 /
0.981 / 0.943), opened on 2026-12-05 (fourth session) and since then group "held4": looked at,
like "held", "held2" and "held3". The new blind group is tests/style_blind.py.

Rows in the catalogue's format (dimension, variant name, group, language, spec[, weight]), all in
group "held4"; tests/style_catalogue.py appends them to its table, and ``--styles held4`` draws
only from them (plus SHARED below).

Datelines may use, besides the fields of ``date_fields``, those of tests/style_fields.py.
Numeric dates put the day before the month; weekday fields are the real weekday of the date;
every dateline prints the Gregorian day and month and the year.

Where the generator can print nothing new, the dimension is shared (values of other groups):

    order         all six orders of the three header slots are taken: three are shared
    title_repeat  header_lines prints no placement that is not taken: two are shared
    para_gap      gap_lines prints four gaps, all taken: three are shared
    meta_gap      render_article prints three, all taken: two are shared
    encoding      every (codec, line end) pair the generator and the truth test can write and
                  read is taken: all five are shared, with their weights
    block_gap     a new count (the spec is a number of blank lines)
"""
from __future__ import annotations

from .style_fields import Dateline

_D = Dateline

ROWS = [
    # -- datelines
    ("dateline", "held4-d01", "held4", "en", _D("{Month} {d}, {Y} at {hm} {ampm}")),
    ("dateline", "held4-d02", "held4", "en", _D("Updated {hm} {AMPM} GMT+3, {Month} {d}, {Y}")),
    ("dateline", "held4-d03", "held4", "en", _D("Published: {Wkd} {d} {Mon} {Y}, {hm} {AMPM}")),
    ("dateline", "held4-d04", "held4", "en", _D("Updated {dd} {Month} {Y}")),
    ("dateline", "held4-d05", "held4", "en", _D("{Wkd}, {Month} {dth}, {Y}")),
    ("dateline", "held4-d06", "held4", "en", _D("{Weekday} {d} {Mon} {Y}")),
    ("dateline", "held4-d07", "held4", "en", _D("{d} {Mon} {Y}, {hm} {AMPM} GST")),
    ("dateline", "held4-d08", "held4", "ar", _D("{d}-{m}-{Y} | {HM}")),
    ("dateline", "held4-d09", "held4", "ar", _D("{arwd} {dd} {msa} {Y}م الموافق {hd} {hmon} {hY}هـ")),
    ("dateline", "held4-d10", "held4", "ar", _D("{arwd} {d_i}/{m_i}/{Y_i}")),
    ("dateline", "held4-d11", "held4", "ar", _D("{arwd} {d} {mor} {Y} - {HM}")),
    ("dateline", "held4-d12", "held4", "ar", _D("التاريخ: {dd} {msa} {Y}")),
    ("dateline", "held4-d13", "held4", "ar", _D("{arwd} {d} {lev} {Y}")),
    ("dateline", "held4-d14", "held4", "ar", _D("{dd}-{mm}-{Y} {hm} {ar_ampm}")),
    ("dateline", "held4-d15", "held4", "ar", _D("{arwd} {d} {msa} {Y} | {hm} {ar_ampm} بتوقيت القاهرة")),
    # -- credits naming the outlet
    ("credit", "held4-c01", "held4", "en", ("top", "Source: {o}")),
    ("credit", "held4-c02", "held4", "en", ("bottom", "This post originally appeared on {o} and is "
                                                      "republished here with permission.")),
    ("credit", "held4-c03", "held4", "en", ("bottom", "Copyright {o}. All rights reserved.")),
    ("credit", "held4-c04", "held4", "en", ("top", "Published by {o}")),
    ("credit", "held4-c05", "held4", "ar", ("bottom", "المصدر: موقع {o}")),
    ("credit", "held4-c06", "held4", "ar", ("top", "بيروت - {o}")),
    ("credit", "held4-c07", "held4", "ar", ("bottom", "نُشر هذا المقال في الأصل على موقع {o}")),
    ("credit", "held4-c08", "held4", "ar", ("top", "فريق تحرير {o}")),
    ("credit", "held4-c09", "held4", "ar", ("bottom", "المقال مترجم عن {o}")),
    # -- bylines
    ("byline", "held4-b01", "held4", "en", "By {a} and {b}"),
    ("byline", "held4-b02", "held4", "en", "By {a}, Special to {o}"),
    ("byline", "held4-b03", "held4", "en", "Reported by {a}"),
    ("byline", "held4-b04", "held4", "en", "{a}, Contributor"),
    ("byline", "held4-b05", "held4", "ar", "بقلم / {a}"),
    ("byline", "held4-b06", "held4", "ar", "تحقيق: {a}"),
    ("byline", "held4-b07", "held4", "ar", "إعداد: {a} و{b}"),
    ("byline", "held4-b08", "held4", "ar", "{o} - {a}"),
    ("byline", "held4-b09", "held4", "ar", "بواسطة {a}"),
    # -- header block (order and title_repeat: SHARED)
    ("deck", "held4-k01", "held4", "*", "{lead} […]"),
    ("deck", "held4-k02", "held4", "*", "{label} - {lead}"),
    # -- section headers
    ("section", "held4-s01", "held4", "en", "Related Posts"),
    ("section", "held4-s02", "held4", "en", "More Stories"),
    ("section", "held4-s03", "held4", "en", "Latest News"),
    ("section", "held4-s04", "held4", "ar", "مقالات ذات صلة"),
    ("section", "held4-s05", "held4", "ar", "أخبار قد تهمك"),
    ("section", "held4-s06", "held4", "ar", "الأكثر تداولاً"),
    # -- appeals and other recurring boilerplate lines (variations of one line)
    ("appeal", "held4-a01", "held4", "en", ("Advertisement", "ADVERTISEMENT",
                                            "Story continues below advertisement")),
    ("appeal", "held4-a02", "held4", "en", (
        "We use cookies to improve your experience on our website.",
        "This website uses cookies. By continuing to use {site}, you agree to our use of cookies.")),
    ("appeal", "held4-a03", "held4", "en", ("Follow our WhatsApp channel",
                                            "Join our WhatsApp channel for the latest updates")),
    ("appeal", "held4-a04", "held4", "en", ("Sign up for breaking news alerts",
                                            "Get breaking news alerts from {site}")),
    ("appeal", "held4-a05", "held4", "ar", ("إعلان", "- إعلان -", "مساحة إعلانية")),
    ("appeal", "held4-a06", "held4", "ar", ("تابعوا آخر الأخبار عبر جوجل نيوز",
                                            "تابعونا على Google News")),
    ("appeal", "held4-a07", "held4", "ar", ("طباعة", "طباعة الخبر", "نسخة للطباعة")),
    ("more_link", "held4-m01", "held4", "en", "Read more"),
    ("more_link", "held4-m02", "held4", "ar", "اقرأ الخبر من المصدر"),
    # -- spacing (para_gap, meta_gap, encoding: SHARED)
    ("block_gap", "held4-g01", "held4", "*", 5),
]

# (dimension, variant name) of other groups' variants the held4 group draws too, where the
# generator can print no new value (see the docstring).
SHARED = {
    ("order", "date credit byline"), ("order", "credit byline date"), ("order", "held2-o01"),
    ("title_repeat", "after_byline"), ("title_repeat", "held2-t01"),
    ("para_gap", "blank"), ("para_gap", "mostly_blank"), ("para_gap", "double"),
    ("meta_gap", "compact"), ("meta_gap", "glued"),
    ("encoding", "utf8_lf"), ("encoding", "utf8_bom"), ("encoding", "utf8_crlf"), ("encoding", "cp1256"),
    ("encoding", "held2-e01"),
}
