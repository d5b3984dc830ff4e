"""TF-IDF vectors of the sentences of one release, and their graph centrality.

Why within one release: a summary must not change when other files join the corpus, and
must not need the corpus at all (library use on one text). The "document frequency" is the
number of sentences of this release holding a word, as in LexRank.

Centrality is the weighted degree of a sentence in the cosine-similarity graph of all the
release's sentences. With unit-length vectors, sum_j cos(s_i, s_j) = s_i . sum_j s_j, so the
degree of every node comes from one centroid in O(words) instead of O(sentences^2): the same
ranking as degree LexRank, deterministic, and linear on a release with 10,000 sentences.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from collections import Counter
from collections.abc import Sequence

Vector = dict[str, float]

# A word or a number: `Peshmerga`, `Coalition’s`, `83-member`, `2015`
_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’]*|\d+")
# A possessive or contraction ending: `Coalition’s`, `Iraq's`
_POSSESSIVE = re.compile(r"['’]s?$")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves said says say
    according today new one two three year years mr mrs ms dr inc llc ltd co corp per may must
    shall us well within without across among upon via including""".split()
)


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude, predictable stem: lower case, no possessive, plural `s` dropped.

    Enough to let `centers` meet `center`; anything cleverer would differ across words in
    ways nobody can predict from reading a summary.
    """
    w = _POSSESSIVE.sub("", word.lower())
    if len(w) > 4:
        if w.endswith("ies"):
            return w[:-3] + "y"
        if w.endswith("s") and not w.endswith(("ss", "us", "is")):
            return w[:-1]
    return w


def terms(text: str) -> Counter[str]:
    """Content-word counts of a text (stopwords and one-letter words left out)."""
    return Counter(w for w in map(stem, _TOKEN.findall(text)) if len(w) > 1 and w not in STOPWORDS)


def idf(docs: Sequence[Counter[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency over the given term bags."""
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs)
    return {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}


def vector(bag: Counter[str], weights: dict[str, float], default: float = 1.0) -> Vector:
    """Unit-length TF-IDF vector (sublinear tf); an empty bag gives an empty vector."""
    v = {w: (1.0 + math.log(c)) * weights.get(w, default) for w, c in bag.items()}
    norm = math.sqrt(sum(x * x for x in v.values()))
    if norm == 0.0:
        return {}
    return {w: x / norm for w, x in v.items()}


def dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def centroid(vectors: Sequence[Vector]) -> Vector:
    c: dict[str, float] = {}
    for v in vectors:
        for w, x in v.items():
            c[w] = c.get(w, 0.0) + x
    return c


def degree_centrality(vectors: Sequence[Vector]) -> list[float]:
    """Each sentence's summed cosine similarity to all the others, scaled to a max of 1."""
    c = centroid(vectors)
    raw = [max(0.0, dot(v, c) - (1.0 if v else 0.0)) for v in vectors]
    top = max(raw, default=0.0)
    return [r / top if top > 0 else 0.0 for r in raw]
