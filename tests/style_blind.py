"""BLIND GROUP: the engineers tuning the ingester must not open this file.

Variants of tests/style_catalogue.py written by a helper as the sixth blind group (2026-12-05),
after the fifth one (tests/style_held6.py) was opened; chosen for being printed by real English
and Arabic news sites, wire services, newspapers and blogs (Western, Russian, Chinese and Turkish
wires and sites in English and Arabic, Lebanese, Syrian, Iraqi, Yemeni, Gulf, Egyptian and
Maghreb papers and their PDF-to-text copies, Substack, Ghost, Medium and WordPress blogs,
Telegram-channel reposts, translated copy), and for differing from every tune, tune2, held,
held2, held3, held4, held5 and held6 variant, never for defeating or pleasing the ingester. It
was written without reading the ingester, its benchmark or its documentation, and without
scoring the ingester on it.

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

        {hm0}        the 12-hour clock with a leading zero (09:05)
        {hm0_i}      the same in Arabic-Indic digits
        {HMu}        the 24-hour clock of a later update the same day (at most 23:59)
        {ar_ampm_w}  صباحاً / مساءً
    """

    def format(self, *args, **fields) -> str:
        hour, minute = (int(x) for x in fields["HM"].split(":"))
        later = min(23 * 60 + 59, hour * 60 + minute + 35 + (7 * minute + int(fields["d"])) % 120)
        hm0 = f"{(hour - 1) % 12 + 1:02d}:{minute:02d}"
        more = {"hm0": hm0, "hm0_i": hm0.translate(INDIC), "HMu": f"{later // 60:02d}:{later % 60:02d}",
                "ar_ampm_w": "صباحاً" if hour < 12 else "مساءً"}
        return super().format(*args, **{**more, **fields})


_D = _Line

ROWS = [
    # -- datelines
    ("dateline", "blind-d01", "blind", "en", _D("{Month} {d}, {Y} {hm} {AMPM} GMT+3")),
    ("dateline", "blind-d02", "blind", "en", _D("Issued on: {dd}/{mm}/{Y} - {HM} Modified: {dd}/{mm}/{Y} - {HMu}")),
    ("dateline", "blind-d03", "blind", "en", _D("{d} {MON} {Y}, {HM}")),
    ("dateline", "blind-d04", "blind", "en", _D("{HM} GMT {dd}.{mm}.{Y} (Updated: {HMu} GMT {dd}.{mm}.{Y})")),
    ("dateline", "blind-d05", "blind", "en", _D("{Mon} {dd}, {Y}")),
    ("dateline", "blind-d06", "blind", "en", _D("{Mon} {d}, {Y} — {mins} min read")),
    ("dateline", "blind-d07", "blind", "en", _D("[{dd}.{mm}.{yy} {HM}]")),
    ("dateline", "blind-d08", "blind", "en", _D("{Month} {dd} {Y} {HM}:00")),
    ("dateline", "blind-d09", "blind", "ar", _D("{d}/{m}/{Y}|آخر تحديث: {d}/{m}/{Y}{hm0} {AMPM} "
                                                "(بتوقيت مكة المكرمة)")),
    ("dateline", "blind-d10", "blind", "ar", _D("{arwd} {dd} {lev} {Y} الساعة {HM}")),
    ("dateline", "blind-d11", "blind", "ar", _D("{arwd} / {hd} / {hmon} / {hY} هـ {arwd} {dd} {msa} {Y} {HM}")),
    ("dateline", "blind-d12", "blind", "ar", _D("{hm0} {ar_ampm} | {arwd} {dd} {msa} {Y}")),
    ("dateline", "blind-d13", "blind", "ar", _D("{arwd} {dd} {msa} {Y} - الساعة {hm0} {ar_ampm_w}")),
    ("dateline", "blind-d14", "blind", "ar", _D("العدد {issue} - {arwd} {d} {mag} {Y}")),
    ("dateline", "blind-d15", "blind", "ar", _D("{d} {lev}، {Y}")),
    ("dateline", "blind-d16", "blind", "ar", _D("{arwd} {d_i} {msa} {Y_i} - {hm0_i} {ar_ampm}")),
    # -- credits naming the outlet
    ("credit", "blind-c01", "blind", "en", ("top", "{o} staff and agencies")),
    ("credit", "blind-c02", "blind", "en", ("top", "Forwarded from {o}")),
    ("credit", "blind-c03", "blind", "en", ("top", "By {o}")),
    ("credit", "blind-c04", "blind", "en", ("bottom", "Reprinted from {o}.")),
    ("credit", "blind-c05", "blind", "en", ("bottom", "Original article: {o}")),
    ("credit", "blind-c06", "blind", "en", ("bottom", "This article was translated from Arabic. "
                                                      "The original appeared in {o}.")),
    ("credit", "blind-c07", "blind", "ar", ("bottom", "اقرأ المزيد على موقع {o}")),
    ("credit", "blind-c08", "blind", "ar", ("top", "نشر في {o}")),
    ("credit", "blind-c09", "blind", "ar", ("top", "بغداد/ {o}")),
    ("credit", "blind-c10", "blind", "ar", ("bottom", "اقرأ المقال الأصلي على موقع {o}")),
    # -- bylines
    ("byline", "blind-b01", "blind", "en", "By {A}, {o}"),
    ("byline", "blind-b02", "blind", "en", "{a} · Follow"),
    ("byline", "blind-b03", "blind", "en", "Written by {a}"),
    ("byline", "blind-b04", "blind", "en", "By {a} and {b}, {o}"),
    ("byline", "blind-b05", "blind", "en", "{a} and {b}"),
    ("byline", "blind-b06", "blind", "en", "By {a}, a political analyst and journalist"),
    ("byline", "blind-b07", "blind", "en", "Editor: {a}"),
    ("byline", "blind-b08", "blind", "ar", "كتبت: {a}"),
    ("byline", "blind-b09", "blind", "ar", "نقلها إلى العربية: {a}"),
    ("byline", "blind-b10", "blind", "ar", "إعداد وترجمة: {a}"),
    ("byline", "blind-b11", "blind", "ar", "بقلم الدكتور {a}"),
    ("byline", "blind-b12", "blind", "ar", "بقلم: {a} و{b}"),
    ("byline", "blind-b13", "blind", "ar", "مراسل {o} - {a}"),
    ("byline", "blind-b14", "blind", "ar", "إعداد: {a} - تحرير: {b}"),
    # -- header block (order and title_repeat: SHARED)
    ("deck", "blind-k01", "blind", "*", "> {lead}"),
    ("deck", "blind-k02", "blind", "*", "_{lead}_"),
    ("deck", "blind-k03", "blind", "*", "{speaker} — {lead}"),
    # -- section headers
    ("section", "blind-s01", "blind", "en", "Popular Posts"),
    ("section", "blind-s02", "blind", "en", "Recent Posts"),
    ("section", "blind-s03", "blind", "en", "Related Articles"),
    ("section", "blind-s04", "blind", "en", "What to read next"),
    ("section", "blind-s05", "blind", "ar", "أحدث المقالات"),
    ("section", "blind-s06", "blind", "ar", "في نفس السياق"),
    ("section", "blind-s07", "blind", "ar", "ننصحك بقراءة"),
    ("section", "blind-s08", "blind", "ar", "أخبار مشابهة"),
    # -- appeals and other recurring boilerplate lines (variations of one line)
    ("appeal", "blind-a01", "blind", "en", ("Click to share on WhatsApp (Opens in new window)",
                                            "Click to share on Facebook (Opens in new window)",
                                            "Click to share on X (Opens in new window)")),
    ("appeal", "blind-a02", "blind", "en", ("Like this:", "Like Loading...")),
    ("appeal", "blind-a03", "blind", "en", (
        "Thanks for reading {site}! Subscribe for free to receive new posts and support my work.",
        "Thanks for reading! Subscribe for free to receive new posts and support my work.")),
    ("appeal", "blind-a04", "blind", "en", ("You can share this story on social media:",)),
    ("appeal", "blind-a05", "blind", "en", ("Page 1 of 2", "Page 2 of 2", "Page 1 of 3")),
    ("appeal", "blind-a06", "blind", "ar", ("تابعونا على إكس",
                                            "تابعونا على منصة إكس: @{handle}")),
    ("appeal", "blind-a07", "blind", "ar", ("شاهد البث المباشر", "البث المباشر")),
    ("appeal", "blind-a08", "blind", "ar", ("شاهد الفيديو",
                                            "لمشاهدة الفيديو اضغط هنا")),
    ("more_link", "blind-m01", "blind", "en", "View original post"),
    ("more_link", "blind-m02", "blind", "en", "Keep reading with a 7-day free trial"),
    ("more_link", "blind-m03", "blind", "ar", "اقرأ التفاصيل"),
    # -- spacing (para_gap, meta_gap, encoding: SHARED)
    ("block_gap", "blind-g01", "blind", "*", 7),
]

# (dimension, variant name) of other groups' variants the blind group draws too, where the
# generator can print no new value (see the docstring).
SHARED = {
    ("order", "date credit byline"), ("order", "credit date byline"), ("order", "held2-o01"),
    ("title_repeat", "after_date"), ("title_repeat", "held2-t02"),
    ("para_gap", "blank"), ("para_gap", "double"), ("para_gap", "tight"),
    ("meta_gap", "spaced"), ("meta_gap", "glued"),
    ("encoding", "utf8_lf"), ("encoding", "utf8_bom"), ("encoding", "utf8_crlf"), ("encoding", "cp1256"),
    ("encoding", "held2-e01"),
}
