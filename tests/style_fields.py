"""Date fields the catalogue's date_fields does not have, for the dateline templates of the
groups written as blind groups (tests/style_held3.py, tests/style_held4.py, ...): Hijri dates,
the Maghreb's month names, Arabic-Indic digits. A template is a ``Dateline`` (a str, compared and
printed as its text) whose format() fills these fields too.

    {hd} {hmon} {hY}   the day, month name and year of the tabular Islamic calendar
    {mag}              the month's Algerian/Tunisian name (جانفي, فيفري, ...)
    {mor}              the month's Moroccan name (يناير, ..., ماي, يوليوز, غشت, شتنبر, ...)
    {m_i}              the month's number in Arabic-Indic digits, as date_fields prints {m}
    {AMPM}             AM/PM in capitals
    {issue} {mins}     a number beside the date that changes with it: a paper's issue number, a
                       reading time in minutes
    {city} {city_ar}   a correspondent's city before the date, one of CITIES by the date
"""
from __future__ import annotations

from datetime import date

HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
                "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
MAGHREB_MONTHS = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر",
                  "أكتوبر", "نوفمبر", "ديسمبر"]
MOROCCAN_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر",
                   "أكتوبر", "نونبر", "دجنبر"]
CITIES = [("Beirut", "بيروت"), ("Damascus", "دمشق"), ("Baghdad", "بغداد"), ("Tehran", "طهران"),
          ("Cairo", "القاهرة"), ("Sanaa", "صنعاء"), ("Amman", "عمان")]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def hijri(day: date) -> tuple[int, int, int]:
    """(year, month, day) of the tabular Islamic calendar (civil epoch) for a Gregorian date;
    within a day or two of the Umm al-Qura dates sites print (1 Ramadan 1445 = 11 March 2024)."""
    n = day.toordinal() + 1721425 - 1948440 + 10632
    cycle = (n - 1) // 10631
    n = n - 10631 * cycle + 354
    j = ((10985 - n) // 5316) * ((50 * n) // 17719) + (n // 5670) * ((43 * n) // 15238)
    n = n - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * n) // 709
    return 30 * cycle + j - 30, month, n - (709 * month) // 24


def extra_fields(f: dict) -> dict:
    """The fields of the docstring, from date_fields' {Y} {m} {d} {ampm}."""
    y, m, d = int(f["Y"]), int(f["m"]), int(f["d"])
    hy, hm, hd = hijri(date(y, m, d))
    return {"hd": str(hd), "hmon": HIJRI_MONTHS[hm - 1], "hY": str(hy),
            "mag": MAGHREB_MONTHS[m - 1], "mor": MOROCCAN_MONTHS[m - 1],
            "m_i": f["m"].translate(INDIC), "AMPM": f["ampm"].upper(),
            "issue": str(date(y, m, d).toordinal() - 716_000), "mins": str(2 + (d + m) % 9),
            "city": CITIES[(7 * d + m) % len(CITIES)][0], "city_ar": CITIES[(7 * d + m) % len(CITIES)][1]}


class Dateline(str):
    """A dateline template whose format() also fills extra_fields; a field date_fields has wins
    over the one added here."""

    def format(self, *args, **fields) -> str:
        return str.format(self, *args, **{**extra_fields(fields), **fields})
