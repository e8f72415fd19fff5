"""BLIND GROUP: the engineers tuning the ingester must not open this file.

Variants of tests/style_catalogue.py written by a helper as the eighth blind group (2026-12-05),
after the seventh one (tests/style_held8.py) was opened; chosen for being printed by real English
and Arabic news sites, wire services, newspapers and blogs (American, British and Israeli papers
and broadcasters, Chinese and Russian state media in English, Indian, Pakistani and Gulf English
papers, Pan-Arab, Lebanese, Qatari, Emirati, Saudi, Algerian and French broadcasters' Arabic
sites, feed readers and RSS reposts, Blogger, WordPress, Drupal and Telegram-channel reposts,
translated copy), and for differing from every tune, tune2, tune3, held, held2, held3, held4,
held5, held6, held7 and held8 variant, never for defeating or pleasing the ingester. It was
written without reading the ingester, its benchmark or its documentation, and without scoring
the ingester on it.

Rows in the catalogue's format (dimension, variant name, group, language, spec[, weight]), all in
group "blind"; tests/style_catalogue.py appends them to its table, and ``--styles blind`` draws
only from them (plus SHARED below).

Datelines may use, besides the fields of ``date_fields``, those of tests/style_fields.py and the
few more of ``_Line`` below. Numeric dates put the day before the month (or are year first);
weekday fields are the real weekday of the date; every dateline prints the Gregorian day, month
and year.

Where the generator can print nothing new, the dimension is shared (values of other groups):

    order         all six orders of the three header slots are taken: three are shared
    title_repeat  header_lines prints no placement that is not taken: two are shared
    para_gap      gap_lines prints four gaps, all taken: three are shared
    meta_gap      render_article prints three, all taken: all three are shared
    encoding      every (codec, line end) pair the generator and the truth test can write and
                  read is taken: all five are shared, with their weights
    block_gap     a new count (the spec is a number of blank lines)
"""
from __future__ import annotations

from datetime import date

from .style_fields import INDIC, Dateline, hijri


class _Line(Dateline):
    """A dateline template with, besides Dateline's fields:

        {hm0}        the 12-hour clock with a leading zero (09:05)
        {apm}        a.m. / p.m., as American papers print it
        {MONTH}      the month's English name in capitals
        {ss}         seconds beside the clock, fixed by the date and minute
        {HMu}        the 24-hour clock of a later update the same day (at most 23:59)
        {hd_i}       the Hijri day in Arabic-Indic digits
        {hY_i}       the Hijri year in Arabic-Indic digits
    """

    def format(self, *args, **fields) -> str:
        hour, minute = (int(x) for x in fields["HM"].split(":"))
        day = int(fields["d"])
        later = min(23 * 60 + 59, hour * 60 + minute + 25 + (13 * minute + 3 * day) % 140)
        hy, _, hd = hijri(date(int(fields["Y"]), int(fields["m"]), day))
        more = {"hm0": f"{(hour - 1) % 12 + 1:02d}:{minute:02d}", "apm": "a.m." if hour < 12 else "p.m.",
                "MONTH": fields["Month"].upper(), "ss": f"{(11 * minute + 17 * day) % 60:02d}",
                "HMu": f"{later // 60:02d}:{later % 60:02d}",
                "hd_i": str(hd).translate(INDIC), "hY_i": str(hy).translate(INDIC)}
        return super().format(*args, **{**more, **fields})


_D = _Line

ROWS = [
    # -- datelines
    ("dateline", "blind-d01", "blind", "en", _D("{Month} {d}, {Y}, {hm} {apm} ET")),
    ("dateline", "blind-d02", "blind", "en", _D("{d} {Month} {Y} • {hm}{ampm}")),
    ("dateline", "blind-d03", "blind", "en", _D("{Weekday} {d} {Month} {Y} {HM}, UK")),
    ("dateline", "blind-d04", "blind", "en", _D("Updated: {Y}-{mm}-{dd} {HM}")),
    ("dateline", "blind-d05", "blind", "en", _D("Published: {Mon} {dd}, {Y} {hm0} {AMPM}")),
    ("dateline", "blind-d06", "blind", "en", _D("{dd} {Month} {Y}, {HM}")),
    ("dateline", "blind-d07", "blind", "en", _D("{MONTH} {d}, {Y} {HM} Updated: {MONTH} {d}, {Y} {HMu}")),
    ("dateline", "blind-d08", "blind", "en", _D("Published: {dd}.{mm}.{yy}, {HM}")),
    ("dateline", "blind-d09", "blind", "*", _D("{Y}-{mm}-{dd}T{HM}:{ss}+03:00")),
    ("dateline", "blind-d10", "blind", "ar", _D("{d} {msa}/ {lev} {Y}")),
    ("dateline", "blind-d11", "blind", "ar", _D("نشرت في: {dd}/{mm}/{Y} - {HM} آخر تحديث: {dd}/{mm}/{Y} - {HMu}")),
    ("dateline", "blind-d12", "blind", "ar", _D("{dd} {msa} {Y} - {HM} بتوقيت الإمارات")),
    ("dateline", "blind-d13", "blind", "ar", _D("{arwd} {Y}/{mm}/{dd}")),
    ("dateline", "blind-d14", "blind", "ar", _D("{dd} {msa} {Y} , {hm0}{ar_ampm}")),
    ("dateline", "blind-d15", "blind", "ar", _D("{arwd} {hd_i} {hmon} {hY_i} هـ - {d_i} {msa} {Y_i} م")),
    ("dateline", "blind-d16", "blind", "ar", _D("{arwd}، {d} {msa} {Y}")),
    # -- credits naming the outlet
    ("credit", "blind-c01", "blind", "en", ("top", "{o} Web Desk")),
    ("credit", "blind-c02", "blind", "en", ("bottom", "Sourced from {o}")),
    ("credit", "blind-c03", "blind", "en", ("bottom", "Published in partnership with {o}.")),
    ("credit", "blind-c04", "blind", "en", ("bottom", "Adapted from a report by {o}.")),
    ("credit", "blind-c05", "blind", "en", ("top", "📰 {o}")),
    ("credit", "blind-c06", "blind", "en", ("bottom", "Full story: {o}")),
    ("credit", "blind-c07", "blind", "ar", ("bottom", "المصدر الأصلي: {o}")),
    ("credit", "blind-c08", "blind", "ar", ("bottom", "رابط المقال الأصلي: {o}")),
    ("credit", "blind-c09", "blind", "ar", ("top", "واشنطن - ({o})")),
    ("credit", "blind-c10", "blind", "ar", ("bottom", "المصدر: {o} (بالإنجليزية)")),
    ("credit", "blind-c11", "blind", "ar", ("top", "{o} - ترجمات")),
    ("credit", "blind-c12", "blind", "ar", ("bottom", "كما ورد في {o}")),
    # -- bylines
    ("byline", "blind-b01", "blind", "en", "Reporter: {a}"),
    ("byline", "blind-b02", "blind", "en", "Submitted by {a}"),
    ("byline", "blind-b03", "blind", "en", "Contributed by {a}"),
    ("byline", "blind-b04", "blind", "en", "{a} — Political Editor"),
    ("byline", "blind-b05", "blind", "en", "Commentary by {a}"),
    ("byline", "blind-b06", "blind", "en", "{a} is a contributing writer at {o}."),
    ("byline", "blind-b07", "blind", "en", "{a} and agencies"),
    ("byline", "blind-b08", "blind", "ar", "نص: {a} - صور: {b}"),
    ("byline", "blind-b09", "blind", "ar", "تحليل: {a}"),
    ("byline", "blind-b10", "blind", "ar", "بقلم المهندس {a}"),
    ("byline", "blind-b11", "blind", "ar", "{a} - محرر الشؤون الاقتصادية"),
    ("byline", "blind-b12", "blind", "ar", "أجرى الحوار: {a}"),
    ("byline", "blind-b13", "blind", "ar", "عرض وتقديم: {a}"),
    # -- header block (order and title_repeat: SHARED)
    ("deck", "blind-k01", "blind", "*", "🔴 {label} | {lead}"),
    ("deck", "blind-k02", "blind", "*", "📌 {lead}"),
    ("deck", "blind-k03", "blind", "*", "🗣️ {speaker}: {lead}"),
    ("deck", "blind-k04", "blind", "*", "{label}: {lead} ({speaker})"),
    # -- section headers
    ("section", "blind-s01", "blind", "en", "Related News"),
    ("section", "blind-s02", "blind", "en", "Most Popular"),
    ("section", "blind-s03", "blind", "en", "Latest in World"),
    ("section", "blind-s04", "blind", "ar", "مواد ذات صلة"),
    ("section", "blind-s05", "blind", "ar", "مقالات قد تعجبك"),
    # -- appeals and other recurring boilerplate lines (variations of one line)
    ("appeal", "blind-a01", "blind", "en", ("No comments:", "Post a Comment", "1 comment:")),
    ("appeal", "blind-a02", "blind", "en", ("Back to top", "Back to top ↑")),
    ("appeal", "blind-a03", "blind", "en", ("Discover more from {site}",
                                            "Subscribe now to keep reading and get access to the full archive.")),
    ("appeal", "blind-a04", "blind", "en", ("toggle caption", "hide caption")),
    ("appeal", "blind-a05", "blind", "ar", ("ليست هناك تعليقات:", "إرسال تعليق")),
    ("appeal", "blind-a06", "blind", "ar", ("زمن القراءة: 3 دقائق", "وقت القراءة: 4 دقائق")),
    ("appeal", "blind-a07", "blind", "ar", ("صورة تعبيرية", "صورة أرشيفية")),
    ("appeal", "blind-a08", "blind", "ar", ("العودة إلى الأعلى", "الرجوع للأعلى")),
    ("more_link", "blind-m01", "blind", "en", "View full article"),
    ("more_link", "blind-m02", "blind", "en", "Read on →"),
    ("more_link", "blind-m03", "blind", "ar", "للاطلاع على الخبر كاملاً"),
    # -- spacing (para_gap, meta_gap, encoding: SHARED)
    ("block_gap", "blind-g01", "blind", "*", 9),
]

# (dimension, variant name) of other groups' variants the blind group draws too, where the
# generator can print no new value (see the docstring).
SHARED = {
    ("order", "date credit byline"), ("order", "credit date byline"), ("order", "held2-o01"),
    ("title_repeat", "after_byline"), ("title_repeat", "held2-t02"),
    ("para_gap", "blank"), ("para_gap", "mostly_blank"), ("para_gap", "double"),
    ("meta_gap", "compact"), ("meta_gap", "spaced"), ("meta_gap", "glued"),
    ("encoding", "utf8_lf"), ("encoding", "utf8_bom"), ("encoding", "utf8_crlf"), ("encoding", "cp1256"),
    ("encoding", "held2-e01"),
}
