"""The CRF's decoding without CRFsuite's per-token feature strings: the same model (its weights read
from the .crfsuite file) and the same best tag sequence, computed from cached word-type scores.

Every feature of ``features.sentence_features`` but three (the bigram, the gazetteer's mark,
"first") is a function of one word at a fixed distance, so a word type's contribution to the
scores of the token it is and of the tokens up to two away is five vectors over the labels, summed
once per type and kept (``TypeScores``). A sentence's label scores are then sums of rows picked by
type ids, the three remaining features are added by lookup, and the best path is found by Viterbi
over all the sentences of a text at once (numpy, padded to the longest). CRFsuite's own tagger
gives the same tags (tests/test_recognizer.py checks it on the development data).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pycrfsuite

from .features import _EDGE, _as_neighbour, gazetteer_marks, word_features
from ..gazetteer import Gazetteer
from ..normalize import fold

TYPE_LIMIT = 600_000          # word types a process keeps scores for (~300 bytes each); full, it starts again


class Chain:
    """One model: its labels, weights by attribute, transitions, and the word-type scores."""

    def __init__(self, model: Path, gaz: Gazetteer):
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        info = tagger.info()
        tagger.close()
        self.labels = sorted(info.labels, key=lambda label: int(info.labels[label]))
        index = {label: k for k, label in enumerate(self.labels)}
        size = len(self.labels)
        rows: dict[str, int] = {}
        for attribute, _ in info.state_features:
            rows.setdefault(attribute, len(rows))
        # one row of weights by label an attribute, and a last row of zeros for unknown ones
        self.matrix = np.zeros((len(rows) + 1, size), dtype=np.float32)
        for (attribute, label), weight in info.state_features.items():
            self.matrix[rows[attribute], index[label]] = weight
        self.rows = rows
        self.weights = {attribute: self.matrix[row] for attribute, row in rows.items()}
        self.transitions = np.zeros((size, size), dtype=np.float32)
        for (before, after), weight in info.transitions.items():
            self.transitions[index[before], index[after]] = weight
        self.zero = self.matrix[-1]
        self.first = self.weights.get("first", self.zero)
        self.outside = index["O"]
        self.margins = _margins(self.transitions, self.outside)
        self.gaz = gaz
        self.types = TypeScores(self)

    def vectors(self, groups: list) -> np.ndarray:
        """The summed weights by label of each group of attributes (unknown ones weigh nothing)."""
        rows, bounds = [], []
        unknown, get = len(self.rows), self.rows.get
        for group in groups:
            bounds.append(len(rows))
            rows += [get(a, unknown) for a in group]
            rows.append(unknown)          # no group is empty for reduceat
        return np.add.reduceat(self.matrix[rows], bounds, axis=0)

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """The best tag sequence of each sentence (of words), as CRFsuite's tagger gives it."""
        if not sentences:
            return []
        lengths = np.array([len(s) for s in sentences])
        words = [w for sentence in sentences for w in sentence]
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        scores = self._emissions(words, lengths, starts)
        labels = best_paths(scores, starts, self.transitions, self.outside, self.margins)
        names = np.array(self.labels)[labels].tolist()
        return [names[a:a + n] for a, n in zip(starts.tolist(), lengths.tolist())]

    def _emissions(self, words: list[str], sizes: np.ndarray, starts: np.ndarray) -> np.ndarray:
        """The label scores of every token of the sentences (of ``sizes`` words from ``starts``),
        one row a token, in order."""
        types = self.types
        ids = types.ids(words)
        table = types.table
        # each sentence's ids between two edges (id 0) on either side
        padded = np.zeros(len(words) + 4 * len(sizes), dtype=np.int64)
        at = np.arange(len(words)) + 2 + 4 * np.repeat(np.arange(len(sizes)), sizes)
        padded[at] = ids
        scores = (table[ids, 0] + table[padded[at - 2], 1] + table[padded[at - 1], 2]
                  + table[padded[at + 1], 3] + table[padded[at + 2], 4])
        scores[starts] += self.first
        weights, heads, folds = self.weights, types.heads, types.folds
        # the bigram feature, where the model knows both words in their places
        before = padded[at - 1]
        for k in np.flatnonzero(types.left[before] & types.right[ids]).tolist():
            row = weights.get(f"bigram={heads[before[k]]}|{heads[ids[k]]}")
            if row is not None:
                scores[k] += row
        # the gazetteer's marks, in the sentences where a word may start a name
        starters = np.flatnonzero(types.starter[ids])
        sentence_of = np.searchsorted(starts, starters, side="right") - 1
        for number in np.unique(sentence_of).tolist():
            start, size = int(starts[number]), int(sizes[number])
            first = (starters[sentence_of == number] - start).tolist()
            marks = gazetteer_marks([folds[i] for i in ids[start:start + size].tolist()], self.gaz, first)
            for j in range(first[0], size):
                if marks[j]:
                    row = weights.get(f"gaz={marks[j]}")
                    if row is not None:
                        scores[start + j] += row
        return scores


class TypeScores:
    """Word types' five score vectors (as the token itself, as the word two before, one before, one
    after, two after it) by type id, with the type's head (the form bigrams name it by), its
    folded form, and whether the model has a bigram with it first (left) or second (right);
    id 0 is the sentence's edge."""

    def __init__(self, chain: Chain):
        self.chain = chain
        self.lefts, self.rights = set(), set()
        for attribute in chain.rows:
            if attribute.startswith("bigram="):
                pair = attribute[len("bigram="):]
                for cut in (k for k, c in enumerate(pair) if c == "|"):   # a word may hold "|"
                    self.lefts.add(pair[:cut])
                    self.rights.add(pair[cut + 1:])
        self._reset()

    def _reset(self) -> None:
        size = len(self.chain.labels)
        self.table = np.zeros((1024, 5, size), dtype=np.float32)
        self.table[0, 1:] = self.chain.vectors(_EDGE)
        self.left = np.zeros(1024, dtype=bool)
        self.right = np.zeros(1024, dtype=bool)
        self.starter = np.zeros(1024, dtype=bool)
        self.left[0] = "<s>" in self.lefts
        self.heads, self.folds = ["<s>"], [""]
        self.known: dict[str, int] = {}

    def ids(self, words: list[str]) -> np.ndarray:
        """The words' type ids."""
        if len(self.known) + len(words) >= TYPE_LIMIT:
            self._reset()
        known = self.known
        new = [w for w in dict.fromkeys(words) if w not in known]
        if new:
            self._add(new)
        return np.array([known[w] for w in words], dtype=np.int64)

    def _add(self, words: list[str]) -> None:
        first = len(self.heads)
        while first + len(words) > len(self.table):
            self.table = np.concatenate((self.table, np.zeros_like(self.table)))
            self.left = np.concatenate((self.left, np.zeros_like(self.left)))
            self.right = np.concatenate((self.right, np.zeros_like(self.right)))
            self.starter = np.concatenate((self.starter, np.zeros_like(self.starter)))
        groups = []
        for number, word in enumerate(words, first):
            own = word_features(word)
            # the word says before2 to the token two after it, before1 to the next, and so on
            before2, before1, after1, after2, head = _as_neighbour(own)
            groups += (own, before2, before1, after1, after2)
            folded = fold(word)
            self.heads.append(head)
            self.folds.append(folded)
            self.starter[number] = bool(self.chain.gaz.start_forms(folded))
            self.left[number] = head in self.lefts
            self.right[number] = head in self.rights
            self.known[word] = number
        self.table[first:first + len(words)] = self.chain.vectors(groups).reshape(len(words), 5, -1)


def best_paths(scores: np.ndarray, starts: np.ndarray, transitions: np.ndarray, outside: int,
               margins: np.ndarray | None = None) -> np.ndarray:
    """The labels of the best path of each sentence, given the label scores of all their tokens
    (one row a token, the sentences one after another from ``starts``).

    A token whose O score beats every other label's by more than any pair of transitions could
    repay (``margins``) is O on every best path, so the sentences are cut there and only the runs
    between such tokens are decoded, with the transitions from and to the O beside them: the same
    paths, less work."""
    margins = _margins(transitions, outside) if margins is None else margins
    scores = scores.copy()
    total = len(scores)
    decided = ((scores[:, outside, None] - scores) > margins).all(axis=1)
    first = np.zeros(total, dtype=bool)
    first[starts] = True
    last = np.roll(first, -1)
    after_o = ~first & np.roll(decided, 1)          # the token before is a decided O
    before_o = ~last & np.roll(decided, -1)         # the token after is a decided O
    scores[after_o] += transitions[outside]
    scores[before_o] += transitions[:, outside]
    open_ = ~decided
    begins = open_ & (first | np.roll(decided, 1))
    labels = np.full(total, outside)
    if open_.any():
        segment = np.cumsum(begins)[open_] - 1
        positions = np.flatnonzero(open_)
        offsets = positions - np.flatnonzero(begins)[segment]
        sizes = np.bincount(segment)
        runs = np.zeros((len(sizes), sizes.max(), scores.shape[1]), dtype=scores.dtype)
        runs[segment, offsets] = scores[positions]
        labels[positions] = viterbi(runs, sizes, transitions)[segment, offsets]
    return labels


def _margins(transitions: np.ndarray, outside: int) -> np.ndarray:
    """By label, the most a path can gain in transitions by that label in place of O at one
    position (nothing at a sentence's edges, where there is no transition); -inf for O itself."""
    gain_in = (transitions - transitions[:, [outside]]).max(axis=0)      # from a to y rather than to O
    gain_out = (transitions - transitions[[outside]]).max(axis=1)        # from y to b rather than from O
    margins = np.maximum(gain_in, 0) + np.maximum(gain_out, 0)
    margins[outside] = -np.inf
    return margins


def viterbi(scores: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """The best label path of each sequence: scores (sequences, positions, labels) of label at
    position, transitions (from, to); positions past a sequence's length are ignored. The
    sequences are taken longest first, so the ones still running at a position are a prefix."""
    order = np.argsort(-lengths, kind="stable")
    scores, lengths = scores[order], lengths[order]
    count, longest, _ = scores.shape
    running = [int(np.count_nonzero(lengths > t)) for t in range(longest + 1)]
    best = scores[:, 0].copy()
    back = np.zeros(scores.shape, dtype=np.int16)
    for t in range(1, longest):
        k = running[t]
        candidates = best[:k, :, None] + transitions
        back[:k, t] = candidates.argmax(axis=1)
        best[:k] = candidates.max(axis=1) + scores[:k, t]
    last = best.argmax(axis=1)
    paths = np.zeros((count, longest), dtype=np.int64)
    label = np.zeros(count, dtype=np.int64)
    rows = np.arange(count)
    for t in range(longest - 1, -1, -1):
        k = running[t]
        label[running[t + 1]:k] = last[running[t + 1]:k]        # the sequences that end at t
        paths[:k, t] = label[:k]
        if t:
            label[:k] = back[rows[:k], t, label[:k]]
    unsorted = np.empty_like(paths)
    unsorted[order] = paths
    return unsorted
