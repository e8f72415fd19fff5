"""A third tune group of tests/style_catalogue.py: 77 conventions invented on 2026-12-05 (sixth
session) after what real sites print (Al Jazeera's glued dates, Anadolu, Xinhua, Asharq
Al-Awsat's Hijri line and issue number, WordPress and Substack themes, wire end marks, Arabic
bylines with the writer's roles, "more" links naming the source, ...), for three probe archives
the ingester was worked on; looked at and tuned on like "tune". Of the 127 conventions invented,
those equal to a variant of any group once case, spaces and punctuation are set aside were left
out (50, never looked at: some may be blind variants). The dimensions it has no rows of for a
language (header order, the title printed again, blank-line habits, files) are drawn from the
tune group (SHARED).

Rows in the catalogue's format (dimension, variant name, group, language, spec[, weight]).
"""
from __future__ import annotations

from .style_fields import Dateline

ROWS = [
    ("dateline", "t3-y-d01", "tune3", "en", Dateline('Published On {d} {Mon} {Y}{d} {Mon} {Y}')),
    ("dateline", "t3-y-d03", "tune3", "en", Dateline('{Weekday}, {MON} {dd}, {Y} - {hm} {AMPM}')),
    ("dateline", "t3-y-d04", "tune3", "en", Dateline('Last updated {d} {Month} {Y} | {mins} min read')),
    ("dateline", "t3-y-d05", "tune3", "en", Dateline('{Month} {d}, {Y} / {hm} {AMPM} / Updated {mins} hours ago')),
    ("dateline", "t3-y-d06", "tune3", "en", Dateline('Posted on {Month} {d}, {Y}{Month} {d}, {Y}')),
    ("dateline", "t3-y-d07", "tune3", "ar", Dateline('{arwd} - {hd} {hmon} {hY} هـ - {dd} {msa} {Y} مـ رقم العدد [{issue}]')),
    ("dateline", "t3-y-d08", "tune3", "ar", Dateline('آخر تحديث : {arwd} ، {dd} {msa} {Y} - {hm} {ar_ampm}')),
    ("dateline", "t3-y-d09", "tune3", "ar", Dateline('تاريخ النشر : {dd} - {mm} - {Y} | {HM}')),
    ("dateline", "t3-y-d10", "tune3", "ar", Dateline('{arwd} {dd}/{msa}/{Y} - {hm} {ar_ampm}')),
    ("dateline", "t3-y-d11", "tune3", "ar", Dateline('منذ {mins} ساعات | {d} {msa} {Y}')),
    ("dateline", "t3-y-d12", "tune3", "ar", Dateline('{d} {lev} {Y} | عدد القراءات: {issue}')),
    ("dateline", "t3-y-d13", "tune3", "ar", Dateline('نشر بتاريخ: {arwd} {dd}/{mm}/{Y} - {HM} | آخر تحديث: {HM}')),
    ("credit", "t3-y-c01", "tune3", "en", ('bottom', 'This story was originally published by {o}.')),
    ("credit", "t3-y-c02", "tune3", "en", ('top', 'By {o} Staff')),
    ("credit", "t3-y-c03", "tune3", "en", ('bottom', 'Republished from {o} under a Creative Commons license.')),
    ("credit", "t3-y-c07", "tune3", "ar", ('top', '{o} - وكالات')),
    ("credit", "t3-y-c08", "tune3", "ar", ('bottom', 'هذا المقال نُشر أولاً على موقع {o}')),
    ("credit", "t3-y-c09", "tune3", "ar", ('bottom', 'لقراءة المقال من المصدر: {o}')),
    ("credit", "t3-y-c11", "tune3", "ar", ('bottom', 'بحسب ما نشرته {o}')),
    ("credit", "t3-y-c12", "tune3", "ar", ('top', 'ترجمة خاصة عن {o}')),
    ("byline", "t3-y-b01", "tune3", "en", 'By {a} | {o} Correspondent'),
    ("byline", "t3-y-b02", "tune3", "en", '{a}, Senior Editor'),
    ("byline", "t3-y-b08", "tune3", "ar", 'تقرير: {a} - {o}'),
    ("byline", "t3-y-b10", "tune3", "ar", '{a} - كاتب وصحفي'),
    ("byline", "t3-y-b11", "tune3", "ar", 'متابعة وتحرير: {a}'),
    ("byline", "t3-y-b12", "tune3", "ar", 'الكاتب والمحلل السياسي {a}'),
    ("section", "t3-y-s01", "tune3", "en", 'You might also like'),
    ("appeal", "t3-y-a01", "tune3", "en", ('Support independent journalism. Donate today.', 'Support our journalism: donate')),
    ("appeal", "t3-y-a02", "tune3", "en", ('Share this:', 'Share on Facebook', 'Share on Twitter')),
    ("appeal", "t3-y-a03", "tune3", "ar", ('شارك هذا المقال', 'شارك على فيسبوك')),
    ("appeal", "t3-y-a04", "tune3", "ar", ('لمتابعة آخر الأخبار تابعونا على تلغرام', 'تابعوا آخر الأخبار على تلغرام')),
    ("more_link", "t3-y-m01", "tune3", "en", 'Continue reading the full story'),
    ("more_link", "t3-y-m02", "tune3", "ar", 'للمزيد اضغط هنا'),
    ("dateline", "t3-z-d01", "tune3", "en", Dateline('{Weekday} {d} {Month} {Y} {HM} BST')),
    ("dateline", "t3-z-d02", "tune3", "en", Dateline('Updated: {Mon} {dd}, {Y} {hm} {AMPM} (Makkah Mukarramah time)')),
    ("dateline", "t3-z-d03", "tune3", "en", Dateline('{dd} {Month} {Y} | {Weekday}')),
    ("dateline", "t3-z-d04", "tune3", "en", Dateline('Date: {Y}/{mm}/{dd} Time: {HM}')),
    ("dateline", "t3-z-d05", "tune3", "en", Dateline('On {Weekday}, {Month} {d}, {Y}')),
    ("dateline", "t3-z-d06", "tune3", "en", Dateline('{Mon} {d}, {Y} ● {mins} comments')),
    ("dateline", "t3-z-d07", "tune3", "ar", Dateline('{arwd}، {d} {lev} ({msa}) {Y}')),
    ("dateline", "t3-z-d08", "tune3", "ar", Dateline('التاريخ: {arwd} {dd}-{mm}-{Y} الساعة: {HM}')),
    ("dateline", "t3-z-d10", "tune3", "ar", Dateline('نشر في: {dd}/{mm}/{Y} {hm} {ar_ampm} | عدد المشاهدات: {issue}')),
    ("dateline", "t3-z-d11", "tune3", "ar", Dateline('{city_ar} - {dd} {msa} {Y}')),
    ("dateline", "t3-z-d12", "tune3", "ar", Dateline('{arwd} {d} {mag} {Y} على الساعة {HM}')),
    ("credit", "t3-z-c02", "tune3", "en", ('top', 'Special to {o}')),
    ("credit", "t3-z-c03", "tune3", "en", ('bottom', 'The views expressed in this article do not necessarily reflect those of {o}.')),
    ("credit", "t3-z-c05", "tune3", "en", ('bottom', 'Follow {o} on Telegram for more news.')),
    ("credit", "t3-z-c06", "tune3", "en", ('top', 'Written for {o}')),
    ("credit", "t3-z-c07", "tune3", "ar", ('bottom', 'المصدر: موقع {o} الإلكتروني')),
    ("credit", "t3-z-c09", "tune3", "ar", ('bottom', 'نشرت هذه المادة أولا في {o}')),
    ("credit", "t3-z-c11", "tune3", "ar", ('bottom', '© حقوق النشر محفوظة لموقع {o}')),
    ("credit", "t3-z-c12", "tune3", "ar", ('top', 'المصدر : {o} + مواقع')),
    ("byline", "t3-z-b02", "tune3", "en", 'Reported by {a}; edited by {b}'),
    ("byline", "t3-z-b03", "tune3", "en", 'By {a} in Beirut'),
    ("byline", "t3-z-b06", "tune3", "en", 'Text by {a}, photos by {b}'),
    ("byline", "t3-z-b09", "tune3", "ar", 'تقرير {a} من بيروت'),
    ("byline", "t3-z-b10", "tune3", "ar", 'د. {a}'),
    ("byline", "t3-z-b12", "tune3", "ar", 'بقلم الأستاذ {a} و{b}'),
    ("section", "t3-z-s03", "tune3", "ar", 'اقرأ في هذا الملف'),
    ("section", "t3-z-s04", "tune3", "ar", 'أخبار ذات علاقة'),
    ("appeal", "t3-z-a01", "tune3", "en", ('Subscribe to our YouTube channel', 'Subscribe on YouTube')),
    ("appeal", "t3-z-a03", "tune3", "ar", ('الكلمات الدلالية: {tags}',)),
    ("appeal", "t3-z-a04", "tune3", "ar", ('حمّل تطبيق الموقع الآن', 'حمل التطبيق')),
    ("more_link", "t3-z-m02", "tune3", "ar", 'تابع القراءة على الموقع'),
    ("deck", "t3-w-k03", "tune3", "*", 'Summary: {lead}'),
    ("section", "t3-w-s05", "tune3", "ar", 'في السياق'),
    ("appeal", "t3-w-a01", "tune3", "en", ('Advertisement', 'ADVERTISEMENT')),
    ("appeal", "t3-w-a02", "tune3", "en", ('Print', 'Email', 'Share')),
    ("appeal", "t3-w-a03", "tune3", "en", ('Comments (0)', 'Leave a comment')),
    ("appeal", "t3-w-a04", "tune3", "en", ('Sign up for our newsletter', 'Click here to subscribe to our newsletter')),
    ("appeal", "t3-w-a05", "tune3", "ar", ('إعلان', '- إعلان -')),
    ("appeal", "t3-w-a06", "tune3", "ar", ('طباعة', 'نسخ الرابط', 'مشاركة')),
    ("appeal", "t3-w-a07", "tune3", "ar", ('تعليقات (0)', 'أضف تعليقك')),
    ("appeal", "t3-w-a08", "tune3", "ar", ('اشترك في قناتنا على يوتيوب', 'اشترك الآن')),
    ("more_link", "t3-w-m01", "tune3", "en", 'Full story'),
    ("more_link", "t3-w-m03", "tune3", "ar", 'المزيد'),
    ("more_link", "t3-w-m04", "tune3", "ar", 'اقرأ المقال كاملاً'),
]

# (dimension, variant name) of the tune group's variants drawn too
SHARED = {
    ("block_gap", "one"), ("encoding", "utf8_bom"), ("encoding", "utf8_lf"), ("meta_gap", "compact"),
    ("order", "byline date credit"), ("order", "credit byline date"), ("order", "date credit byline"),
    ("para_gap", "blank"), ("para_gap", "mostly_blank"), ("title_repeat", "after_date"),
    ("title_repeat", "after_title"),
}
