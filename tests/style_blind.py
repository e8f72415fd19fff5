"""BLIND GROUP: the engineers tuning the ingester must not open this file.

Variants of tests/style_catalogue.py written by a helper as the fifth blind group (2026-12-05),
after the fourth one (tests/style_held5.py) was opened; chosen for being printed by real English
and Arabic news sites, wire services, newspapers and blogs (Western wires, Indian and Pakistani
English papers, Gulf, Levant, Egyptian, Yemeni and Iranian outlets in English and Arabic,
aggregator, Joomla and WordPress sites, syndicated and translated copy), and for differing from
every tune, tune2, held, held2, held3, held4 and held5 variant, never for defeating or pleasing
the ingester: it was never run on an archive of this group while the rows were written. Variant
names are opaque on purpose: they end up in truth.jsonl and in per-style scores, which the
engineers may see.

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

from datetime import date

from .style_fields import INDIC, Dateline, hijri

HIJRI_EN = ["Muharram", "Safar", "Rabi Al-Awwal", "Rabi Al-Thani", "Jumada Al-Awwal", "Jumada Al-Thani",
            "Rajab", "Shaaban", "Ramadan", "Shawwal", "Dhu Al-Qadah", "Dhu Al-Hijjah"]


class _Line(Dateline):
    """A dateline template with, besides Dateline's fields:

        {hm0}       the 12-hour clock with a leading zero (09:05)
        {MONTH}     the month's English name in capitals
        {HM_i}      the 24-hour clock in Arabic-Indic digits
        {hmon_en}   the Hijri month's name as Gulf English papers spell it
        {hmn}       the Hijri month's number
        {ago}       how long since the last update, as a wire's page prints it (2 HOURS AGO)
    """

    def format(self, *args, **fields) -> str:
        hour, minute = fields["HM"].split(":")
        hy, hm, hd = hijri(date(int(fields["Y"]), int(fields["m"]), int(fields["d"])))
        hours = 1 + int(minute) % 5
        more = {"hm0": f"{(int(hour) - 1) % 12 + 1:02d}:{minute}", "MONTH": fields["Month"].upper(),
                "HM_i": fields["HM"].translate(INDIC), "hmon_en": HIJRI_EN[hm - 1], "hmn": str(hm),
                "ago": "AN HOUR AGO" if hours == 1 else f"{hours} HOURS AGO"}
        return super().format(*args, **{**more, **fields})


_D = _Line

ROWS = [
    # -- datelines
    ("dateline", "blind-d01", "blind", "en", _D("Published {Month} {d}, {Y} Updated {Month} {d}, {Y} {hm0}{ampm}")),
    ("dateline", "blind-d02", "blind", "en", _D("Updated - {Month} {dd}, {Y} {hm0} {ampm} IST")),
    ("dateline", "blind-d03", "blind", "en", _D("{Mon}. {dd}, {Y} | {hm0} {AMPM}")),
    ("dateline", "blind-d04", "blind", "en", _D("{Weekday}, {Month} {d}, {Y} | {hmon_en} {hd}, {hY} AH")),
    ("dateline", "blind-d05", "blind", "en", _D("Published {dd} {Mon}, {Y} {hm0}{ampm}")),
    ("dateline", "blind-d06", "blind", "en", _D("{city} | Updated: {Month} {d}, {Y} {HM} IST")),
    ("dateline", "blind-d07", "blind", "en", _D("{MONTH} {d}, {Y} / {hm} {AMPM} / UPDATED {ago}")),
    ("dateline", "blind-d08", "blind", "ar", _D("نشر في: {arwd} {d} {msa} {Y} - {hm} {ar_ampm} | آخر تحديث: "
                                                "{arwd} {d} {msa} {Y} - {hm} {ar_ampm}")),
    ("dateline", "blind-d09", "blind", "ar", _D("{arwd} {dd}/{msa}/{Y} - {hm0} {ar_ampm}")),
    ("dateline", "blind-d10", "blind", "ar", _D("GMT {HM} {Y} {arwd} {d} {msa}")),
    ("dateline", "blind-d11", "blind", "ar", _D("{arwd} {dd}-{mm}-{Y} {HM} | آخر تحديث: {arwd} {dd}-{mm}-{Y} {HM}")),
    ("dateline", "blind-d12", "blind", "ar", _D("نشر بتاريخ: {arwd}، {dd} {lev}/{msa} {Y} {HM}")),
    ("dateline", "blind-d13", "blind", "ar", _D("{hd}/{hmn}/{hY}هـ الموافق {d}/{m}/{Y}م")),
    ("dateline", "blind-d14", "blind", "ar", _D("[{dd}/ {msa}/{Y}]")),
    ("dateline", "blind-d15", "blind", "ar", _D("{msa} {dd_i}, {Y_i} {HM_i} Asia/Tehran")),
    # -- credits naming the outlet
    ("credit", "blind-c01", "blind", "en", ("top", "{o} News Desk")),
    ("credit", "blind-c02", "blind", "en", ("bottom", "(Except for the headline, this story has not been edited "
                                                      "by {o} staff and is published from a syndicated feed.)")),
    ("credit", "blind-c03", "blind", "en", ("top", "{o} Report")),
    ("credit", "blind-c04", "blind", "en", ("bottom", "Distributed by {o}.")),
    ("credit", "blind-c05", "blind", "ar", ("bottom", "هذا الخبر منقول من {o} ولا يعبر عن وجهة نظر الموقع")),
    ("credit", "blind-c06", "blind", "ar", ("bottom", "يُنشر بالتزامن مع {o}")),
    ("credit", "blind-c07", "blind", "ar", ("bottom", "ترجمة وتحرير: {o}")),
    ("credit", "blind-c08", "blind", "ar", ("top", "{o} - وحدة الرصد")),
    ("credit", "blind-c09", "blind", "ar", ("top", "مراسلو {o}")),
    # -- bylines
    ("byline", "blind-b01", "blind", "en", "By {a} | Edited by {b}"),
    ("byline", "blind-b02", "blind", "en", "{a} in Beirut and {b} in Jerusalem"),
    ("byline", "blind-b03", "blind", "en", "As told to {a}"),
    ("byline", "blind-b04", "blind", "en", "Guest post by {a}"),
    ("byline", "blind-b05", "blind", "ar", "كتب: {a} - تصوير: {b}"),
    ("byline", "blind-b06", "blind", "ar", "تقرير وتصوير: {a}"),
    ("byline", "blind-b07", "blind", "ar", "ترجمة: {a} | تدقيق: {b}"),
    ("byline", "blind-b08", "blind", "ar", "أعدّ الملف: {a}"),
    ("byline", "blind-b09", "blind", "ar", "مقابلة أجراها {a} لـ{o}"),
    # -- header block (order and title_repeat: SHARED)
    ("deck", "blind-k01", "blind", "*", "{label} | {speaker}: {lead}"),
    ("deck", "blind-k02", "blind", "*", "**{lead}**"),
    # -- section headers
    ("section", "blind-s01", "blind", "en", "Keep reading"),
    ("section", "blind-s02", "blind", "en", "Explore more on these topics"),
    ("section", "blind-s03", "blind", "en", "You may have missed"),
    ("section", "blind-s04", "blind", "ar", "المزيد في سياسة"),
    ("section", "blind-s05", "blind", "ar", "للمزيد"),
    ("section", "blind-s06", "blind", "ar", "من الأرشيف"),
    # -- appeals and other recurring boilerplate lines (variations of one line)
    ("appeal", "blind-a01", "blind", "en", ("Please enable JavaScript to view the comments powered by Disqus.",
                                            "comments powered by Disqus")),
    ("appeal", "blind-a02", "blind", "en", ("Already a subscriber? Sign in", "Already a subscriber? Log in here",
                                            "Already have an account? Log in")),
    ("appeal", "blind-a03", "blind", "en", ("Gift this article", "Gift article", "Share full article")),
    ("appeal", "blind-a04", "blind", "en", ("Follow us on LinkedIn", "Follow {site} on LinkedIn")),
    ("appeal", "blind-a05", "blind", "ar", ("تابعونا على تيك توك", "تابعوا حسابنا على تيك توك: @{handle}")),
    ("appeal", "blind-a06", "blind", "ar", ("فعّل الإشعارات ليصلك كل جديد", "اشترك في خدمة الإشعارات العاجلة")),
    ("appeal", "blind-a07", "blind", "ar", ("الخبر التالي", "الخبر السابق", "المقال التالي")),
    ("more_link", "blind-m01", "blind", "en", "Source link"),
    ("more_link", "blind-m02", "blind", "ar", "رابط المصدر"),
    # -- spacing (para_gap, meta_gap, encoding: SHARED)
    ("block_gap", "blind-g01", "blind", "*", 0),
]

# (dimension, variant name) of other groups' variants the blind group draws too, where the
# generator can print no new value (see the docstring).
SHARED = {
    ("order", "credit date byline"), ("order", "byline date credit"), ("order", "credit byline date"),
    ("title_repeat", "after_title"), ("title_repeat", "after_byline"),
    ("para_gap", "blank"), ("para_gap", "mostly_blank"), ("para_gap", "double"),
    ("meta_gap", "compact"), ("meta_gap", "glued"),
    ("encoding", "utf8_lf"), ("encoding", "utf8_bom"), ("encoding", "utf8_crlf"), ("encoding", "cp1256"),
    ("encoding", "held2-e01"),
}
