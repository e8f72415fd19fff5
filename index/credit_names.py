"""The words of a credit or byline line, each with its role, and the person's names among them:
runs of words no table knows, split at an Arabic و between two names, shaped like a name; two
names joined by "and"."""
from __future__ import annotations

from dataclasses import dataclass

from .common_words import common_arabic_words
from .gazetteer import gazetteer

NAME_PARTICLES = frozenset("al al- el el- bin ibn bint abu de van von der la le ben".split())
_THINGS = frozenset({"place", "org"})


@dataclass(frozen=True, slots=True)
class Word:
    printed: str
    folded: str
    role: str                    # outlet | medium (an outlet named as one) | function | credit | cue
                                 # | name | separator | number


def position(words: list[Word], word: Word) -> int | None:
    """Where this very word stands in the line (words compare by value; two may be alike)."""
    return next((i for i, w in enumerate(words) if w is word), None)


def name_runs(words: list[Word]) -> list[list[Word]]:
    """The runs of name words, cut by anything else (a particle inside a name stays in it)."""
    runs, run = [], []
    for k, word in enumerate(words):
        inside = run and word.folded in NAME_PARTICLES and k + 1 < len(words) and words[k + 1].role == "name"
        if word.role == "name" or inside:
            run.append(word)
        elif run:
            runs.append(run)
            run = []
    return runs + ([run] if run else [])


def split_at_and(run: list[Word]) -> list[list[Word]]:
    """Two Arabic names joined by و (كريم درويش وسعاد الزين): two runs of two words or more, the
    second without its و; any other run as it is."""
    for k in range(2, len(run) - 1):
        word = run[k]
        if word.folded.startswith("و") and len(word.folded) > 2 and "\u0600" <= word.folded[1] <= "\u06ff":
            second = [Word(word.printed[1:], word.folded[1:], "name"), *run[k + 1:]]
            return [run[:k], second]
    return [run]


def person_like(run: list[Word], capitals: bool = False) -> bool:
    """Two to five words with no digits; Latin ones capitalized (particles aside), not all in
    capitals (a wire headline: "LYNG DISAPPOINTED BY CANADA CORN INJURY DECISION") unless
    ``capitals`` (the line starts with its cue) and the name has at most three words."""
    if not 2 <= len(run) <= 5 or any(c.isdigit() for w in run for c in w.printed):
        return False
    if any(not w.printed.isascii() and w.folded in common_arabic_words() for w in run):
        return False                    # a word printed often and never in a name: "وحدة الرصد", "monitoring unit"
    latin = [w.printed for w in run if w.printed.isascii() and w.folded not in NAME_PARTICLES]
    upper = [w for w in latin if len(w) > 2]
    if upper and all(w.isupper() for w in upper):
        return capitals and len(run) <= 3
    return all(w[:1].isupper() for w in latin)


def edge_name(run: list[Word], printed: list[Word], first: bool) -> list[Word]:
    """The name in a run of unknown words at a line's start (``first``) or end: the whole run
    when the line has other words, else its capitalized words next to the edge ("zorvik Hala
    Omran"); none in an Arabic line of one run ("كتبه سعاد الزين" or a lone "زينب عبد الله")."""
    if len(run) < len(printed) and len(run) <= 3:
        return run
    ordered = run if first else run[::-1]
    if not ordered[0].printed.isascii():
        return []                    # Arabic has no capitals to say where a name starts: "زينب عبد الله"
    name = []
    for word in ordered:
        if not word.printed[:1].isupper():
            break
        name.append(word)
    return name if first else name[::-1]


def after_a_lead_word(words: list[Word], printed: list[Word]) -> list[Word] | None:
    """The name in an Arabic line of one run of three or four unknown words, under its first
    word: a label of the archive's own ("بواسطة <a>") or a name's first word; nothing marks which,
    so such a phrasing is learnt only on the evidence of its names (templates.UNMARKED_SIGNED)."""
    runs = name_runs(words)
    if len(runs) != 1 or len(runs[0]) != len(printed) or not 3 <= len(printed) <= 4:
        return None
    name = runs[0][1:]
    if printed[0].printed.isascii() or not person_like(name) or names_a_thing(runs[0]):
        return None
    return name


def a_public_figure(run: list[Word]) -> bool:
    """The run is a person the gazetteer knows: a public figure, whom a headline names, not a
    byline ("Donald Trump reports", "From Trump and Biden")."""
    return "person" in gazetteer().kinds([w.folded for w in run])


def names_a_thing(run: list[Word]) -> bool:
    """A word of the run is a place or an organization the gazetteer knows ("Iran Talks")."""
    return any(gazetteer().kinds([w.folded]) & _THINGS for w in run)


def edge_pair(words: list[Word], printed: list[Word]) -> tuple[list[Word], list[list[Word]]] | None:
    """Two names joined by "and" opening or closing a line ("A and B report", "A وB - خاص",
    "Words by A and B"): the words they take (with the "and") and the two names."""
    runs = name_runs(words)
    for pair in (_opening_pair(words, printed, runs), _closing_pair(words, printed, runs)):
        if pair and all(2 <= len(h) <= 3 and person_like(h) and not names_a_thing(h) for h in pair[1]):
            return pair
    return None


def _opening_pair(words: list[Word], printed: list[Word], runs: list[list[Word]]):
    if not runs or runs[0][0] is not printed[0]:
        return None
    if len(halves := split_at_and(runs[0])) == 2:
        return runs[0], halves
    k = position(words, runs[0][-1])
    if len(runs) > 1 and k + 2 < len(words) and words[k + 1].folded in AND_WORDS and words[k + 2] is runs[1][0]:
        return runs[0] + [words[k + 1]] + runs[1], [runs[0], runs[1]]
    return None


def _closing_pair(words: list[Word], printed: list[Word], runs: list[list[Word]]):
    if not runs or runs[-1][-1] is not printed[-1]:
        return None
    if len(halves := split_at_and(runs[-1])) == 2:
        return runs[-1], halves
    k = position(words, runs[-1][0])
    if len(runs) > 1 and k >= 2 and words[k - 1].folded in AND_WORDS and words[k - 2] is runs[-2][-1]:
        return runs[-2] + [words[k - 1]] + runs[-1], [runs[-2], runs[-1]]
    return None


def joins_names(words: list[Word], names: list[list[Word]]) -> bool:
    """The line's only function word is the "and" between its two names: "A and B, Reuters"."""
    functions = [k for k, w in enumerate(words) if w.role == "function"]
    if len(names) != 2 or len(functions) != 1 or words[functions[0]].folded not in AND_WORDS:
        return False
    k = functions[0]
    return 0 < k < len(words) - 1 and words[k - 1] is names[0][-1] and words[k + 1] is names[1][0]


def names_with_roles(words: list[Word], names: list[list[Word]]) -> bool:
    """A name, or two joined by "and", open the line, after the outlet if it is named first, and
    only crediting words follow: "A reports", "A and B report", "A and B, Correspondents", "A & B
    contributed to this report", "X's A and B report for the wire", "A وB مراسلان", "A reports from
    Beirut" (a place after the names alone is a headline's: "A and B in Helsinki"). One name must be in Latin capitals, of two or
    three words, no public figure: an Arabic one is not told from a phrase ("مقالات أخرى
    للكاتب"), a longer one is a company's ("Computer Terminal Systems Inc (Exclusive)")."""
    if not 1 <= len(names) <= 2:
        return False
    opening = next((w for w in words if w.role not in ("outlet", "medium", "separator")), None)
    k = position(words, names[0][-1])          # "&" is a mark
    if opening is not names[0][0] or k is None or k + 1 >= len(words):
        return False
    if len(names) == 1:
        if len(names[0]) > 3 or not all(w.printed.isascii() for w in names[0]) \
                or a_public_figure(names[0]):
            return False
        end = k + 1
    elif words[k + 1].folded in AND_WORDS and k + 2 < len(words) and words[k + 2] is names[1][0]:
        end = k + 2 + len(names[1])
    elif words[k + 1].folded == "و" + names[1][0].folded:      # "A وB": one run split at its و
        end = k + len(names[1]) + 1
    else:
        return False
    rest = [w for w in words[end:] if w.role != "separator"]
    if len(rest) > 2 and rest[-2].folded in PLACE_LINKS and "place" in gazetteer().kinds([rest[-1].folded]):
        rest = rest[:-2]                 # "A reports from Beirut": where from, after the role
    return bool(rest) and all(w.role in ("credit", "cue", "function") for w in rest) and any(
        w.role in ("credit", "cue") for w in rest)


def from_pair(words: list[Word], names: list[list[Word]]) -> bool:
    """"From" and two names joined by "and", nothing else: "From A and B" (who it comes from)."""
    inside = {id(w) for name in names for w in name}
    if any(a_public_figure(n) for n in names):
        return False                     # public figures: a headline's ("From Trump and Biden")
    return len(names) == 2 and bool(words) and words[0].folded in FROM_WORDS and all(
        id(w) in inside or w.role == "separator" or w.folded in AND_WORDS for w in words[1:])


def placed_pair(words: list[Word], names: list[list[Word]], places: list[list[Word]]) -> bool:
    """Two names in Latin capitals, each with its own place after "in" or "from", joined by "and"
    or a mark, and nothing else on the line: "A in Beirut and B in Jerusalem". One name with a
    place may be a headline's ("Vladimir Putin in Beijing"), so are two public figures the
    gazetteer knows ("Vladimir Putin in Beijing and Xi Jinping in Moscow"), and Arabic has no
    capitals to tell a name from a headline's words ("قضاة وموظفون يهربون من تركيا ويطلبون
    اللجوء في اليونان")."""
    if len(names) != 2 or len(places) != 2 or not all(w.printed.isascii() for n in names for w in n) or any(
            a_public_figure(n) for n in names):
        return False
    for name, place in zip(names, places):
        k = position(words, name[-1])
        if k is None or k + 2 >= len(words) or words[k + 1].folded not in PLACE_LINKS or words[k + 2] is not place[0]:
            return False
    inside = {id(w) for run in names + places for w in run}
    return all(id(w) in inside or w.role == "separator" or w.folded in AND_WORDS | PLACE_LINKS for w in words)


def labelled_from_place(words: list[Word], names: list[list[Word]], places: list[list[Word]]) -> bool:
    """A crediting word, one name, "from" or "in" and a place the gazetteer knows, nothing else:
    "تقرير A من بيروت", "Report A from Gaza" (a genre, who, where from)."""
    if len(names) != 1 or len(places) != 1 or not words or words[0].role != "credit" or a_public_figure(names[0]):
        return False
    name, place = names[0], places[0]
    return (words[1:1 + len(name)] == name and len(words) == 2 + len(name) + len(place)
            and words[1 + len(name)].folded in PLACE_LINKS and words[2 + len(name):] == place
            and "place" in gazetteer().kinds([w.folded for w in place]))


AND_WORDS = frozenset({"and", "&", "و"})
PLACE_LINKS = frozenset("in from at في من".split())
FROM_WORDS = frozenset({"from"})
