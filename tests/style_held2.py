"""Variants of tests/style_catalogue.py written by a helper as the first blind group (2026-12-04), so
that the engineers tuning the ingester had not read them; scored blind once (recall 0.730, precision
0.929, dates 0.724, printed outlets 0.632), opened on 2026-12-05 and since then group "held2":
looked at, like "held". The new blind group is tests/style_blind.py.

Rows in the catalogue's format (dimension, variant name, group, language, spec[, weight]), all in
group "held2"; tests/style_catalogue.py appends them to its table, and ``--styles held2`` draws
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
    ("dateline", "held2-d01", "held2", "en", "{Wkd} {d} {Mon} {Y} {HM} GMT"),
    ("dateline", "held2-d02", "held2", "en", "First published on {Weekday} {d} {Month} {Y}"),
    ("dateline", "held2-d03", "held2", "en", "Published date: {d} {Month} {Y} {HM} UTC"),
    ("dateline", "held2-d04", "held2", "en", "{dd}/{mm}/{yy}"),
    ("dateline", "held2-d05", "held2", "en", "Modified {d} {Month}, {hm}{ampm}"),
    ("dateline", "held2-d06", "held2", "en", "{dd}-{Mon}-{Y}"),
    ("dateline", "held2-d07", "held2", "en", "{Weekday} {dth} of {Month} {Y}"),
    ("dateline", "held2-d08", "held2", "ar", "{d} {lev} ({msa}) {Y}"),
    ("dateline", "held2-d09", "held2", "ar", "الساعة {HM}، {arwd} {d} {msa} {Y}"),
    ("dateline", "held2-d10", "held2", "ar", "{arwd} {d}-{m}-{Y}"),
    ("dateline", "held2-d11", "held2", "ar", "يوم {arwd} الموافق {d} {lev} {Y}"),
    ("dateline", "held2-d12", "held2", "ar", "آخر تعديل: {arwd} {d} {lev}"),
    ("dateline", "held2-d13", "held2", "ar", "{arwd} {d_i} {msa} {Y_i}"),
    ("dateline", "held2-d14", "held2", "ar", "{hm} {ar_ampm} {arwd} {dd} {msa} {Y}"),
    ("dateline", "held2-d15", "held2", "ar", "نشر بتاريخ {dd}-{mm}-{Y}"),
    # -- credits naming the outlet
    ("credit", "held2-c01", "held2", "en", ("bottom", "Republished with permission from {o}.")),
    ("credit", "held2-c02", "held2", "en", ("bottom", "Cross-posted from {o}")),
    ("credit", "held2-c03", "held2", "en", ("top", "{o} reports:")),
    ("credit", "held2-c04", "held2", "en", ("top", "[{o}]")),
    ("credit", "held2-c05", "held2", "en", ("bottom", "Sources: {o} and agencies")),
    ("credit", "held2-c06", "held2", "ar", ("bottom", "ترجمة عن {o}")),
    ("credit", "held2-c07", "held2", "ar", ("bottom", "وفقاً لـ{o}")),
    ("credit", "held2-c08", "held2", "ar", ("bottom", "المصدر : {o} + وكالات")),
    ("credit", "held2-c09", "held2", "ar", ("top", "«{o}» - متابعات")),
    # -- bylines
    ("byline", "held2-b01", "held2", "en", "Posted by {a}"),
    ("byline", "held2-b02", "held2", "en", "{a} for {o}"),
    ("byline", "held2-b03", "held2", "en", "By {a} & {b}"),
    ("byline", "held2-b04", "held2", "en", "{a}, Staff Writer"),
    ("byline", "held2-b05", "held2", "en", "By {a} in Amman"),
    ("byline", "held2-b06", "held2", "ar", "تقرير: {a}"),
    ("byline", "held2-b07", "held2", "ar", "تحرير: {a}"),
    ("byline", "held2-b08", "held2", "ar", "بقلم: {a}، {b}"),
    ("byline", "held2-b09", "held2", "ar", "دمشق - {a}"),
    # -- header block
    ("order", "held2-o01", "held2", "*", ("byline", "credit", "date")),
    ("title_repeat", "held2-t01", "held2", "*", "after_credit"),
    ("title_repeat", "held2-t02", "held2", "*", "after_deck"),
    ("deck", "held2-k01", "held2", "*", "{speaker}: {lq}{lead}{rq}"),
    ("deck", "held2-k02", "held2", "*", "{lead}..."),
    # -- section headers
    ("section", "held2-s01", "held2", "en", "More on this story"),
    ("section", "held2-s02", "held2", "en", "Don't miss"),
    ("section", "held2-s03", "held2", "en", "Editor's picks"),
    ("section", "held2-s04", "held2", "ar", "آخر الأخبار"),
    ("section", "held2-s05", "held2", "ar", "مقالات مقترحة"),
    ("section", "held2-s06", "held2", "ar", "لا تفوّت"),
    # -- appeals and other recurring boilerplate lines (variations of one line)
    ("appeal", "held2-a01", "held2", "en", ("Got a tip? Email us at tips@{site}",
                                            "Have a story? Contact tips@{site}")),
    ("appeal", "held2-a02", "held2", "en", ("Listen to this article", "Listen to this story")),
    ("appeal", "held2-a03", "held2", "en", ("Spotted a mistake? Let us know", "Report an error")),
    ("appeal", "held2-a04", "held2", "en", ("Follow us on X: @{handle}", "Follow us on X (formerly Twitter)")),
    ("appeal", "held2-a05", "held2", "ar", ("اشترك في نشرتنا البريدية", "اشترك في النشرة البريدية اليومية")),
    ("appeal", "held2-a06", "held2", "ar", ("حمّل تطبيقنا على هاتفك", "حمّلوا التطبيق الآن")),
    ("appeal", "held2-a07", "held2", "ar", ("أبلغ عن خطأ", "هل وجدت خطأ؟ أبلغنا")),
    ("more_link", "held2-m01", "held2", "en", "Continue reading »"),
    ("more_link", "held2-m02", "held2", "ar", "أكمل القراءة"),
    # -- spacing and files (see the docstring)
    ("block_gap", "held2-g01", "held2", "*", 3),
    ("encoding", "held2-e01", "held2", "*", ("utf-8-sig", "\r\n")),
]

# (dimension, variant name) of tune/held variants the blind group draws too, where the generator
# can print no new value (see the docstring).
SHARED = {("para_gap", "double"), ("meta_gap", "glued")}
