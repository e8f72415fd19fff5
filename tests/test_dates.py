"""Every dateline format the archive prints, and the year inference for year-less ones."""
import datetime as dt

import pytest

from index.dates import PrintedDate, infer_year, parse_dateline


@pytest.mark.parametrize("line, expected", [
    ("27 Jul 2021", (27, 7, 2021)),                     # d Mon Y
    ("22 Jul 21", (22, 7, 2021)),                       # dd Mon yy
    ("02 Mar 87", (2, 3, 1987)),                        # two-digit year of the last century
    ("July 6, 2021", (6, 7, 2021)),                     # Month d, Y
    ("March 04, 2021", (4, 3, 2021)),                   # Month dd, Y
    ("MARCH 30, 2021", (30, 3, 2021)),                  # MONTH d, Y
    ("Sep 21, 2021", (21, 9, 2021)),
    ("Tuesday, July 6, 2021", (6, 7, 2021)),
    ("18/07/2021", (18, 7, 2021)),                      # dd/mm/Y is day first
    ("5/1/2021", (5, 1, 2021)),
    ("Today 10/7/2021", (10, 7, 2021)),                 # the blog's "Today" prefix
    ("Today 07/07/2021", (7, 7, 2021)),
    ("08.07.2021", (8, 7, 2021)),                       # dd.mm.Y
    ("16.07.2021 ", (16, 7, 2021)),
    ("19-08-2020", (19, 8, 2020)),                      # dd-mm-Y
    ("2021-07-06", (6, 7, 2021)),                       # ISO
    ("\xa0July 25, 2021\xa0", (25, 7, 2021)),           # no-break spaces around
    ("الثلاثاء 13 نيسان 2021", (13, 4, 2021)),           # weekday + Levantine month
    ("13 نيسان 2021", (13, 4, 2021)),
    ("الإثنين 5 كانون الثاني 2015", (5, 1, 2015)),
    ("الخميس 13 تشرين أول 2016", (13, 10, 2016)),        # spelling variant without the article
    ("1 آذار 2020", (1, 3, 2020)),
    ("1 اذار 2020", (1, 3, 2020)),
    ("3 أيار 2021", (3, 5, 2021)),
    ("9 آب 2019", (9, 8, 2019)),
    ("الثلاثاء 13 أبريل 2021", (13, 4, 2021)),           # weekday + Egyptian/MSA month
    ("13 إبريل 2021", (13, 4, 2021)),
    ("2 اغسطس 2018", (2, 8, 2018)),
    ("8 تموز/يوليو 2021", (8, 7, 2021)),                 # both names printed
    ("٢٢ تشرين الأول ٢٠٢٠", (22, 10, 2020)),             # Arabic-Indic digits
    ("22 تشرين ثاني", (22, 11, None)),                   # no year
    ("الأحد 22 نوفمبر", (22, 11, None)),
    # dateline words and clock times around the date (data/datelines.toml)
    ("Date: November 20, 2020", (20, 11, 2020)),
    ("Published: July 5, 2021 - 10:32 GMT", (5, 7, 2021)),
    ("Last modified 05 Jul 2021, 9:12 am", (5, 7, 2021)),
    ("تاريخ النشر: 05/07/2021", (5, 7, 2021)),
    ("آخر تحديث: 5 يوليو 2021 - 11:32", (5, 7, 2021)),
    ("5 أغسطس 2018م", (5, 8, 2018)),
    ("2021/07/05", (5, 7, 2021)),
    # the day and the month however they are joined; a second month name in brackets
    ("12-Oct-2019", (12, 10, 2019)),
    ("Friday 1st of May 2020", (1, 5, 2020)),
    ("9 نيسان (أبريل) 2019", (9, 4, 2019)),
    ("Updated 3 June, 9:05pm", (3, 6, None)),             # a clock with am/pm glued on
    ("يوم الخميس 3 أيلول 2020", (3, 9, 2020)),           # one other word beside a weekday
    ("2020-09-03T08:15:00Z", (3, 9, 2020)),              # ISO 8601 with its time
    ("Thu, 03 Sep 2020 08:15:00 +0300", (3, 9, 2020)),   # RFC 2822, a zone offset
    ("Updated 08:15 GMT+3, 3 September 2020", (3, 9, 2020)),
    ("الخميس 15 محرم 1442 هـ الموافق 3 سبتمبر 2020 م", (3, 9, 2020)),   # a Hijri date beside it
    # Maghreb month names (Algeria and Tunisia, Morocco); an English month and day, no year
    ("12 جانفي 2019", (12, 1, 2019)), ("3 أفريل 2020 | 10:15", (3, 4, 2020)), ("الأحد 2 جوان 2019", (2, 6, 2019)),
    ("14 جويلية 2017", (14, 7, 2017)), ("15 أوت 2016", (15, 8, 2016)), ("9 غشت 2018", (9, 8, 2018)),
    ("1 دجنبر 2020", (1, 12, 2020)),
    ("March 23 at 2:07 PM", (23, 3, None)), ("Sep 12, 12:30", (12, 9, None)), ("Posted June 5th", (5, 6, None)),
    # the word "year", "من (شهر)", two month names with a dash, month first, year first, a month
    # and day joined by dashes; an Iranian date beside it; a second date; a place
    ("5 ديسمبر عام 2019", (5, 12, 2019)), ("7 من شهر مايو 2020", (7, 5, 2020)), ("7 من مايو 2020", (7, 5, 2020)),
    ("5 كانون الأول - ديسمبر 2019", (5, 12, 2019)), ("ديسمبر 5، 2019", (5, 12, 2019)),
    ("2019, December 5", (5, 12, 2019)), ("2019 ديسمبر 5", (5, 12, 2019)), ("Dec-05-2019", (5, 12, 2019)),
    ("السبت 14 آذر 1398 - 5 ديسمبر 2019", (5, 12, 2019)),
    ("December 5, 2019 | Updated December 6, 2019", (5, 12, 2019)),
    ("05 Dec 2019 | 10:32 GMT | Beirut", (5, 12, 2019)),
    ("5 ديسمبر من عام 2019", (5, 12, 2019)), ("5 ديسمبر للعام 2019", (5, 12, 2019)), ("Dec 5 '19", (5, 12, 2019)),
    ("5 ديسمبر، سنة 2019 ميلادية", (5, 12, 2019)), ("5 ديسمبر | 2019", (5, 12, 2019)),
    ("Friday 6 December · 2019", (6, 12, 2019)), ("Dec 5 — 2019", (5, 12, 2019)),
    ("2019-Dec-05", (5, 12, 2019)), ("5 December 2019 10h32", (5, 12, 2019)),       # a clock as "10h32"
    ("Samedi 7 décembre 2019 à 10h32", (7, 12, 2019)), ("le 5 mai 2019", (5, 5, 2019)),   # French
    ("5 ديسمبر - 10:32 - 2019", (5, 12, 2019)),           # the year apart from the day and month
    ("الخميس 5 ديسمبر ,2019: 10:32 م", (5, 12, 2019)),     # a colon after the year (no clock)
    ("Date:05 December 2019 10:32", (5, 12, 2019)),       # a label's colon glued to the day
    ("December, 05, 2019 - 10:32", (5, 12, 2019)),        # a comma after the month
    ("Thursday 5 December 10:32 2019", (5, 12, 2019)),
    ("الخميس 5 ديسمبر 2019 - الموافق 8 ربيع الآخر 1441 هـ | آخر تحديث: 10:32 مساء بتوقيت مكة", (5, 12, 2019)),
    # a year with its clock glued on by a copy of the page's elements; a zone named by a city of
    # two words; a Hijri date with marks between its parts
    ("25/7/2015|آخر تحديث: 25/7/201509:31 AM (بتوقيت مكة المكرمة)", (25, 7, 2015)),
    ("5 يوليو 2015 - 10:32 بتوقيت القدس الشريف", (5, 7, 2015)),
    ("الخميس / 6 / جمادى الآخرة / 1439 هـ الخميس 22 فبراير 2018 14:07", (22, 2, 2018)),
    # a zone's abbreviation, a count beside the date, how long ago, "of"
    ("Updated: Dec 05, 2019, 10:32 IST", (5, 12, 2019)), ("2019/12/05 - 10:32 ت.غ", (5, 12, 2019)),
    ("December 5, 2019 at 10:32 am · 4 Comments", (5, 12, 2019)), ("5 December 2019 | 10:32 | 1,234 views", (5, 12, 2019)),
    ("05/12/2019 | عدد القراءات: 1234", (5, 12, 2019)),
    ("December 5, 2019 / 10:32 AM / Updated 2 hours ago", (5, 12, 2019)), ("منذ 3 ساعات | 5 ديسمبر 2019", (5, 12, 2019)),
    ("Date of publication: 5 December 2019", (5, 12, 2019)),
    ("05 December 2019 - 10:32 Makkah Mukarramah time", (5, 12, 2019)),
    ("Monday, October 19, 1987 | Safar 25, 1408 AH", (19, 10, 1987)),      # a Hijri date in Latin letters
    ("Thursday 05 December 2019 / 8 Rabi al-Thani 1441", (5, 12, 2019)),
])
def test_datelines(line, expected):
    assert parse_dateline(line) == PrintedDate(*expected)


@pytest.mark.parametrize("line", [
    "Iraq 2021", "The talks on 5 July 2021 failed", "Published by Reuters on 5 July 2021",
    "version 2.1.2021", "Page 3 of 2021", "Match at 20:30 on 5 July", "Talks resumed 5 March 2018",
    "Concert on Friday 5 March 2021 in Paris", "May 2021", "31/02/2021", "2,500 troops",
    "On March 29th, three separate supply consignments were targeted.", "Today", "",
    "Iraqi resistance ambush asaib Ahl al-Haq against American forces Sep 21, 2021",
    "5/7/2015 بتوقيت القرار السياسي",       # no city after "time": a headline's words
    "5 December 2019: 4 killed in Gaza", "3 hours ago, 5 December 2019 talks ended",   # counts of other things
    "5 December 2019 Peace Talks time",                 # no city before "time"
])
def test_lines_that_are_not_datelines(line):
    assert parse_dateline(line) is None


def test_year_is_inferred_from_the_nearest_dated_neighbour():
    printed = PrintedDate(22, 11, None)
    assert infer_year(printed, [dt.date(2020, 11, 23)]) == dt.date(2020, 11, 22)
    # across a new year: a late-December dateline next to a January article
    assert infer_year(PrintedDate(30, 12, None), [dt.date(2021, 1, 2)]) == dt.date(2020, 12, 30)
    assert infer_year(printed, []) is None
