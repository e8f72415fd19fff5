"""BLIND GROUP: the engineers tuning the ingester must not open this file.

Variants of tests/style_catalogue.py written by a helper as the seventh blind group (2026-12-05),
after the sixth one (tests/style_held7.py) was opened; chosen for being printed by real English
and Arabic news sites, wire services, newspapers and blogs (Russian, Chinese and Gulf wires and
sites in English and Arabic, Saudi, Lebanese, Palestinian, Egyptian and Maghreb papers,
aggregators and feed readers, Blogger, WordPress and forum software, Telegram-channel reposts,
machine-translated copies), and for differing from every tune, tune2, held, held2, held3, held4,
held5, held6 and held7 variant, never for defeating or pleasing the ingester. It was written
without reading the ingester, its benchmark or its documentation, and without scoring the
ingester on it.

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
    ("dateline", "blind-d01", "blind", "en", _D("{Weekday}, {Mon} {dd}, {Y} - {hm0} {AMPM}")),
    ("dateline", "blind-d02", "blind", "en", _D("Updated {HM}, {dd}-{Mon}-{Y}")),
    ("dateline", "blind-d03", "blind", "en", _D("» {Wkd} {Mon} {dd}, {Y} {hm} {ampm}")),
    ("dateline", "blind-d04", "blind", "en", _D("{d} {Month} {Y} AD")),
    ("dateline", "blind-d05", "blind", "en", _D("{Weekday} {hd} {hmon_gt} {hY} AH corresponding to "
                                                "{d} {Month} {Y} AD")),
    ("dateline", "blind-d06", "blind", "en", _D("Updated: {Month} {d}, {Y}, {hm} {AMPM}")),
    ("dateline", "blind-d07", "blind", "en", _D("{Wkd}, {dd} {Mon} {Y} {HM}:{ss} +0300")),
    ("dateline", "blind-d08", "blind", "en", _D("{HM}, {Month} {dd}, {Y}")),
    ("dateline", "blind-d09", "blind", "*", _D("{dd}.{mm}.{Y} {HM}:{ss} UTC+03:00")),
    ("dateline", "blind-d10", "blind", "ar", _D("{d_i}\u200f/{m_i}\u200f/{Y_i}، {hm_i}:{ss_i} {ar_ampm}")),
    ("dateline", "blind-d11", "blind", "ar", _D("{d} {msa}، {Y} في {hm} {ar_ampm}")),
    ("dateline", "blind-d12", "blind", "ar", _D("{msa} {d}, {Y}")),
    ("dateline", "blind-d13", "blind", "ar", _D("نشر: {d} {msa} {Y} - {HM} | تحديث: {d} {msa} {Y} - {HMu}")),
    ("dateline", "blind-d14", "blind", "ar", _D("{d} {msa} {Y} م ـ {hd} {hmon} {hY} هـ")),
    ("dateline", "blind-d15", "blind", "ar", _D("📅 {arwd} | {d} {msa} {Y}")),
    ("dateline", "blind-d16", "blind", "ar", _D("تاريخ النشر: {d} {msa} {Y} {HM}")),
    # -- credits naming the outlet
    ("credit", "blind-c01", "blind", "en", ("bottom", "The original source of this article is {o}")),
    ("credit", "blind-c02", "blind", "en", ("bottom", "Quoted from {o}")),
    ("credit", "blind-c03", "blind", "en", ("top", "{o} - Follow-ups")),
    ("credit", "blind-c04", "blind", "en", ("bottom", "A version of this article appeared in {o}.")),
    ("credit", "blind-c05", "blind", "en", ("top", "As reported by {o}:")),
    ("credit", "blind-c06", "blind", "en", ("bottom", "Source: This article was published by {o}")),
    ("credit", "blind-c07", "blind", "ar", ("top", "لندن ـ «{o}»:")),
    ("credit", "blind-c08", "blind", "ar", ("bottom", "بتصرف عن {o}")),
    ("credit", "blind-c09", "blind", "ar", ("bottom", "عبر {o}")),
    ("credit", "blind-c10", "blind", "ar", ("top", "رصد - {o}")),
    ("credit", "blind-c11", "blind", "ar", ("top", "حصرياً لـ{o}")),
    ("credit", "blind-c12", "blind", "ar", ("bottom", "للمزيد من التفاصيل زوروا موقع {o}")),
    # -- bylines
    ("byline", "blind-b01", "blind", "en", "Authored by {a} via {o},"),
    ("byline", "blind-b02", "blind", "en", "Originally Posted by {a}"),
    ("byline", "blind-b03", "blind", "en", "Prepared by: {a}"),
    ("byline", "blind-b04", "blind", "en", "Text: {a} | Photos: {b}"),
    ("byline", "blind-b05", "blind", "en", "{a} writes:"),
    ("byline", "blind-b06", "blind", "en", "Published by {a}"),
    ("byline", "blind-b07", "blind", "en", "Filed by {a}"),
    ("byline", "blind-b08", "blind", "ar", "حرره: {a}"),
    ("byline", "blind-b09", "blind", "ar", "المحرر: {a}"),
    ("byline", "blind-b10", "blind", "ar", "إعداد: {a} | بمشاركة: {b}"),
    ("byline", "blind-b11", "blind", "ar", "مقال رأي: {a}"),
    ("byline", "blind-b12", "blind", "ar", "من {a}"),
    ("byline", "blind-b13", "blind", "ar", "روبورتاج: {a}"),
    # -- header block (order and title_repeat: SHARED)
    ("deck", "blind-k01", "blind", "*", "## {lead}"),
    ("deck", "blind-k02", "blind", "*", "⚡️ {speaker}: {lead} #{label}"),
    ("deck", "blind-k03", "blind", "*", "{lead} 👇"),
    ("deck", "blind-k04", "blind", "*", "{label}: {lq}{lead}{rq} — {speaker}"),
    # -- section headers
    ("section", "blind-s01", "blind", "en", "Related"),
    ("section", "blind-s02", "blind", "en", "More like this"),
    ("section", "blind-s03", "blind", "en", "In case you missed it"),
    ("section", "blind-s04", "blind", "ar", "آخر المستجدات"),
    ("section", "blind-s05", "blind", "ar", "اقرأ كذلك"),
    # -- appeals and other recurring boilerplate lines (variations of one line)
    ("appeal", "blind-a01", "blind", "en", ("Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest",
                                            "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest")),
    ("appeal", "blind-a02", "blind", "en", ("Newer Post Older Post Home", "Older Post Home", "Newer Post Home")),
    ("appeal", "blind-a03", "blind", "en", ("Rate this:", "Rate This")),
    ("appeal", "blind-a04", "blind", "en", ("Print Friendly, PDF & Email",)),
    ("appeal", "blind-a05", "blind", "ar", ("الاشتراك في: تعليقات الرسالة (Atom)",
                                            "الاشتراك في: الرسائل (Atom)")),
    ("appeal", "blind-a06", "blind", "ar", ("تابعوا آخر الأخبار عبر تطبيق نبض",
                                            "حمّل تطبيق نبض لمتابعة آخر الأخبار")),
    ("appeal", "blind-a07", "blind", "ar", ("للإعلان معنا: ads@{site}", "للإعلان على الموقع تواصلوا معنا")),
    ("appeal", "blind-a08", "blind", "ar", ("لا تنسَ ذكر الله", "لا تنسوا ذكر الله")),
    ("more_link", "blind-m01", "blind", "en", "Go to Source"),
    ("more_link", "blind-m02", "blind", "en", "Read the whole thing."),
    ("more_link", "blind-m03", "blind", "ar", "التفاصيل عبر الرابط 👇"),
    # -- spacing (para_gap, meta_gap, encoding: SHARED)
    ("block_gap", "blind-g01", "blind", "*", 8),
]

# (dimension, variant name) of other groups' variants the blind group draws too, where the
# generator can print no new value (see the docstring).
SHARED = {
    ("order", "byline date credit"), ("order", "date byline credit"), ("order", "credit byline date"),
    ("title_repeat", "after_meta"), ("title_repeat", "held2-t01"),
    ("para_gap", "mostly_blank"), ("para_gap", "double"), ("para_gap", "tight"),
    ("meta_gap", "compact"), ("meta_gap", "spaced"), ("meta_gap", "glued"),
    ("encoding", "utf8_lf"), ("encoding", "utf8_crlf"), ("encoding", "cp1256"), ("encoding", "held2-e01"),
}
