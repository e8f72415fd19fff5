"""The shapes of a credit or byline line over its words (credit_names.Word): the outlet it names
and where, a label before a colon, a name marked off by punctuation, a place and a dash, "A for
X", one word of a credit's own. index/credits.py reads lines with them."""
from __future__ import annotations

from .credit_names import AND_WORDS, Word, names_a_thing, position
from .credit_words import a_proper_name, plural_of

LABEL_MARKS = frozenset(":：")
_LABEL_ENDS = LABEL_MARKS | frozenset("|-–—")   # after a crediting word, a bar or a dash sets a label off too ("Opinion | A")
LABEL_WORDS = 3                  # a label before its colon: "Report:", "إعداد وتقديم:", "Written and edited by:"
QUOTES = frozenset("\"'«»“”‘’")
DASHES = frozenset("-–—ـ")          # a lone tatweel too: "دمشق ـ A"
ROLE_LINE_WORDS = 7              # "By A B, Special to Al Mayadeen"; "A B (كاتب لبناني) - X"


def named_outlet(words: list[Word]) -> Word | None:
    """The outlet a line names: of two, the one printed longest (the most specific name: "اليوم"
    is also "today", "Sky News Arabia" is nothing else)."""
    named = [w for w in words if w.role in ("outlet", "medium")]
    return max(named, key=lambda w: len(w.printed)) if named else None


def outlet_at_an_edge(words: list[Word], two_names: bool = False) -> bool:
    """The outlet a name is printed beside opens or closes the line, set off from it by a mark or
    a function word ("A | Reuters", "الميادين - A", "A for Reuters") or beside two names ("A وB
    الميادين"); between two runs of words, glued to one or in quotes, it is a word of a headline
    ("صورة ولي العهد السعودي ...", "كلاسيكو الروح الرياضية": "the sports' spirit", "... يزور
    “المدينة”")."""
    printed = [w for w in words if w.role != "separator"]
    named = named_outlet(words)
    if not printed or not (printed[0] is named or printed[-1] is named):
        return False
    if two_names:
        return True
    k = position(words, named)
    inner = words[k + 1] if printed[0] is named else words[k - 1]
    return inner.role == "function" or inner.role == "separator" and not set(inner.printed) & QUOTES


def label(words: list[Word]) -> int:
    """Where a line's name starts after a label: a crediting word first, up to ``LABEL_WORDS``
    words of crediting or function words or roles joined by "and", a colon ("Report: A",
    "Written and edited by: A", "إعداد وتقديم: A"), or one capitalized word of its own before a
    lower-case "by" (a genre: "Column by A", "Analysis by A for X"; a headline in title case
    prints "By": "Killed By Israeli Forces", and a participle is a headline's verb: "Shelled by
    Saudi Jets"); 0 when the line opens with no label."""
    if len(words) > 2 and words[0].role == "name" and words[0].printed[:1].isupper() and words[1].printed == "by" \
            and not _participle(words[0]):
        return 2
    if len(words) > 3 and words[0].role == "name" and words[0].printed[:1].isupper() and words[1].role == "cue" \
            and words[1].folded != "by" and words[1].printed.islower():
        return 2                          # "Special correspondent A", "Senior reporter A"
    if not words or words[0].role not in ("credit", "cue", "role"):
        return 0
    if roles := _arabic_roles(words):
        return roles
    colon = next((k for k, w in enumerate(words[:LABEL_WORDS + 1]) if w.printed in _LABEL_ENDS), 0)
    if not colon or colon + 1 == len(words) or words[colon + 1].printed in QUOTES:
        return 0                          # "مصدر مطلع: «...»" quotes what a source said
    labelling = [w.role in ("credit", "cue", "function") or joined(w) or a_common_outlet_word(w) for w in words[1:colon]]
    if labelling.count(False) > 1 or False in labelling[-1:]:
        return 0                          # "تقرير أوروبي: ..." labels a headline, not a name; one word of
    return colon + 1                      # its own may stand before a crediting one ("بقلم رئيس التحرير: A")


def a_common_outlet_word(word: Word) -> bool:
    """An outlet's name that is also a common word, where it is that word: "نقلها إلى العربية: A"
    ("into Arabic", not Al Arabiya), in a label."""
    return word.role == "outlet" and not a_proper_name(word.printed)


def without_description(words: list[Word]) -> list[Word]:
    """A byline opening with its cue, a name, a comma and a description of the writer in lower
    case: the line without the description ("By A, a political analyst and journalist" is "By
    A"). A name in capitals after the comma is read as it was ("By A, Special to X")."""
    if not words or words[0].role != "cue":
        return words
    comma = next((k for k, w in enumerate(words) if w.printed in (",", "،")), 0)
    rest = [w for w in words[comma + 1:] if w.role != "separator"]
    if comma >= 3 and rest and all(w.printed.isascii() and w.printed[:1].islower() for w in rest):
        return words[:comma]
    return words


def _arabic_roles(words: list[Word]) -> int:
    """Where the name starts after an Arabic cue or role and the writer's roles, nouns and
    adjectives with the article ("الكاتب والمحلل السياسي A", "الباحث A": the name is what
    follows, its first word without it); 0 unless two or three words are left for the name."""
    k = 1
    while k < len(words) and words[k].role != "separator" and not words[k].printed.isascii() and (
            words[k].folded.startswith(("ال", "وال"))):
        k += 1
    rest = words[k:]
    named = 2 <= len(rest) <= 3 and all(w.role == "name" and not w.printed.isascii() for w in rest)
    return k if named and (k > 1 or words[0].folded.startswith("ال")) else 0


def genre_before_by(words: list[Word], run: list[Word]) -> bool:
    """One noun right before "by", after a mark: what the name after it did, no name ("Text by
    A, photos by B", "Story by A; Photos by B"; a participle is a sentence's verb: "Pennzoil Co,
    frustrated by ...")."""
    k = position(words, run[0])
    return (len(run) == 1 and k is not None and 0 < k < len(words) - 1 and words[k + 1].folded == "by"
            and not _participle(run[0]) and words[k - 1].role == "separator")


def _participle(word: Word) -> bool:
    """A verb's past participle ("frustrated", "Shelled"), not a genre ("Op-ed")."""
    return word.folded.endswith("ed") and len(word.folded.rsplit("-", 1)[-1]) > 3


def parallel_labels(words: list[Word]) -> list[Word]:
    """One word and a colon or a dash opening the line and opening another clause of it after a
    mark, the same mark each time: the roles of the names they label ("Text: A | Photography:
    B", "Words — A; Pictures — B", "كتابة: A / تصوير: B"); none when the line has no such pair
    or a label is a place ("Iran: ... | Syria: ...": headlines)."""
    found, mark = [], None
    for k, word in enumerate(words[:-1]):
        after = words[k + 1].printed
        if word.role not in ("separator", "outlet", "medium") and (after in LABEL_MARKS or after in DASHES) and (
                k == 0 or words[k - 1].role == "separator") and mark in (None, after) and not names_a_thing([word]):
            found.append(word)
            mark = after
    return found if len(found) >= 2 and found[0] is words[0] else []


def labels_it(words: list[Word]) -> bool:
    """Words then a colon then the rest: what stands before the colon labels what follows
    ("تابعوا آخر الأخبار: X"), it is no name beside its outlet ("A | X")."""
    return any(w.printed in LABEL_MARKS for w in words[1:-1])


def joined(word: Word) -> bool:
    """A second role joined to a label by "and": "وتقديم" in "إعداد وتقديم"."""
    return word.folded.startswith("و") and len(word.folded) > 3


def one_plain_word(runs: list[list[Word]], words: list[Word]) -> bool:
    """One word of a line's own, in lower case (capitalized at the line's start): "permission"
    in "Republished with permission from X", "Syndicated from X"; or a section's name set off
    from the outlet after it by a mark ("Reuters | World", "Al Mayadeen - Politics"), or last
    right after it (its desk: "Reuters Newsroom", "Press TV Studio")."""
    if len(runs) != 1 or len(runs[0]) != 1 or not runs[0][0].printed.isascii():
        return False
    word = runs[0][0]
    k = position(words, word)
    section = k == len(words) - 1 and k >= 1 and (words[k - 1].role in ("outlet", "medium") or k >= 2 and (
        words[k - 1].role == "separator" and words[k - 2].role in ("outlet", "medium")))
    return word.printed.islower() or (word is words[0] and word.printed[1:].islower()) or section


def marked_off(words: list[Word], run: list[Word]) -> bool:
    """The line is the run, punctuation, and one other word (either side)."""
    k = position(words, run[0])
    rest = words[:k] + words[k + len(run):]
    marks = [w for w in rest if w.role == "separator"]
    said = [w for w in rest if w.role != "separator"]
    beside = words[k - 1] if k else words[k + len(run)] if k + len(run) < len(words) else None
    return len(said) == 1 and bool(marks) and beside is not None and beside.role == "separator"


def place_dash(words: list[Word], place: list[Word]) -> bool:
    """The line opens with a place and a dash, the way agencies print a correspondent's city
    ("دمشق - A", "AMMAN - A"); a Latin place only in capitals ("Gaza - Live Updates" is a
    headline)."""
    k = len(place)
    return (place[0] is words[0] and k < len(words) and words[k].printed in DASHES
            and all(not w.printed.isascii() or w.printed.isupper() for w in place))


def for_outlet(words: list[Word]) -> bool:
    """A name, "for", the outlet: "A for Reuters" (the only function word in the line)."""
    functions = [w for w in words if w.role == "function"]
    k = words.index(functions[0])
    return (len(functions) == 1 and functions[0].folded == "for" and k + 1 < len(words)
            and words[k + 1].role in ("outlet", "medium"))


def a_role(words: list[Word], run: list[Word], name: list[Word]) -> bool:
    """A run of up to three words after a byline's name, glued (no mark between) to a crediting
    word or over a function word and the outlet, in a line of at most ``ROLE_LINE_WORDS`` words
    (capitalized in Latin): the writer's role, no name ("A, Middle East Correspondent", "A, Beirut
    Bureau Chief", "A (كاتبة سورية)", "By A, Special to X"), or one word before a colon, a label
    of its own ("Story: A / Photos: B"). A second name is set off from the
    roles by a mark ("A and B, Staff Writers"); before the name a run may be a headline's words
    ("Killed By Israeli Forces ..."), in a longer line a sentence's ("Pennzoil Co, frustrated by
    Texaco Inc's ...")."""
    if run is name or len(run) > 3 or any(w.printed.isascii() and not w.printed[:1].isupper() for w in run):
        return False
    last, name_end = position(words, run[-1]), position(words, name[-1])
    if last is None or name_end is None or last - len(run) + 1 < name_end:
        return False                      # (a name split at و is not the line's words)
    start, end = last - len(run) + 1, last + 1
    if sum(w.role != "separator" for w in words) > ROLE_LINE_WORDS:
        return False
    if words[start - 1].folded in AND_WORDS or words[start - 1].folded == "by" or (
            words[start].folded == "و" + run[0].folded and any(plural_of(w.folded) != w.folded for w in words[end:])):
        return False                      # a second name: "A and B report", "A | Edited by B", "A وB مراسلان"
                                          # (a role of two: "لقاء إعلامي سعودي وجزائري بحضور رؤساء التحرير" is a headline)
    if end < len(words) and words[end].printed in LABEL_MARKS and len(run) == 1:
        return True                       # a label of its own: "Story: A / Photos: B"
    glued = [w for w in (words[start - 1], words[end] if end < len(words) else None) if w is not None]
    return any(w.role in ("credit", "cue") for w in glued) or (
        end + 1 < len(words) and words[end].role == "function" and words[end + 1].role in ("outlet", "medium"))
