"""BLIND GROUP: the engineers tuning the ingester must not open this file. They run
``python -m tests.style_archive --styles blind`` (or the blind case of
tests/test_style_generalization.py) and read only the scores.

Variants of tests/style_catalogue.py written by a helper as the second blind group (2026-12-05),
after the first one (tests/style_held2.py) was opened; chosen for being printed by real news sites
and aggregator blogs (English and Arabic) and for differing from every tune, held and held2
variant, never for defeating the ingester (which was not run on them while writing them).

Rows in the catalogue's format (dimension, variant name, group, language, spec[, weight]), all in
group "blind"; tests/style_catalogue.py appends them to its table, and ``--styles blind`` draws
only from them (plus SHARED below). No row repeats a tune, held or held2 variant's name or spec.
Variant names are opaque on purpose: they end up in truth.jsonl and in
``bench/ingest_accuracy.py --by-style``, which the engineers may see.

Datelines may use, besides the fields of ``date_fields``, a few this file adds itself (so that
the catalogue, which the engineers read, shows nothing of them): _Dateline fills them in when
the generator formats the template. Numeric dates put the day before the month; weekday fields
are the real weekday of the date; every dateline prints the Gregorian day and month, and all but
one the year.

Where the generator can print nothing new without changes that would show in files the
engineers read, the dimension is shared (all tune/held values: held2 ones cannot be shared, as
tests/test_style_archive_truth.py knows only tune, held and blind):

    order         all six orders of the three header slots are taken: three are shared
    title_repeat  header_lines prints no placement that is not taken: two are shared
    para_gap      gap_lines prints four gaps, all taken: two are shared
    meta_gap      render_article prints three, all taken: two are shared
    encoding      the truth test reads only UTF-8 (with or without BOM) and cp1256, LF or CRLF,
                  cp1256 is keyed on its variant name, and every (codec, line end) pair besides
                  cp1256 with CRLF is taken: the four tune/held ones are shared, with their weights
    block_gap     a new count (the spec is a number of blank lines)
"""
from __future__ import annotations

from datetime import date

# Months of the tabular (arithmetic) Hijri calendar, and of Algerian/Tunisian usage.
_HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
                 "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
_MAGHREB_MONTHS = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر",
                   "أكتوبر", "نوفمبر", "ديسمبر"]


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
    name, year), {mag} (the month's Algerian/Tunisian name), {AMPM} (AM/PM)."""
    y, m, d = int(f["Y"]), int(f["m"]), int(f["d"])
    hy, hm, hd = _hijri(date(y, m, d))
    return {"hd": str(hd), "hmon": _HIJRI_MONTHS[hm - 1], "hY": str(hy),
            "mag": _MAGHREB_MONTHS[m - 1], "AMPM": f["ampm"].upper()}


class _Dateline(str):
    """A dateline template (a str, compared and printed as its text) whose format() also fills
    _extra_fields; a field date_fields has wins over the one added here."""

    def format(self, *args, **fields) -> str:
        return str.format(self, *args, **{**_extra_fields(fields), **fields})


_D = _Dateline

ROWS = [
    # -- datelines
    ("dateline", "blind-d01", "blind", "en", _D("Published On {d} {Mon} {Y}")),
    ("dateline", "blind-d02", "blind", "en", _D("{Weekday}, {d} {Month}, {Y} - {HM}")),
    ("dateline", "blind-d03", "blind", "en", _D("{Mon} {d}, {Y}, {HM} IST")),
    ("dateline", "blind-d04", "blind", "en", _D("Published {hm} {AMPM} EST, {Wkd} {Month} {d}, {Y}")),
    ("dateline", "blind-d05", "blind", "en", _D("Posted on {Month} {d}, {Y}")),
    ("dateline", "blind-d06", "blind", "en", _D("{MON} {dd}, {Y} {hm} {AMPM}")),
    ("dateline", "blind-d07", "blind", "en", _D("{dd}-{mm}-{Y} {hm} {AMPM}")),
    ("dateline", "blind-d08", "blind", "en", _D("{Month} {d} at {hm} {AMPM}")),
    ("dateline", "blind-d09", "blind", "ar", _D("{arwd} {hd} {hmon} {hY}هـ - {d} {msa} {Y}م")),
    ("dateline", "blind-d10", "blind", "ar", _D("{d}/{m}/{Y} {hm} {ar_ampm} (بتوقيت مكة المكرمة)")),
    ("dateline", "blind-d11", "blind", "ar", _D("{dd} {mag} {Y} | {HM}")),
    ("dateline", "blind-d12", "blind", "ar", _D("{arwd} - {hd} {hmon} {hY} هـ - {dd} {msa} {Y} مـ")),
    ("dateline", "blind-d13", "blind", "ar", _D("{arwd}، {dd} {msa} {Y} {hm} {ar_ampm} بتوقيت غرينتش")),
    ("dateline", "blind-d14", "blind", "ar", _D("تاريخ الإضافة: {arwd} {d} {lev} {Y}")),
    ("dateline", "blind-d15", "blind", "ar", _D("{HM} GMT {dd}.{mm}.{Y}")),
    # -- credits naming the outlet
    ("credit", "blind-c01", "blind", "en", ("bottom", "Read the original article on {o}.")),
    ("credit", "blind-c02", "blind", "en", ("bottom", "This article is republished from {o} under a Creative Commons license.")),
    ("credit", "blind-c03", "blind", "en", ("bottom", "H/T {o}")),
    ("credit", "blind-c04", "blind", "en", ("top", "Provided by {o}")),
    ("credit", "blind-c05", "blind", "ar", ("bottom", "هذا المحتوى مقدم من {o}")),
    ("credit", "blind-c06", "blind", "ar", ("top", "مصدر الخبر: {o}")),
    ("credit", "blind-c07", "blind", "ar", ("bottom", "* خدمة «{o}»")),
    ("credit", "blind-c08", "blind", "ar", ("top", "بالتعاون مع {o}")),
    ("credit", "blind-c09", "blind", "ar", ("bottom", "جميع حقوق النشر محفوظة لـ{o}")),
    # -- bylines
    ("byline", "blind-b01", "blind", "en", "Words by {a}"),
    ("byline", "blind-b02", "blind", "en", "Story by {a}"),
    ("byline", "blind-b03", "blind", "en", "{a} and {b}, {o}"),
    ("byline", "blind-b04", "blind", "en", "Opinion by {a}"),
    ("byline", "blind-b05", "blind", "ar", "الكاتب: {a}"),
    ("byline", "blind-b06", "blind", "ar", "متابعة: {a}"),
    ("byline", "blind-b07", "blind", "ar", "ترجمة: {a}"),
    ("byline", "blind-b08", "blind", "ar", "رصد: {a}"),
    ("byline", "blind-b09", "blind", "ar", "{a} و{b} | {o}"),
    # -- header block (order and title_repeat: SHARED)
    ("deck", "blind-k01", "blind", "*", "{label} | {lead}"),
    ("deck", "blind-k02", "blind", "*", "{lq}{lead}{rq} — {speaker}"),
    # -- section headers
    ("section", "blind-s01", "blind", "en", "Read next"),
    ("section", "blind-s02", "blind", "en", "Related coverage"),
    ("section", "blind-s03", "blind", "en", "Trending now"),
    ("section", "blind-s04", "blind", "ar", "اخترنا لكم"),
    ("section", "blind-s05", "blind", "ar", "أخبار متعلقة"),
    ("section", "blind-s06", "blind", "ar", "عناوين أخرى"),
    # -- appeals and other recurring boilerplate lines (variations of one line)
    ("appeal", "blind-a01", "blind", "en", (
        "The views expressed in this article are the author's own.",
        "The views expressed in this article are the author's own and do not necessarily reflect "
        "the editorial policy of {site}.")),
    ("appeal", "blind-a02", "blind", "en", ("Follow us on Google News", "Follow {site} on Google News")),
    ("appeal", "blind-a03", "blind", "en", ("Subscribe to our YouTube channel",
                                            "Watch more videos on our YouTube channel")),
    ("appeal", "blind-a04", "blind", "ar", ("المقالات المنشورة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الموقع",
                                            "الآراء الواردة في المقال تعبر عن رأي كاتبها فقط")),
    ("appeal", "blind-a05", "blind", "ar", ("اشترك في قناتنا على يوتيوب",
                                            "اشتركوا في قناتنا على يوتيوب ليصلكم كل جديد")),
    ("appeal", "blind-a06", "blind", "ar", ("للتواصل مع هيئة التحرير: news@{site}",
                                            "راسلونا على البريد الإلكتروني: news@{site}")),
    ("appeal", "blind-a07", "blind", "ar", ("يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك",
                                            "باستمرارك في تصفح الموقع فإنك توافق على استخدام ملفات تعريف الارتباط")),
    ("more_link", "blind-m01", "blind", "en", "(more…)"),
    ("more_link", "blind-m02", "blind", "ar", "اقرأ المزيد"),
    # -- spacing (para_gap, meta_gap, encoding: SHARED)
    ("block_gap", "blind-g01", "blind", "*", 4),
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
