"""BLIND GROUP: the engineers tuning the ingester must not open this file.

Variants of tests/style_catalogue.py written by a helper as the fourth blind group (2026-12-05),
after the third one (tests/style_held4.py) was opened; chosen for being printed by real English
and Arabic news sites, wire services, newspapers and blogs (Western wires and papers, Gulf,
Levant, Egyptian, Maghreb, Iraqi and Iranian outlets in English and Arabic, aggregator and
WordPress blogs), and for differing from every tune, tune2, held, held2, held3 and held4 variant
(by name and by spec), never for defeating or pleasing the ingester: no ingester was run on an
archive of this group while it was written, and its scores were not looked at. Variant names are
opaque on purpose: they end up in truth.jsonl, which the engineers may see.

Rows in the catalogue's format (dimension, variant name, group, language, spec[, weight]), all in
group "blind"; tests/style_catalogue.py appends them to its table, and ``--styles blind`` draws
only from them (plus SHARED below).

Datelines may use, besides the fields of ``date_fields``, those of tests/style_fields.py and the
few more of ``_Line`` below. Numeric dates put the day before the month; weekday fields are the
real weekday of the date; every dateline prints the Gregorian day, month and year.

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

from .style_fields import INDIC, Dateline


class _Line(Dateline):
    """A dateline template with, besides Dateline's fields:

        {arwd_h}     the Arabic weekday as Egyptian sites spell Monday (الإثنين)
        {hm0}        the 12-hour clock with a leading zero (09:05)
        {HMdot}      the 24-hour clock with a dot (09.05)
        {HM_i}       the 24-hour clock in Arabic-Indic digits
        {ar_ampm_w}  صباحاً / مساءً
    """

    def format(self, *args, **fields) -> str:
        hour, minute = fields["HM"].split(":")
        more = {"arwd_h": fields["arwd"].replace("الاثنين", "الإثنين"),
                "hm0": f"{(int(hour) - 1) % 12 + 1:02d}:{minute}", "HMdot": f"{hour}.{minute}",
                "HM_i": fields["HM"].translate(INDIC),
                "ar_ampm_w": "صباحاً" if int(hour) < 12 else "مساءً"}
        return super().format(*args, **{**more, **fields})


_D = _Line

ROWS = [
    # -- datelines
    ("dateline", "blind-d01", "blind", "en", _D("{Mon} {dd},{Y} - Last updated at {Mon} {dd},{Y}")),
    ("dateline", "blind-d02", "blind", "en", _D("{Month}, {dd}, {Y} - {HM}")),
    ("dateline", "blind-d03", "blind", "en", _D("{Weekday}, {dd} {Month} {Y} {hm} {AMPM} [ Last Update: "
                                                "{Weekday}, {dd} {Month} {Y} {hm} {AMPM} ]")),
    ("dateline", "blind-d04", "blind", "en", _D("Published on: {dd}/{mm}/{Y} - {HM}")),
    ("dateline", "blind-d05", "blind", "en", _D("{ap} {d}, {Y} / {hm} {AMPM}")),
    ("dateline", "blind-d06", "blind", "en", _D("Last modified on {Wkd} {d} {Mon} {Y} {HMdot} GMT")),
    ("dateline", "blind-d07", "blind", "en", _D("{dd}.{mm}.{Y} - Update : {dd}.{mm}.{Y}")),
    ("dateline", "blind-d08", "blind", "ar", _D("{arwd_h}، {dd} {msa} {Y} {hm0} {ar_ampm}")),
    ("dateline", "blind-d09", "blind", "ar", _D("نشر في: {dd} {msa} ,{Y}: {hm0} {ar_ampm} GST")),
    ("dateline", "blind-d10", "blind", "ar", _D("{arwd}, {dd} {mag} {Y} {HM}")),
    ("dateline", "blind-d11", "blind", "ar", _D("نشر في {d} {mor} {Y} على الساعة {HM}")),
    ("dateline", "blind-d12", "blind", "ar", _D("{d_i} {msa} {Y_i}، {HM_i}")),
    ("dateline", "blind-d13", "blind", "ar", _D("{hd} {hmon} {hY} هـ الموافق {dd} {msa} {Y} م")),
    ("dateline", "blind-d14", "blind", "ar", _D("نشر بتاريخ: {dd}/{mm}/{Y} ( آخر تحديث: {dd}/{mm}/{Y} "
                                                "الساعة: {HM} )")),
    ("dateline", "blind-d15", "blind", "ar", _D("{d} {msa} {Y} {hm0} {ar_ampm_w}")),
    # -- credits naming the outlet
    ("credit", "blind-c01", "blind", "en", ("top", "{o} and news agencies")),
    ("credit", "blind-c02", "blind", "en", ("bottom", "With files from {o}")),
    ("credit", "blind-c03", "blind", "en", ("bottom", "Material from {o} was used in this report.")),
    ("credit", "blind-c04", "blind", "en", ("bottom", "Read more at {o}")),
    ("credit", "blind-c05", "blind", "ar", ("bottom", "المصدر: {o} بتصرف")),
    ("credit", "blind-c06", "blind", "ar", ("bottom", "للاطلاع على النص الأصلي: {o}")),
    ("credit", "blind-c07", "blind", "ar", ("top", "عواصم - {o}")),
    ("credit", "blind-c08", "blind", "ar", ("bottom", "يُنشر هذا التقرير بالاتفاق مع {o}")),
    ("credit", "blind-c09", "blind", "ar", ("bottom", "ظهر هذا المقال أولاً على {o}")),
    # -- bylines
    ("byline", "blind-b01", "blind", "en", "{a} is a freelance journalist based in Beirut."),
    ("byline", "blind-b02", "blind", "en", "{o}'s {a} and {b} contributed to this report."),
    ("byline", "blind-b03", "blind", "en", "Compiled by {a}"),
    ("byline", "blind-b04", "blind", "en", "By {a}, Middle East Correspondent"),
    ("byline", "blind-b05", "blind", "ar", "{a} - كاتب وباحث سياسي"),
    ("byline", "blind-b06", "blind", "ar", "(إعداد {a} للنشرة العربية - تحرير {b})"),
    ("byline", "blind-b07", "blind", "ar", "بقلم رئيس التحرير: {a}"),
    ("byline", "blind-b08", "blind", "ar", "{a} - مدير مكتب {o} في بغداد"),
    ("byline", "blind-b09", "blind", "ar", "القاهرة: {a} و{b}"),
    # -- header block (order and title_repeat: SHARED)
    ("deck", "blind-k01", "blind", "*", "{label}: {lq}{lead}{rq}"),
    ("deck", "blind-k02", "blind", "*", "{lead} ({label})"),
    # -- section headers
    ("section", "blind-s01", "blind", "en", "More in Middle East"),
    ("section", "blind-s02", "blind", "en", "Around the Web"),
    ("section", "blind-s03", "blind", "en", "Must Read"),
    ("section", "blind-s04", "blind", "ar", "مقالات أخرى للكاتب"),
    ("section", "blind-s05", "blind", "ar", "مختارات المحرر"),
    ("section", "blind-s06", "blind", "ar", "ربما فاتك"),
    # -- appeals and other recurring boilerplate lines (variations of one line)
    ("appeal", "blind-a01", "blind", "en", ("Subscribe to continue reading",
                                            "Subscribe now to read the full article",
                                            "You have reached your limit of free articles this month.")),
    ("appeal", "blind-a02", "blind", "en", ("Listen to our podcast",
                                            "Listen to our daily news podcast on Spotify and Apple Podcasts")),
    ("appeal", "blind-a03", "blind", "en", ("Follow us on Instagram", "Follow us on Instagram: @{handle}")),
    ("appeal", "blind-a04", "blind", "en", (
        "Republish this article",
        "Republish our articles for free, online or in print, under a Creative Commons license.")),
    ("appeal", "blind-a05", "blind", "ar", ("تابعونا على إنستغرام", "تابعوا حسابنا على إنستغرام: @{handle}")),
    ("appeal", "blind-a06", "blind", "ar", ("حجم الخط", "تكبير الخط", "- حجم الخط +")),
    ("appeal", "blind-a07", "blind", "ar", ("نسخ الرابط", "تم نسخ الرابط", "انسخ الرابط المختصر")),
    ("more_link", "blind-m01", "blind", "en", "Read full article"),
    ("more_link", "blind-m02", "blind", "ar", "التفاصيل من المصدر - اضغط هنا"),
    # -- spacing (para_gap, meta_gap, encoding: SHARED)
    ("block_gap", "blind-g01", "blind", "*", 6),
]

# (dimension, variant name) of other groups' variants the blind group draws too, where the
# generator can print no new value (see the docstring).
SHARED = {
    ("order", "date credit byline"), ("order", "date byline credit"), ("order", "held2-o01"),
    ("title_repeat", "after_date"), ("title_repeat", "after_meta"),
    ("para_gap", "blank"), ("para_gap", "mostly_blank"), ("para_gap", "tight"),
    ("meta_gap", "compact"), ("meta_gap", "spaced"),
    ("encoding", "utf8_lf"), ("encoding", "utf8_bom"), ("encoding", "utf8_crlf"), ("encoding", "cp1256"),
    ("encoding", "held2-e01"),
}
