"""Blind variants of tests/style_catalogue.py: written so that the engineers tuning the ingester never read them. Do not open this file while working on the ingester; run `python -m tests.style_archive --styles blind` and read only the scores.

Rows in the catalogue's format (dimension, variant name, group, language, spec[, weight]), all in
group "blind"; tests/style_catalogue.py appends them to its table, and ``--styles blind`` draws
only from them (plus SHARED below). No row repeats a tune or held variant's name or spec
(tests/test_style_archive_truth.py checks it). Variant names are opaque on purpose: they end up
in truth.jsonl and in ``bench/ingest_accuracy.py --by-style``, which the engineers may see.

Where the generator could not print anything new, the dimension is shared or short:

    order         three header slots have six orders; five are tune/held, so one is left
    title_repeat  two placements the generator's header_lines prints since the blind group
                  came in (after the credit line, after the deck); tune/held output unchanged
    para_gap      the generator prints only four gaps, all tune/held: SHARED gives the blind
                  group the least-used one, "double" (held; the shared make_archive.py never
                  prints two blank lines between paragraphs)
    meta_gap      likewise "glued" (held; make_archive.py always leaves a blank line before
                  the body, and compact is a tune value)
    block_gap     a new count (the spec is a number of blank lines)
    encoding      one new (codec, line end) pair the generator and the truth test can write and
                  read: a BOM with CRLF line ends (every blind page); cp1256 is keyed on its
                  variant name in style_archive.py, so no other cp1256 variant is possible

Numeric dates put the day before the month; weekday fields are the real weekday of the date.
"""
from __future__ import annotations

ROWS = [
    # -- datelines
    ("dateline", "blind-d01", "blind", "en", "{Wkd} {d} {Mon} {Y} {HM} GMT"),
    ("dateline", "blind-d02", "blind", "en", "First published on {Weekday} {d} {Month} {Y}"),
    ("dateline", "blind-d03", "blind", "en", "Published date: {d} {Month} {Y} {HM} UTC"),
    ("dateline", "blind-d04", "blind", "en", "{dd}/{mm}/{yy}"),
    ("dateline", "blind-d05", "blind", "en", "Modified {d} {Month}, {hm}{ampm}"),
    ("dateline", "blind-d06", "blind", "en", "{dd}-{Mon}-{Y}"),
    ("dateline", "blind-d07", "blind", "en", "{Weekday} {dth} of {Month} {Y}"),
    ("dateline", "blind-d08", "blind", "ar", "{d} {lev} ({msa}) {Y}"),
    ("dateline", "blind-d09", "blind", "ar", "الساعة {HM}، {arwd} {d} {msa} {Y}"),
    ("dateline", "blind-d10", "blind", "ar", "{arwd} {d}-{m}-{Y}"),
    ("dateline", "blind-d11", "blind", "ar", "يوم {arwd} الموافق {d} {lev} {Y}"),
    ("dateline", "blind-d12", "blind", "ar", "آخر تعديل: {arwd} {d} {lev}"),
    ("dateline", "blind-d13", "blind", "ar", "{arwd} {d_i} {msa} {Y_i}"),
    ("dateline", "blind-d14", "blind", "ar", "{hm} {ar_ampm} {arwd} {dd} {msa} {Y}"),
    ("dateline", "blind-d15", "blind", "ar", "نشر بتاريخ {dd}-{mm}-{Y}"),
    # -- credits naming the outlet
    ("credit", "blind-c01", "blind", "en", ("bottom", "Republished with permission from {o}.")),
    ("credit", "blind-c02", "blind", "en", ("bottom", "Cross-posted from {o}")),
    ("credit", "blind-c03", "blind", "en", ("top", "{o} reports:")),
    ("credit", "blind-c04", "blind", "en", ("top", "[{o}]")),
    ("credit", "blind-c05", "blind", "en", ("bottom", "Sources: {o} and agencies")),
    ("credit", "blind-c06", "blind", "ar", ("bottom", "ترجمة عن {o}")),
    ("credit", "blind-c07", "blind", "ar", ("bottom", "وفقاً لـ{o}")),
    ("credit", "blind-c08", "blind", "ar", ("bottom", "المصدر : {o} + وكالات")),
    ("credit", "blind-c09", "blind", "ar", ("top", "«{o}» - متابعات")),
    # -- bylines
    ("byline", "blind-b01", "blind", "en", "Posted by {a}"),
    ("byline", "blind-b02", "blind", "en", "{a} for {o}"),
    ("byline", "blind-b03", "blind", "en", "By {a} & {b}"),
    ("byline", "blind-b04", "blind", "en", "{a}, Staff Writer"),
    ("byline", "blind-b05", "blind", "en", "By {a} in Amman"),
    ("byline", "blind-b06", "blind", "ar", "تقرير: {a}"),
    ("byline", "blind-b07", "blind", "ar", "تحرير: {a}"),
    ("byline", "blind-b08", "blind", "ar", "بقلم: {a}، {b}"),
    ("byline", "blind-b09", "blind", "ar", "دمشق - {a}"),
    # -- header block
    ("order", "blind-o01", "blind", "*", ("byline", "credit", "date")),
    ("title_repeat", "blind-t01", "blind", "*", "after_credit"),
    ("title_repeat", "blind-t02", "blind", "*", "after_deck"),
    ("deck", "blind-k01", "blind", "*", "{speaker}: {lq}{lead}{rq}"),
    ("deck", "blind-k02", "blind", "*", "{lead}..."),
    # -- section headers
    ("section", "blind-s01", "blind", "en", "More on this story"),
    ("section", "blind-s02", "blind", "en", "Don't miss"),
    ("section", "blind-s03", "blind", "en", "Editor's picks"),
    ("section", "blind-s04", "blind", "ar", "آخر الأخبار"),
    ("section", "blind-s05", "blind", "ar", "مقالات مقترحة"),
    ("section", "blind-s06", "blind", "ar", "لا تفوّت"),
    # -- appeals and other recurring boilerplate lines (variations of one line)
    ("appeal", "blind-a01", "blind", "en", ("Got a tip? Email us at tips@{site}",
                                            "Have a story? Contact tips@{site}")),
    ("appeal", "blind-a02", "blind", "en", ("Listen to this article", "Listen to this story")),
    ("appeal", "blind-a03", "blind", "en", ("Spotted a mistake? Let us know", "Report an error")),
    ("appeal", "blind-a04", "blind", "en", ("Follow us on X: @{handle}", "Follow us on X (formerly Twitter)")),
    ("appeal", "blind-a05", "blind", "ar", ("اشترك في نشرتنا البريدية", "اشترك في النشرة البريدية اليومية")),
    ("appeal", "blind-a06", "blind", "ar", ("حمّل تطبيقنا على هاتفك", "حمّلوا التطبيق الآن")),
    ("appeal", "blind-a07", "blind", "ar", ("أبلغ عن خطأ", "هل وجدت خطأ؟ أبلغنا")),
    ("more_link", "blind-m01", "blind", "en", "Continue reading »"),
    ("more_link", "blind-m02", "blind", "ar", "أكمل القراءة"),
    # -- spacing and files (see the docstring)
    ("block_gap", "blind-g01", "blind", "*", 3),
    ("encoding", "blind-e01", "blind", "*", ("utf-8-sig", "\r\n")),
]

# (dimension, variant name) of tune/held variants the blind group draws too, where the generator
# can print no new value (see the docstring).
SHARED = {("para_gap", "double"), ("meta_gap", "glued")}
