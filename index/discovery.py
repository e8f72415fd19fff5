"""Discovery: names the gazetteer lacks, from cues. English capitalized runs after a title
(Sheikh, General, spokesman…), runs ending in an organization word (Movement, Brigades, LLC…),
"First al-Last" names; Arabic names after الشيخ/السيد/الرئيس…, organizations after حركة/كتائب/حزب….
A discovered name whose transliteration key is a gazetteer entry's is that entry.
"""
from __future__ import annotations

from itertools import compress, count

from .gazetteer import _PARTICLES, Gazetteer, Mention, translit_key
from .normalize import fold
from .words import _ARABIC, _Words

PERSON_CUES = frozenset("""sheikh shaykh sayyed sayyid sayed general gen president minister spokesman
spokeswoman spokesperson commander ayatollah imam dr mr mrs ms king prince emir colonel col
lieutenant brigadier major deputy speaker chairman chief ambassador envoy adviser advisor senator
mp leader secretary-general counterpart premier pm judge mayor governor eminence excellency
highness""".split())
ORG_WORDS = frozenset("""movement brigades brigade units forces force party ministry council committee
front army agency corporation llc inc ltd establishment trading bureau organization organisation
union coalition company group battalion battalions service office observatory foundation
institute center centre association authority command network channel university bank fund
department parliament assembly corp co plc""".split())
COMPANY_WORDS = frozenset("corp co inc ltd plc llc company corporation".split())   # General Motors Corp
NOT_NAMES = frozenset("his her its their our your the a an of".split())
RUN_OPENERS = frozenset("""the a an and but in on at for by from with as after before while meanwhile
separately however also when since during under against between""".split())
ORG_HEADS = frozenset("ministry bureau council department office directorate".split())
ORG_CONNECTORS = frozenset("of for and".split())
AR_PERSON_CUES = frozenset(fold(w) for w in """الشيخ السيد الرئيس الوزير وزير النائب القائد
اللواء العميد الجنرال المتحدث الناطق الخبير الكاتب الأمين الدكتور الدكتورة السفير السفيرة""".split())
AR_ORG_CUES = frozenset(fold(w) for w in "حركة كتائب حزب تيار سرايا لواء جبهة مجلس وزارة منظمة".split())
AR_NAME_LINKS = frozenset(fold(w) for w in "بن ابن بنت أبو ابو أبي آل عبد".split())
AR_TITLE_NOUNS = frozenset(fold(w) for w in "رئيس شركة وزارة وزير هيئة مجلس حركة منظمة جامعة".split())
# Words that are a title or an office, never a name's first word (وسمو ولي العهد, رئيس مجلس…).
AR_OFFICES = frozenset(fold(w) for w in "رئيس نائب سمو ولي معالي فخامة سعادة أمين مدير".split())
AR_STOP = frozenset(fold(w) for w in """في من على إلى الى عن أن إن ان مع هذا هذه ذلك التي الذي قد لا ما لم
لن أو او ثم كما بعد قبل حيث عند بين خلال حتى كل و باسم العام الأمريكي الأميركي السابق الحالي""".split())


# ------------------------------------------------------------------ discovery: Latin script

def _discover_latin(words: _Words, taken: list[bool], gaz: Gazetteer):
    """Runs of capitalized words (words of one name are separated by spaces or a hyphen only,
    never by punctuation), classified by their cues."""
    found = []
    caps, gap, folded = words.capitals(), words.gap, words.folded
    total = len(caps)
    after = 0
    for i in compress(count(), caps):
        if i < after or taken[i]:
            continue
        j = i
        while j + 1 < total and not taken[j + 1] and gap[j + 1] <= 2 and (
                caps[j + 1] or _name_joiner(folded, caps, j + 1)):
            j += 1
        while j > i and not caps[j]:
            j -= 1
        start = i
        while start < j and folded[start] in RUN_OPENERS:
            start += 1
        for left, right in _split_joined_orgs(folded, start, j + 1):
            if right - left >= 2 and all(map(str.isupper, words.raw[left:right])):
                continue                          # a headline in capitals: case tells nothing
            mention = _classify_run(words, caps, left, right, gaz)
            if mention:
                found.append(mention)
        after = j + 1
    return found


def _split_joined_orgs(folded: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """"The Bureau of X and Y and Wael Issa Trading Establishment": two organizations, not one."""
    for k in range(end - 2, start, -1):
        if folded[k] == "and" and end - (k + 1) >= 3 and folded[end - 1] in ORG_WORDS and k - start >= 2 \
                and folded[k + 1] not in ORG_WORDS:       # "Savings and Loan Association" is one
            return _split_joined_orgs(folded, start, k) + [(k + 1, end)]
    return [(start, end)]


def _name_joiner(folded: list[str], caps: list[bool], k: int) -> bool:
    word = folded[k]
    return (word in _PARTICLES or word in ORG_CONNECTORS) and k + 1 < len(folded) and caps[k + 1]


def _classify_run(words: _Words, caps: list[bool], i: int, end: int, gaz: Gazetteer):
    run = words.folded[i:end]
    cue_at = max((k for k, w in enumerate(run) if w in PERSON_CUES), default=-1)
    before = words.folded[i - 1] if i and words.gap[i] <= 2 else ""
    if run[-1] in ORG_WORDS or (run[0] in ORG_HEADS and "of" in run):
        if run[cue_at] == "general" and run[-1] in COMPANY_WORDS:
            cue_at = max((k for k, w in enumerate(run[:cue_at]) if w in PERSON_CUES), default=-1)
        start = i + (cue_at + 1 if 0 <= cue_at < len(run) - 2 else 0)
        return _mention("org", words, start, end, gaz) if end - start >= 2 else None
    if cue_at >= 0 or before in PERSON_CUES:
        start = i + cue_at + 1
        while start < end and (not caps[start] or words.folded[start] in NOT_NAMES):
            start += 1
        if 2 <= end - start <= 4 or (end - start == 1 and gaz.entity_for_key(translit_key(words.raw[start]))):
            return _mention("person", words, start, end, gaz)
        return None
    if 2 <= end - i <= 4 and any(w in ("al", "el") for w in run[1:]) and run[0] not in _PARTICLES:
        return _mention("person", words, i, end, gaz)
    return None


def _mention(kind: str, words: _Words, start: int, end: int, gaz: Gazetteer, skip: int = 0):
    """The mention of words start to end - 1, less ``skip`` leading letters (a conjunction)."""
    surface = words.text[words.start(start) + skip:words.end(end - 1)]
    key = translit_key(surface)
    entity_id = gaz.entity_for_key(key)
    if entity_id:
        kind = gaz.entities[entity_id].type
    return start, Mention(kind, surface, entity_id, key)


# ------------------------------------------------------------------ discovery: Arabic script

def _discover_arabic(words: _Words, taken: list[bool], gaz: Gazetteer):
    """Two words after a person cue (الشيخ, الرئيس…), one or two after an organization cue."""
    found = []
    raw, folded, gap = words.raw, words.folded, words.gap
    for i in compress(count(), map(_AR_CUE_FORMS.__contains__, folded)):
        if taken[i] or not _ARABIC.match(raw[i]):
            continue
        kind, size = ("person", 2) if _strip_conjunction(folded[i]) in AR_PERSON_CUES else ("org", 2)
        names = []
        k = i + 1
        while k < min(i + 1 + size, len(raw)):
            if taken[k] or not _ARABIC.match(raw[k]) or folded[k] in AR_STOP or folded[k] in AR_PERSON_CUES \
                    or gap[k] > 2:
                break
            if kind == "org" and names and not folded[k].startswith("ال"):
                break
            if kind == "person" and not _may_be_in_a_name(folded[k], first=not names):
                break
            names.append(k)
            if kind == "person" and folded[k] in AR_NAME_LINKS and size < 4:
                size += 1                         # محمد بن سلمان, not "محمد بن"
            k += 1
        if kind == "person" and names and folded[names[-1]] in AR_NAME_LINKS:
            names.pop()
        if len(names) == size or (kind == "org" and names):
            if kind == "person":
                found.append(_mention(kind, words, i + 1, names[-1] + 1, gaz))
            else:                                 # ووزارة الداخلية: the ministry, not "and the ministry"
                skip = len(folded[i]) - len(_strip_conjunction(folded[i]))
                found.append(_mention(kind, words, i, names[-1] + 1, gaz, skip=skip if raw[i][:1] in "وف" else 0))
    return found


def _may_be_in_a_name(word: str, first: bool) -> bool:
    """A person's name after a title never opens with the article (الرئيس الروسي فلاديمير: the
    adjective, not the name) and holds no word with a preposition on a noun (الثاني لرئيس)."""
    if first and (word.startswith("ال") or _strip_conjunction(word) in AR_OFFICES or word in AR_OFFICES):
        return False
    return not (word.startswith("لل") or (word[:1] == "ل" and word[1:] in AR_TITLE_NOUNS))


def _strip_conjunction(word: str) -> str:
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


# Every folded word that _strip_conjunction turns into a cue: a cue, or و/ف and a cue.
_AR_CUE_FORMS = frozenset(w for cue in AR_PERSON_CUES | AR_ORG_CUES for w in (cue, "و" + cue, "ف" + cue)
                          if _strip_conjunction(w) in AR_PERSON_CUES | AR_ORG_CUES)
