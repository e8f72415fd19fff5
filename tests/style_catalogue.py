"""The convention catalogue of tests/style_archive.py: every printed convention in one table.

Each row is (dimension, variant name, group, language, spec, weight): group is "tune" (an engineer
may look at and tune on it) or "held" (kept out of tuning, to measure generalization), and the
rows of tests/style_tune2.py and tests/style_tune3.py are "tune2" and "tune3" (invented while
tuning, tuned on), those of
tests/style_held2.py ... tests/style_held8.py are "held2" ... "held8" (each written by a helper as
a blind group, scored blind, opened since) and those of tests/style_blind.py are "blind" (written
by another helper, never read by those who tune: do not open it; it also names the few other
variants the blind group shares, SHARED); language is "en", "ar" or "*" (both). Variant names
are unique within their dimension, and no variant is in two groups. What a spec means depends
on the dimension:

    dateline      a str.format template over the fields of ``date_fields`` ({Y} or {yy} or {Y_i}
                  in it: the year is printed)
    credit        (position, template): "top" under the title, "bottom" after the last
                  paragraph; {o} is the outlet's printed name
    byline        a template over {a} (first author), {A} (first author in capitals), {b} (second
                  author: the truth's author is "A; B") and {o} (the outlet: it counts as printed)
    order         the order of the header slots under the title (date, credit, byline)
    title_repeat  where the title is printed a second time
    deck          a template over {lead} (the lead sentence shortened), {speaker}, {label},
                  {lq}/{rq} (quotes)
    section       a section header before related articles
    appeal        variations of one recurring appeal/boilerplate line ({site}, {handle}, {Y},
                  {tags})
    more_link     a line after a truncated copy
    para_gap      blank lines between paragraphs: "blank", "mostly_blank" (8% on the next line),
                  "double", "tight" (none)
    meta_gap      blank lines in the header block: "compact" (none, one before the body),
                  "spaced" (one between every header line), "glued" (none before the body either)
    block_gap     blank lines between blocks (articles, headers, appeals)
    encoding      (codec, line end) of the page file; cp1256 only for Arabic pages it can encode
"""
from __future__ import annotations

import random
import re
import tomllib
from collections import namedtuple
from datetime import date
from functools import lru_cache
from pathlib import Path

from .style_held2 import ROWS as HELD2_ROWS, SHARED as HELD2_SHARED
from .style_held3 import ROWS as HELD3_ROWS, SHARED as HELD3_SHARED
from .style_held4 import ROWS as HELD4_ROWS, SHARED as HELD4_SHARED
from .style_held5 import ROWS as HELD5_ROWS, SHARED as HELD5_SHARED
from .style_held6 import ROWS as HELD6_ROWS, SHARED as HELD6_SHARED
from .style_held7 import ROWS as HELD7_ROWS, SHARED as HELD7_SHARED
from .style_held8 import ROWS as HELD8_ROWS, SHARED as HELD8_SHARED
from .style_blind import ROWS as BLIND_ROWS, SHARED as BLIND_SHARED
from .style_tune2 import ROWS as TUNE2_ROWS, SHARED as TUNE2_SHARED
from .style_tune3 import ROWS as TUNE3_ROWS, SHARED as TUNE3_SHARED

Variant = namedtuple("Variant", "dim name group lang spec weight")
OUTLETS_TOML = Path(__file__).resolve().parent.parent / "index" / "data" / "outlets.toml"

_ROWS = [
    # -- datelines (numeric dates are day/month)
    ("dateline", "Weekday, d Month Y", "tune", "en", "{Weekday}, {d} {Month} {Y}"),
    ("dateline", "d Month Y", "tune", "en", "{d} {Month} {Y}"),
    ("dateline", "Y-mm-dd", "tune", "*", "{Y}-{mm}-{dd}"),
    ("dateline", "Published: Month d, Y - HM GMT", "tune", "en", "Published: {Month} {d}, {Y} - {HM} GMT"),
    ("dateline", "AP Mon. d, Y", "tune", "en", "{ap} {d}, {Y}"),
    ("dateline", "Weekday, Month d, Y", "tune", "en", "{Weekday}, {Month} {d}, {Y}"),
    ("dateline", "dd MON Y", "tune", "en", "{dd} {MON} {Y}"),
    ("dateline", "Last updated: dd/mm/Y", "tune", "en", "Last updated: {dd}/{mm}/{Y}"),
    ("dateline", "Month dth, Y", "tune", "en", "{Month} {dth}, {Y}"),
    ("dateline", "dd.mm.Y | HM", "held", "en", "{dd}.{mm}.{Y} | {HM}"),
    ("dateline", "Updated dd Mon Y, hm ampm", "held", "en", "Updated {dd} {Mon} {Y}, {hm} {ampm}"),
    ("dateline", "d/m/Y - HM", "held", "*", "{d}/{m}/{Y} - {HM}"),
    ("dateline", "Y/mm/dd", "held", "*", "{Y}/{mm}/{dd}"),
    ("dateline", "d - m - Y", "tune", "*", "{d} - {m} - {Y}"),
    ("dateline", "Posted Wkd, Mon d, Y at hm ampm", "held", "en", "Posted {Wkd}, {Mon} {d}, {Y} at {hm} {ampm}"),
    ("dateline", "dth Month Y", "tune", "en", "{dth} {Month} {Y}"),
    ("dateline", "Weekday d Month (no year)", "held", "en", "{Weekday} {d} {Month}"),
    ("dateline", "ar wd، d msa/lev Y", "tune", "ar", "{arwd}، {d} {msa}/{lev} {Y}"),
    ("dateline", "ar published dd/mm/Y", "tune", "ar", "تاريخ النشر: {dd}/{mm}/{Y}"),
    ("dateline", "ar updated d msa Y - HM", "tune", "ar", "آخر تحديث: {d} {msa} {Y} - {HM}"),
    ("dateline", "ar d msa Yم", "tune", "ar", "{d} {msa} {Y}م"),
    ("dateline", "ar wd d/m/Y", "tune", "ar", "{arwd} {d}/{m}/{Y}"),
    ("dateline", "ar nushira d lev Y", "held", "ar", "نُشر في {d} {lev} {Y}"),
    ("dateline", "ar wd dd lev Y - HM", "tune", "ar", "{arwd} {dd} {lev} {Y} - {HM}"),
    ("dateline", "ar indic d lev Y", "held", "ar", "{d_i} {lev} {Y_i}"),
    ("dateline", "ar indic dd/mm/Y", "held", "ar", "{dd_i}/{mm_i}/{Y_i}"),
    ("dateline", "ar wd d msa Y - hm ampm", "held", "ar", "{arwd} {d} {msa} {Y} - {hm} {ar_ampm}"),
    ("dateline", "ar d lev/msa (no year)", "held", "ar", "{d} {lev}/{msa}"),
    # -- credits naming the outlet
    ("credit", "via", "tune", "en", ("bottom", "via {o}")),
    ("credit", "paren", "tune", "*", ("top", "({o})")),
    ("credit", "courtesy", "tune", "en", ("bottom", "Courtesy of {o}")),
    ("credit", "source_pipe", "tune", "en", ("top", "Source | {o}")),
    ("credit", "contributed", "tune", "en", ("bottom", "{o} contributed to this report")),
    ("credit", "copyright", "tune", "en", ("bottom", "© {o}")),
    ("credit", "via_colon", "held", "en", ("top", "Via: {o}")),
    ("credit", "dash", "tune", "en", ("bottom", "— {o}")),
    ("credit", "originally", "held", "en", ("bottom", "Originally published by {o}")),
    ("credit", "first_appeared", "held", "en", ("bottom", "This article first appeared on {o}")),
    ("credit", "credit_colon", "held", "en", ("top", "Credit: {o}")),
    ("credit", "lone_bottom", "held", "*", ("bottom", "{o}")),
    ("credit", "naqlan", "tune", "ar", ("bottom", "نقلاً عن {o}")),
    ("credit", "masdar_pipe", "tune", "ar", ("top", "المصدر | {o}")),
    ("credit", "khas", "tune", "ar", ("top", "خاص - {o}")),
    ("credit", "bihasab", "tune", "ar", ("bottom", "بحسب {o}")),
    ("credit", "an", "held", "ar", ("bottom", "عن {o}")),
    ("credit", "masdar_dash", "tune", "ar", ("bottom", "المصدر - {o}")),
    ("credit", "manqul", "held", "ar", ("bottom", "منقول عن {o}")),
    ("credit", "wakalat", "held", "ar", ("top", "وكالات - {o}")),
    # -- bylines
    ("byline", "written_by_pipe", "tune", "en", "Written by {a} | {o}"),
    ("byline", "author_colon", "tune", "en", "Author: {a}"),
    ("byline", "reporting_editing", "tune", "en", "Reporting by {a}; Editing by {b}"),
    ("byline", "by", "tune", "en", "By {a}"),
    ("byline", "lone", "tune", "*", "{a}"),
    ("byline", "by_paren", "held", "en", "By {a} ({o})"),
    ("byline", "slash", "tune", "en", "{a} / {o}"),
    ("byline", "correspondent", "held", "en", "{a} — {o} correspondent"),
    ("byline", "by_caps", "held", "en", "BY {A}"),
    ("byline", "additional", "held", "en", "Additional reporting by {a} and {b}"),
    ("byline", "biqalam", "tune", "ar", "بقلم: {a}"),
    ("byline", "kataba", "tune", "ar", "كتب: {a}"),
    ("byline", "biqalam_outlet", "tune", "ar", "بقلم {a} | {o}"),
    ("byline", "a_dash_o", "held", "ar", "{a} - {o}"),
    ("byline", "correspondent_ar", "held", "ar", "{a} — مراسل {o}"),
    ("byline", "idad", "tune", "ar", "إعداد: {a}"),
    ("byline", "kataba_two", "held", "ar", "كتب: {a} و{b}"),
    # -- header block
    ("order", "date credit byline", "tune", "*", ("date", "credit", "byline")),
    ("order", "credit byline date", "tune", "*", ("credit", "byline", "date")),
    ("order", "byline date credit", "tune", "*", ("byline", "date", "credit")),
    ("order", "credit date byline", "held", "*", ("credit", "date", "byline")),
    ("order", "date byline credit", "held", "*", ("date", "byline", "credit")),
    ("title_repeat", "after_title", "tune", "*", "after_title"),
    ("title_repeat", "after_date", "tune", "*", "after_date"),
    ("title_repeat", "after_meta", "held", "*", "after_meta"),
    ("title_repeat", "after_byline", "held", "*", "after_byline"),
    ("deck", "lead", "tune", "*", "{lead}"),
    ("deck", "speaker", "tune", "*", "{speaker}: {lead}"),
    ("deck", "label", "held", "*", "{label}: {lead}"),
    ("deck", "quoted", "held", "*", "{lq}{lead}{rq}"),
    # -- section headers
    ("section", "You may also like", "tune", "en", "You may also like"),
    ("section", "See also", "tune", "en", "See also"),
    ("section", "More from this author", "tune", "en", "More from this author"),
    ("section", "In other news", "tune", "en", "In other news"),
    ("section", "Read also", "tune", "en", "Read also:"),
    ("section", "Further reading", "held", "en", "Further reading"),
    ("section", "Recommended for you", "held", "en", "Recommended for you"),
    ("section", "Related stories", "held", "en", "Related stories"),
    ("section", "iqra aydan", "tune", "ar", "اقرأ أيضاً"),
    ("section", "mawadee", "tune", "ar", "مواضيع ذات صلة"),
    ("section", "qad yahummuk", "tune", "ar", "قد يهمك أيضاً"),
    ("section", "that sila", "held", "ar", "ذات صلة"),
    ("section", "akhbar", "tune", "ar", "أخبار ذات صلة"),
    ("section", "shahid", "held", "ar", "شاهد أيضاً"),
    ("section", "aktharu qiraa", "held", "ar", "الأكثر قراءة"),
    # -- appeals and other recurring boilerplate lines (variations of one line)
    ("appeal", "donate", "tune", "en", ("Support our work: donate at {site}/donate",
                                        "Support our work - donate at {site}/donate",
                                        "Please support our work: donate at {site}/donate")),
    ("appeal", "share", "tune", "en", ("Share this article", "Share this article:", "Share this story")),
    ("appeal", "rights", "tune", "en", ("All rights reserved © {Y}", "© {Y} All rights reserved")),
    ("appeal", "print", "tune", "en", ("Print this page", "Print this article")),
    ("appeal", "telegram", "held", "en", ("Follow us on Telegram: t.me/{handle}",
                                          "Join our Telegram channel: t.me/{handle}")),
    ("appeal", "newsletter", "tune", "en", ("Subscribe to our newsletter", "Subscribe to our newsletter!",
                                            "Subscribe to our daily newsletter")),
    ("appeal", "comments", "tune", "en", ("Comments are closed.", "Leave a comment")),
    ("appeal", "tags", "held", "en", ("Tags: {tags}",)),
    ("appeal", "telegram_ar", "tune", "ar", ("تابعونا على قناة التلغرام", "تابعونا على تلغرام",
                                             "تابعونا على قناة التلغرام: t.me/{handle}")),
    ("appeal", "whatsapp_ar", "tune", "ar", ("انضموا إلى مجموعتنا على واتساب", "تابعونا على واتساب")),
    ("appeal", "follow_ar", "tune", "ar", ("تابعونا على فيسبوك وتويتر", "تابعونا على منصات التواصل الاجتماعي")),
    ("appeal", "tags_ar", "tune", "ar", ("الوسوم: {tags_ar}", "كلمات مفتاحية: {tags_ar}")),
    ("appeal", "share_ar", "tune", "ar", ("شارك المقال", "شارك هذا المقال", "شارك الخبر")),
    ("appeal", "rights_ar", "held", "ar", ("جميع الحقوق محفوظة", "جميع الحقوق محفوظة © {Y}")),
    ("appeal", "donate_ar", "held", "ar", ("ادعم عملنا: تبرّع عبر {site}/donate", "ادعموا عملنا: {site}/donate")),
    ("appeal", "comments_ar", "held", "ar", ("التعليقات مغلقة", "أضف تعليقاً")),
    ("more_link", "full story", "tune", "en", "Read the full story"),
    ("more_link", "at the source", "tune", "en", "Read more at the source"),
    ("more_link", "click here", "held", "en", "Click here to read more"),
    ("more_link", "tafasil", "tune", "ar", "التفاصيل كاملة"),
    ("more_link", "iqra kamilan", "held", "ar", "لقراءة المقال كاملاً اضغط هنا"),
    # -- spacing and files
    ("para_gap", "blank", "tune", "*", "blank"),
    ("para_gap", "mostly_blank", "tune", "*", "mostly_blank"),
    ("para_gap", "double", "held", "*", "double"),
    ("para_gap", "tight", "held", "*", "tight"),
    ("meta_gap", "compact", "tune", "*", "compact"),
    ("meta_gap", "spaced", "held", "*", "spaced"),
    ("meta_gap", "glued", "held", "*", "glued"),
    ("block_gap", "one", "tune", "*", 1),
    ("block_gap", "two", "held", "*", 2),
    ("encoding", "utf8_lf", "tune", "*", ("utf-8", "\n"), 75),
    ("encoding", "utf8_bom", "tune", "*", ("utf-8-sig", "\n"), 5),
    ("encoding", "utf8_crlf", "held", "*", ("utf-8", "\r\n"), 10),
    ("encoding", "cp1256", "held", "ar", ("cp1256", "\n"), 10),
]

CATALOGUE = [Variant(*row) if len(row) == 6 else Variant(*row, 1)
             for row in (_ROWS + TUNE2_ROWS + TUNE3_ROWS + HELD2_ROWS + HELD3_ROWS + HELD4_ROWS + HELD5_ROWS
                         + HELD6_ROWS + HELD7_ROWS + HELD8_ROWS + BLIND_ROWS)]
OPENED = ("tune", "tune2", "tune3", "held", "held2", "held3", "held4", "held5", "held6", "held7",
          "held8")       # the groups an engineer may read
GROUP_NAMES = OPENED + ("blind",)
GROUPS = {**{g: (g,) for g in GROUP_NAMES}, "all": OPENED}          # --styles choice: groups drawn from
SHARED = {"tune2": TUNE2_SHARED, "tune3": TUNE3_SHARED, "held2": HELD2_SHARED, "held3": HELD3_SHARED,
          "held4": HELD4_SHARED, "held5": HELD5_SHARED, "held6": HELD6_SHARED,
          "held7": HELD7_SHARED, "held8": HELD8_SHARED,
          "blind": BLIND_SHARED}     # (dim, name) of other groups' variants a styles group draws too

# -- data the templates draw on (not conventions: both groups use them alike)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AR_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
AR_LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول"]
AR_MSA = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]
NAMES = {
    "en": (["Nadia", "Thomas", "Karim", "Elena", "Yusuf", "Rachel", "Omar", "Daniel", "Hiba",
            "Peter", "Lina", "James", "Samir", "Claire", "Tariq", "Anna"],
           ["Farouk", "Stevens", "Nasser", "Carter", "Jaber", "Fleming", "Saleh", "Porter",
            "Darwish", "Hughes", "Mansour", "Reid", "Kassem", "Doyle"]),
    "ar": (["يوسف", "هبة", "طارق", "نادية", "كريم", "رنا", "باسل", "منى", "زياد", "سعاد", "فراس",
            "دعاء", "وائل", "إيمان"],
           ["الساعدي", "النجار", "القاسم", "درويش", "الزين", "العمري", "الحسيني", "جابر",
            "الشامي", "المصري", "البدري", "الرفاعي"]),
}
DECK_WORDS = {
    "en": {"speaker": ["Spokesman", "Minister", "Official", "Analyst"],
           "label": ["Analysis", "Exclusive", "Update", "Opinion"], "lq": "“", "rq": "”"},
    "ar": {"speaker": ["متحدث", "الوزير", "مصدر مطلع"],
           "label": ["تحليل", "خاص", "عاجل", "متابعة"], "lq": "«", "rq": "»"},
}
DECK_STOP = set("the a an of to in with and for on at by its their that from as is was it said has "
                "في من على إلى الى عن مع أن ان إن التي الذي و".split())
FILLERS = {"site": ["example.org", "supportnews.example", "ourvoice.example"],
           "handle": ["newsdesk_ar", "fahras_news", "mideastwire"],
           "tags": ["Syria, Iraq", "Economy, Oil", "Gaza", "Lebanon, Politics"],
           "tags_ar": ["سوريا، العراق", "اقتصاد", "غزة", "لبنان، سياسة"]}
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def date_fields(d: date, hour: int, minute: int) -> dict:
    """Every field a dateline template may use, for day d at hour:minute."""
    suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    month = MONTHS[d.month - 1]
    f = {"Y": str(d.year), "yy": f"{d.year % 100:02d}", "d": str(d.day), "dd": f"{d.day:02d}",
         "m": str(d.month), "mm": f"{d.month:02d}", "dth": f"{d.day}{suffix}",
         "Month": month, "Mon": month[:3], "MON": month[:3].upper(), "ap": AP_MONTHS[d.month - 1],
         "Weekday": WEEKDAYS[d.weekday()], "Wkd": WEEKDAYS[d.weekday()][:3],
         "arwd": AR_WEEKDAYS[d.weekday()], "lev": AR_LEVANT[d.month - 1], "msa": AR_MSA[d.month - 1],
         "HM": f"{hour:02d}:{minute:02d}", "hm": f"{(hour - 1) % 12 + 1}:{minute:02d}",
         "ampm": "am" if hour < 12 else "pm", "ar_ampm": "ص" if hour < 12 else "م"}
    for key in ("d", "dd", "mm", "Y"):
        f[key + "_i"] = f[key].translate(_INDIC)
    return f


def fill(template: str, rng: random.Random, **fields) -> str:
    """A template with its {site}, {handle}, {tags}, {tags_ar} drawn from FILLERS."""
    return template.format(**{k: rng.choice(v) for k, v in FILLERS.items()}, **fields)


def section_text(spec: str, lang: str, rng: random.Random) -> str:
    """A section header with small variations: an added colon, English in capitals."""
    roll = rng.random()
    if roll < 0.3 and not spec.endswith(":"):
        return spec + ":"
    return spec.upper() if roll > 0.8 and lang == "en" else spec


def deck_text(spec: str, lead: str, lang: str, rng: random.Random) -> str:
    words = DECK_WORDS[lang]
    return spec.format(lead=lead, speaker=rng.choice(words["speaker"] + NAMES[lang][1]),
                       label=rng.choice(words["label"]), lq=words["lq"], rq=words["rq"])


def gap_lines(spec: str, rng: random.Random) -> list[str]:
    """The blank lines between two paragraphs under a para_gap spec."""
    if spec == "mostly_blank":
        return [] if rng.random() < 0.08 else [""]
    return {"blank": [""], "double": ["", ""], "tight": []}[spec]


def header_lines(title: str, deck: str | None, slots: list, order: tuple, repeat: str | None) -> list[str]:
    """Title, a deck, and the order's slots (lines or None), with the title printed again after
    the line ``repeat`` names ("after_title", "after_deck", "after_date", "after_credit",
    "after_byline"), or last (after_meta, or when that line is not printed)."""
    lines = []
    for slot, line in [("title", title), ("deck", deck), *zip(order, slots)]:
        if line:
            lines.append(line)
            if repeat == "after_" + slot:
                lines.append(title)
                repeat = None
    return lines + ([title] if repeat else [])


def prints_year(template: str) -> bool:
    return any(key in template for key in ("{Y}", "{yy}", "{Y_i}"))


def variants(dim: str, styles: str, lang: str | None = None) -> list[Variant]:
    """The variants of one dimension in a styles group (a key of GROUPS), for a language."""
    groups, shared = GROUPS[styles], SHARED.get(styles, set())
    return [v for v in CATALOGUE if v.dim == dim and (v.group in groups or (v.dim, v.name) in shared)
            and (lang is None or v.lang in ("*", lang))]


def summary() -> dict:
    """{dimension: {group: [variant names]}}, for the manifest and the report; blind variants
    are only counted, so that no manifest names them."""
    out: dict = {}
    for v in CATALOGUE:
        groups = out.setdefault(v.dim, {**{g: [] for g in OPENED}, "blind": 0})
        if v.group == "blind":
            groups["blind"] += 1
        else:
            groups[v.group].append(v.name)
    return out


@lru_cache(maxsize=1)
def outlets() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """{canonical name: (aliases, domains)} from index/data/outlets.toml."""
    with open(OUTLETS_TOML, "rb") as f:
        table = tomllib.load(f)["outlet"]
    return {o["name"]: (tuple(o.get("aliases", ())), tuple(o.get("domains", ()))) for o in table}


def outlet_name(outlet: str, lang: str, rng: random.Random) -> str:
    """A printed name of the outlet: an alias in the article's script, 15% an alias in the other
    script, 15% a bare domain (when the outlet has one)."""
    aliases, domains = outlets()[outlet]
    arabic = [bool(re.search("[\u0600-\u06ff]", a)) for a in aliases]
    same = [a for a, ar in zip(aliases, arabic) if ar == (lang == "ar")] or list(aliases)
    cross = [a for a, ar in zip(aliases, arabic) if ar != (lang == "ar")]
    bare = [d for d in domains if "/" not in d]
    roll = rng.random()
    if roll < 0.15 and cross:
        return rng.choice(cross)
    if 0.15 <= roll < 0.30 and bare:
        return rng.choice(bare)
    return rng.choice(same)


def authors(article_id: str, lang: str, seed: int) -> tuple[str, str]:
    """Two invented names for an article's bylines, fixed per article and seed."""
    r = random.Random(f"{seed}|author|{article_id}")
    first, last = NAMES[lang]
    a, b = r.sample(first, 2)
    return f"{a} {r.choice(last)}", f"{b} {r.choice(last)}"
