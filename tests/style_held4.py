"""BLIND GROUP: the engineers tuning the ingester must not open this file.

Variants of tests/style_catalogue.py written by a helper as the third blind group (2026-12-05),
after the second one (tests/style_held3.py) was opened, so that the engineers tuning the
ingester have not read them. Chosen for being printed by real English and Arabic news sites,
wire services and blogs (site defaults, Gulf, Levant, Maghreb and Egyptian papers), and for
differing from every tune, tune2, held, held2 and held3 variant (name and spec), never for
defeating the ingester: neither the ingester's code nor its scores on this group were looked at
when choosing them.

Rows in the catalogue's format (dimension, variant name, group, language, spec[, weight]), all in
group "blind"; tests/style_catalogue.py appends them to its table, and ``--styles blind`` draws
only from them (plus SHARED below). Variant names are opaque on purpose: they end up in
truth.jsonl and in ``bench/ingest_accuracy.py --by-style``, which the engineers may see.

Datelines may use, besides the fields of ``date_fields``, a few this file adds itself: _Dateline
fills them in when the generator formats the template (the way tests/style_held3.py does).
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

from datetime import date

# Months of the tabular (arithmetic) Hijri calendar, and of Moroccan usage.
_HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
                 "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
_MOROCCAN_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر",
                    "أكتوبر", "نونبر", "دجنبر"]
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _hijri(day: date) -> tuple[int, int, int]:
    """(year, month, day) of the tabular Islamic calendar (civil epoch) for a Gregorian date;
    within a day or two of the Umm al-Qura dates sites print (1 Ramadan 1445 = 11 March 2024)."""
    n = day.toordinal() + 1721425 - 1948440 + 10632
    cycle = (n - 1) // 10631
    n = n - 10631 * cycle + 354
    j = ((10985 - n) // 5316) * ((50 * n) // 17719) + (n // 5670) * ((43 * n) // 15238)
    n = n - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * n) // 709
    return 30 * cycle + j - 30, month, n - (709 * month) // 24


def _extra_fields(f: dict) -> dict:
    """Fields the catalogue's date_fields does not have: {hd} {hmon} {hY} (Hijri day, month
    name, year), {mor} (the month's Moroccan name), {m_i} (the month in Arabic-Indic digits),
    {AMPM} (AM/PM)."""
    y, m, d = int(f["Y"]), int(f["m"]), int(f["d"])
    hy, hm, hd = _hijri(date(y, m, d))
    return {"hd": str(hd), "hmon": _HIJRI_MONTHS[hm - 1], "hY": str(hy),
            "mor": _MOROCCAN_MONTHS[m - 1], "m_i": f["m"].translate(_INDIC),
            "AMPM": f["ampm"].upper()}


class _Dateline(str):
    """A dateline template (a str, compared and printed as its text) whose format() also fills
    _extra_fields; a field date_fields has wins over the one added here."""

    def format(self, *args, **fields) -> str:
        return str.format(self, *args, **{**_extra_fields(fields), **fields})


_D = _Dateline

ROWS = [
    # -- datelines
    ("dateline", "blind-d01", "blind", "en", _D("{Month} {d}, {Y} at {hm} {ampm}")),
    ("dateline", "blind-d02", "blind", "en", _D("Updated {hm} {AMPM} GMT+3, {Month} {d}, {Y}")),
    ("dateline", "blind-d03", "blind", "en", _D("Published: {Wkd} {d} {Mon} {Y}, {hm} {AMPM}")),
    ("dateline", "blind-d04", "blind", "en", _D("Updated {dd} {Month} {Y}")),
    ("dateline", "blind-d05", "blind", "en", _D("{Wkd}, {Month} {dth}, {Y}")),
    ("dateline", "blind-d06", "blind", "en", _D("{Weekday} {d} {Mon} {Y}")),
    ("dateline", "blind-d07", "blind", "en", _D("{d} {Mon} {Y}, {hm} {AMPM} GST")),
    ("dateline", "blind-d08", "blind", "ar", _D("{d}-{m}-{Y} | {HM}")),
    ("dateline", "blind-d09", "blind", "ar", _D("{arwd} {dd} {msa} {Y}م الموافق {hd} {hmon} {hY}هـ")),
    ("dateline", "blind-d10", "blind", "ar", _D("{arwd} {d_i}/{m_i}/{Y_i}")),
    ("dateline", "blind-d11", "blind", "ar", _D("{arwd} {d} {mor} {Y} - {HM}")),
    ("dateline", "blind-d12", "blind", "ar", _D("التاريخ: {dd} {msa} {Y}")),
    ("dateline", "blind-d13", "blind", "ar", _D("{arwd} {d} {lev} {Y}")),
    ("dateline", "blind-d14", "blind", "ar", _D("{dd}-{mm}-{Y} {hm} {ar_ampm}")),
    ("dateline", "blind-d15", "blind", "ar", _D("{arwd} {d} {msa} {Y} | {hm} {ar_ampm} بتوقيت القاهرة")),
    # -- credits naming the outlet
    ("credit", "blind-c01", "blind", "en", ("top", "Source: {o}")),
    ("credit", "blind-c02", "blind", "en", ("bottom", "This post originally appeared on {o} and is "
                                                      "republished here with permission.")),
    ("credit", "blind-c03", "blind", "en", ("bottom", "Copyright {o}. All rights reserved.")),
    ("credit", "blind-c04", "blind", "en", ("top", "Published by {o}")),
    ("credit", "blind-c05", "blind", "ar", ("bottom", "المصدر: موقع {o}")),
    ("credit", "blind-c06", "blind", "ar", ("top", "بيروت - {o}")),
    ("credit", "blind-c07", "blind", "ar", ("bottom", "نُشر هذا المقال في الأصل على موقع {o}")),
    ("credit", "blind-c08", "blind", "ar", ("top", "فريق تحرير {o}")),
    ("credit", "blind-c09", "blind", "ar", ("bottom", "المقال مترجم عن {o}")),
    # -- bylines
    ("byline", "blind-b01", "blind", "en", "By {a} and {b}"),
    ("byline", "blind-b02", "blind", "en", "By {a}, Special to {o}"),
    ("byline", "blind-b03", "blind", "en", "Reported by {a}"),
    ("byline", "blind-b04", "blind", "en", "{a}, Contributor"),
    ("byline", "blind-b05", "blind", "ar", "بقلم / {a}"),
    ("byline", "blind-b06", "blind", "ar", "تحقيق: {a}"),
    ("byline", "blind-b07", "blind", "ar", "إعداد: {a} و{b}"),
    ("byline", "blind-b08", "blind", "ar", "{o} - {a}"),
    ("byline", "blind-b09", "blind", "ar", "بواسطة {a}"),
    # -- header block (order and title_repeat: SHARED)
    ("deck", "blind-k01", "blind", "*", "{lead} […]"),
    ("deck", "blind-k02", "blind", "*", "{label} - {lead}"),
    # -- section headers
    ("section", "blind-s01", "blind", "en", "Related Posts"),
    ("section", "blind-s02", "blind", "en", "More Stories"),
    ("section", "blind-s03", "blind", "en", "Latest News"),
    ("section", "blind-s04", "blind", "ar", "مقالات ذات صلة"),
    ("section", "blind-s05", "blind", "ar", "أخبار قد تهمك"),
    ("section", "blind-s06", "blind", "ar", "الأكثر تداولاً"),
    # -- appeals and other recurring boilerplate lines (variations of one line)
    ("appeal", "blind-a01", "blind", "en", ("Advertisement", "ADVERTISEMENT",
                                            "Story continues below advertisement")),
    ("appeal", "blind-a02", "blind", "en", (
        "We use cookies to improve your experience on our website.",
        "This website uses cookies. By continuing to use {site}, you agree to our use of cookies.")),
    ("appeal", "blind-a03", "blind", "en", ("Follow our WhatsApp channel",
                                            "Join our WhatsApp channel for the latest updates")),
    ("appeal", "blind-a04", "blind", "en", ("Sign up for breaking news alerts",
                                            "Get breaking news alerts from {site}")),
    ("appeal", "blind-a05", "blind", "ar", ("إعلان", "- إعلان -", "مساحة إعلانية")),
    ("appeal", "blind-a06", "blind", "ar", ("تابعوا آخر الأخبار عبر جوجل نيوز",
                                            "تابعونا على Google News")),
    ("appeal", "blind-a07", "blind", "ar", ("طباعة", "طباعة الخبر", "نسخة للطباعة")),
    ("more_link", "blind-m01", "blind", "en", "Read more"),
    ("more_link", "blind-m02", "blind", "ar", "اقرأ الخبر من المصدر"),
    # -- spacing (para_gap, meta_gap, encoding: SHARED)
    ("block_gap", "blind-g01", "blind", "*", 5),
]

# (dimension, variant name) of other groups' variants the blind group draws too, where the
# generator can print no new value (see the docstring).
SHARED = {
    ("order", "date credit byline"), ("order", "credit byline date"), ("order", "held2-o01"),
    ("title_repeat", "after_byline"), ("title_repeat", "held2-t01"),
    ("para_gap", "blank"), ("para_gap", "mostly_blank"), ("para_gap", "double"),
    ("meta_gap", "compact"), ("meta_gap", "glued"),
    ("encoding", "utf8_lf"), ("encoding", "utf8_bom"), ("encoding", "utf8_crlf"), ("encoding", "cp1256"),
    ("encoding", "held2-e01"),
}
