"""Variants of tests/style_catalogue.py written by a helper as the seventh blind group (2026-12-05),
after the sixth one (tests/style_held7.py) was opened; chosen for being printed by real English
and Arabic news sites, wire services, newspapers and blogs (Russian, Chinese and Gulf wires and
sites in English and Arabic, Saudi, Lebanese, Palestinian, Egyptian and Maghreb papers,
aggregators and feed readers, Blogger, WordPress and forum software, Telegram-channel reposts,
machine-translated copies), and for differing from every tune, tune2, held, held2, held3, held4,
held5, held6 and held7 variant, never for defeating or pleasing the ingester. It was written
without reading the ingester, its benchmark or its documentation, and without scoring the
ingester on it. Its first reading was blind (recall 0.972, precision 0.967, dates 0.955, printed
outlets 0.994, duplicates 0.980); it was read only through its metric lines (0.980 / 0.979 /
0.996 / 0.998 / 0.988 at the sixth session's end) and opened at the seventh session's start as
group "held8", looked at like the other held groups. The new blind group is tests/style_blind.py.

Rows in the catalogue's format (dimension, variant name, group, language, spec[, weight]), all in
group "held8"; tests/style_catalogue.py appends them to its table, and ``--styles held8`` draws
only from them (plus SHARED below).

Datelines may use, besides the fields of ``date_fields``, those of tests/style_fields.py and the
few more of ``_Line`` below. Numeric dates put the day before the month; weekday fields are the
real weekday of the date; every dateline prints the Gregorian day, month and year.

Where the generator can print nothing new, the dimension is shared (values of other groups):

    order         all six orders of the three header slots are taken: three are shared
    title_repeat  header_lines prints no placement that is not taken: two are shared
    para_gap      gap_lines prints four gaps, all taken: three are shared
    meta_gap      render_article prints three, all taken: all three are shared
    encoding      every (codec, line end) pair the generator and the truth test can write and
                  read is taken: four are shared, with their weights
    block_gap     a new count (the spec is a number of blank lines)
"""
from __future__ import annotations

from datetime import date

from .style_fields import INDIC, Dateline, hijri

HIJRI_GT = ["Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Akhir", "Jumada al-Awwal",
            "Jumada al-Akhirah", "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qi'dah",
            "Dhu al-Hijjah"]


class _Line(Dateline):
    """A dateline template with, besides Dateline's fields:

        {hm0}        the 12-hour clock with a leading zero (09:05)
        {ss}         seconds beside the clock, fixed by the date and minute
        {hm_i}       the 12-hour clock in Arabic-Indic digits
        {ss_i}       the seconds in Arabic-Indic digits
        {HMu}        the 24-hour clock of a later update the same day (at most 23:59)
        {ar_ampm_w}  صباحاً / مساءً
        {hmon_gt}    the Hijri month's name as a machine translation into English spells it
    """

    def format(self, *args, **fields) -> str:
        hour, minute = (int(x) for x in fields["HM"].split(":"))
        day = int(fields["d"])
        later = min(23 * 60 + 59, hour * 60 + minute + 20 + (11 * minute + day) % 150)
        ss = f"{(7 * minute + 13 * day) % 60:02d}"
        hm = f"{(hour - 1) % 12 + 1}:{minute:02d}"
        hmn = hijri(date(int(fields["Y"]), int(fields["m"]), day))[1]
        more = {"hm0": f"{(hour - 1) % 12 + 1:02d}:{minute:02d}", "ss": ss,
                "hm_i": hm.translate(INDIC), "ss_i": ss.translate(INDIC),
                "HMu": f"{later // 60:02d}:{later % 60:02d}",
                "ar_ampm_w": "صباحاً" if hour < 12 else "مساءً", "hmon_gt": HIJRI_GT[hmn - 1]}
        return super().format(*args, **{**more, **fields})


_D = _Line

ROWS = [
    # -- datelines
    ("dateline", "held8-d01", "held8", "en", _D("{Weekday}, {Mon} {dd}, {Y} - {hm0} {AMPM}")),
    ("dateline", "held8-d02", "held8", "en", _D("Updated {HM}, {dd}-{Mon}-{Y}")),
    ("dateline", "held8-d03", "held8", "en", _D("» {Wkd} {Mon} {dd}, {Y} {hm} {ampm}")),
    ("dateline", "held8-d04", "held8", "en", _D("{d} {Month} {Y} AD")),
    ("dateline", "held8-d05", "held8", "en", _D("{Weekday} {hd} {hmon_gt} {hY} AH corresponding to "
                                                "{d} {Month} {Y} AD")),
    ("dateline", "held8-d06", "held8", "en", _D("Updated: {Month} {d}, {Y}, {hm} {AMPM}")),
    ("dateline", "held8-d07", "held8", "en", _D("{Wkd}, {dd} {Mon} {Y} {HM}:{ss} +0300")),
    ("dateline", "held8-d08", "held8", "en", _D("{HM}, {Month} {dd}, {Y}")),
    ("dateline", "held8-d09", "held8", "*", _D("{dd}.{mm}.{Y} {HM}:{ss} UTC+03:00")),
    ("dateline", "held8-d10", "held8", "ar", _D("{d_i}\u200f/{m_i}\u200f/{Y_i}، {hm_i}:{ss_i} {ar_ampm}")),
    ("dateline", "held8-d11", "held8", "ar", _D("{d} {msa}، {Y} في {hm} {ar_ampm}")),
    ("dateline", "held8-d12", "held8", "ar", _D("{msa} {d}, {Y}")),
    ("dateline", "held8-d13", "held8", "ar", _D("نشر: {d} {msa} {Y} - {HM} | تحديث: {d} {msa} {Y} - {HMu}")),
    ("dateline", "held8-d14", "held8", "ar", _D("{d} {msa} {Y} م ـ {hd} {hmon} {hY} هـ")),
    ("dateline", "held8-d15", "held8", "ar", _D("📅 {arwd} | {d} {msa} {Y}")),
    ("dateline", "held8-d16", "held8", "ar", _D("تاريخ النشر: {d} {msa} {Y} {HM}")),
    # -- credits naming the outlet
    ("credit", "held8-c01", "held8", "en", ("bottom", "The original source of this article is {o}")),
    ("credit", "held8-c02", "held8", "en", ("bottom", "Quoted from {o}")),
    ("credit", "held8-c03", "held8", "en", ("top", "{o} - Follow-ups")),
    ("credit", "held8-c04", "held8", "en", ("bottom", "A version of this article appeared in {o}.")),
    ("credit", "held8-c05", "held8", "en", ("top", "As reported by {o}:")),
    ("credit", "held8-c06", "held8", "en", ("bottom", "Source: This article was published by {o}")),
    ("credit", "held8-c07", "held8", "ar", ("top", "لندن ـ «{o}»:")),
    ("credit", "held8-c08", "held8", "ar", ("bottom", "بتصرف عن {o}")),
    ("credit", "held8-c09", "held8", "ar", ("bottom", "عبر {o}")),
    ("credit", "held8-c10", "held8", "ar", ("top", "رصد - {o}")),
    ("credit", "held8-c11", "held8", "ar", ("top", "حصرياً لـ{o}")),
    ("credit", "held8-c12", "held8", "ar", ("bottom", "للمزيد من التفاصيل زوروا موقع {o}")),
    # -- bylines
    ("byline", "held8-b01", "held8", "en", "Authored by {a} via {o},"),
    ("byline", "held8-b02", "held8", "en", "Originally Posted by {a}"),
    ("byline", "held8-b03", "held8", "en", "Prepared by: {a}"),
    ("byline", "held8-b04", "held8", "en", "Text: {a} | Photos: {b}"),
    ("byline", "held8-b05", "held8", "en", "{a} writes:"),
    ("byline", "held8-b06", "held8", "en", "Published by {a}"),
    ("byline", "held8-b07", "held8", "en", "Filed by {a}"),
    ("byline", "held8-b08", "held8", "ar", "حرره: {a}"),
    ("byline", "held8-b09", "held8", "ar", "المحرر: {a}"),
    ("byline", "held8-b10", "held8", "ar", "إعداد: {a} | بمشاركة: {b}"),
    ("byline", "held8-b11", "held8", "ar", "مقال رأي: {a}"),
    ("byline", "held8-b12", "held8", "ar", "من {a}"),
    ("byline", "held8-b13", "held8", "ar", "روبورتاج: {a}"),
    # -- header block (order and title_repeat: SHARED)
    ("deck", "held8-k01", "held8", "*", "## {lead}"),
    ("deck", "held8-k02", "held8", "*", "⚡️ {speaker}: {lead} #{label}"),
    ("deck", "held8-k03", "held8", "*", "{lead} 👇"),
    ("deck", "held8-k04", "held8", "*", "{label}: {lq}{lead}{rq} — {speaker}"),
    # -- section headers
    ("section", "held8-s01", "held8", "en", "Related"),
    ("section", "held8-s02", "held8", "en", "More like this"),
    ("section", "held8-s03", "held8", "en", "In case you missed it"),
    ("section", "held8-s04", "held8", "ar", "آخر المستجدات"),
    ("section", "held8-s05", "held8", "ar", "اقرأ كذلك"),
    # -- appeals and other recurring boilerplate lines (variations of one line)
    ("appeal", "held8-a01", "held8", "en", ("Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest",
                                            "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest")),
    ("appeal", "held8-a02", "held8", "en", ("Newer Post Older Post Home", "Older Post Home", "Newer Post Home")),
    ("appeal", "held8-a03", "held8", "en", ("Rate this:", "Rate This")),
    ("appeal", "held8-a04", "held8", "en", ("Print Friendly, PDF & Email",)),
    ("appeal", "held8-a05", "held8", "ar", ("الاشتراك في: تعليقات الرسالة (Atom)",
                                            "الاشتراك في: الرسائل (Atom)")),
    ("appeal", "held8-a06", "held8", "ar", ("تابعوا آخر الأخبار عبر تطبيق نبض",
                                            "حمّل تطبيق نبض لمتابعة آخر الأخبار")),
    ("appeal", "held8-a07", "held8", "ar", ("للإعلان معنا: ads@{site}", "للإعلان على الموقع تواصلوا معنا")),
    ("appeal", "held8-a08", "held8", "ar", ("لا تنسَ ذكر الله", "لا تنسوا ذكر الله")),
    ("more_link", "held8-m01", "held8", "en", "Go to Source"),
    ("more_link", "held8-m02", "held8", "en", "Read the whole thing."),
    ("more_link", "held8-m03", "held8", "ar", "التفاصيل عبر الرابط 👇"),
    # -- spacing (para_gap, meta_gap, encoding: SHARED)
    ("block_gap", "held8-g01", "held8", "*", 8),
]

# (dimension, variant name) of other groups' variants the held8 group draws too, where the
# generator can print no new value (see the docstring).
SHARED = {
    ("order", "byline date credit"), ("order", "date byline credit"), ("order", "credit byline date"),
    ("title_repeat", "after_meta"), ("title_repeat", "held2-t01"),
    ("para_gap", "mostly_blank"), ("para_gap", "double"), ("para_gap", "tight"),
    ("meta_gap", "compact"), ("meta_gap", "spaced"), ("meta_gap", "glued"),
    ("encoding", "utf8_lf"), ("encoding", "utf8_crlf"), ("encoding", "cp1256"), ("encoding", "held2-e01"),
}
