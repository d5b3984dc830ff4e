"""The search query language: parsed here into a small tree, compiled to a safe FTS5 expression.

What users type is never handed to SQLite as FTS5 syntax. Every word and phrase goes to the
engine as a double-quoted FTS5 string (so `NEAR(`, `*`, `^`, `:` and stray quotes are plain
text), and only this module writes operators. The language, Google-style:

    peshmerga erbil          both words (AND)
    "prime minister"         the exact phrase
    isis OR daesh            either (OR binds tighter than AND: `a OR b c` = `(a OR b) AND c`)
    -covid, NOT covid        exclude
    vaccin*                  prefix
    title:, speaker:, org:, source:, location:   restrict a word or "phrase" to one field

Malformed input is parsed leniently: an unclosed quote runs to the end of the query, a
dangling `OR` is dropped, an unknown `field:` is read as text, and a word without any
letter or digit is ignored. Typo tolerance (`correct`) is here too, written against two
callbacks so it can be tested without an index.

Kept free of dataclasses, typing and re imports: this module is on the `pressroom search`
fast path, where every millisecond of start-up counts against ripgrep.
"""

from __future__ import annotations

from .errors import PressroomError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterator

# user field name -> FTS5 column (see index.COLUMNS)
FIELDS = {
    "title": "title",
    "headline": "title",
    "speaker": "speaker",
    "who": "speaker",
    "org": "org",
    "organization": "org",
    "source": "source",
    "location": "location",
    "place": "location",
}

# Fields the extractors fill: they live in their own FTS table (`names`, index.py), which a
# `text` cache leaves empty (cache.py); every other field, and a word with no field, is
# looked up in the text table (`fts`). So a plain search ranks the same at either level.
NAME_COLUMNS = frozenset({"speaker", "org"})

# Typed or pasted quotation marks that open or close a phrase (“prime minister”, „so“,
# «ça»), and control characters (a NUL would end the string SQLite reads): one translate.
_NORMALIZE = {ord(q): '"' for q in "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"}
_NORMALIZE.update({c: " " for c in (*range(0x20), 0x7f)})


def _tokens(text: str) -> "Iterator[tuple[bool, str | None, str | None, str | None]]":
    """(negated, field, phrase, word) for each token of `-title:"Prime Minister" isis* OR daesh`.

    A hand-written scanner, not a regex: one pass, each character looked at a bounded number
    of times, and no `re` import (6 ms of a 35 ms `pressroom search`). Rules: a `-` glued to
    what follows (not `--`) negates; ASCII letters and `:` glued to what follows name a
    field; `"` opens a phrase that the next `"` or the end of the query closes; anything
    else up to a space or a quote is a word.
    """
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        neg = False
        if text[i] == "-" and i + 1 < n and not text[i + 1].isspace() and text[i + 1] != "-":
            neg = True
            i += 1
        field = None
        j = i
        while j < n and text[j].isascii() and text[j].isalpha():
            j += 1
        if j > i and j + 1 < n and text[j] == ":" and not text[j + 1].isspace():
            field = text[i:j]
            i = j + 1
        if text[i] == '"':
            end = text.find('"', i + 1)
            if end < 0:
                end = n
            yield neg, field, text[i + 1:end], None
            i = end + 1
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] != '"':
            j += 1
        yield neg, field, None, text[i:j]
        i = j


def _has_wordchar(s: str) -> bool:
    """A letter or digit: something FTS5's unicode61 tokenizer would index (not `*`, `-`, `^`)."""
    return any(ch.isalnum() for ch in s)


def _simple_term(s: str) -> bool:
    """One plain word of letters, the only kind typo correction rewrites: `peshmerg`, `marroto`."""
    return len(s) >= 4 and s.isalpha()


class Atom:
    """One word, prefix or phrase, maybe limited to one column, maybe excluded."""

    __slots__ = ("text", "phrase", "prefix", "column", "negated", "corrected_from")

    def __init__(self, text: str, *, phrase: bool = False, prefix: bool = False,
                 column: str | None = None, negated: bool = False) -> None:
        self.text = text
        self.phrase = phrase
        self.prefix = prefix
        self.column = column
        self.negated = negated
        self.corrected_from: str | None = None

    def fts(self) -> str:
        """This atom as FTS5 syntax: always a quoted string, so its text is never syntax."""
        s = '"' + self.text.replace('"', '""') + '"'
        if self.prefix:
            s += " *"
        if self.column:
            s = f"{self.column} : {s}"
        return s

    def __repr__(self) -> str:  # for test failure messages
        flags = "".join(f for f, on in (("-", self.negated), ("~", self.phrase), ("*", self.prefix)) if on)
        return f"Atom({flags}{self.column + ':' if self.column else ''}{self.text!r})"

    def same(self, text: str) -> "Atom":
        a = Atom(text, phrase=self.phrase, prefix=self.prefix, column=self.column, negated=self.negated)
        a.corrected_from = self.text
        return a


class Query:
    """A parsed query: `groups` are ANDed, the atoms inside a group ORed; `excluded` NOTed."""

    __slots__ = ("groups", "excluded", "text")

    def __init__(self, groups: list[list[Atom]], excluded: list[Atom], text: str = "") -> None:
        self.groups = groups
        self.excluded = excluded
        self.text = text

    @property
    def empty(self) -> bool:
        return not self.groups

    def atoms(self) -> list[Atom]:
        return [a for g in self.groups for a in g]

    @property
    def needs_names(self) -> bool:
        """Does it search a field only the extractors fill (`speaker:`, `org:`)?"""
        return any(a.column in NAME_COLUMNS for a in (*self.atoms(), *self.excluded))

    def to_fts(self) -> str:
        """The FTS5 MATCH expression; raises PressroomError for a query with nothing to find."""
        if not self.groups:
            if self.excluded:
                raise PressroomError("nothing to search for: add a word to find (a -word only excludes)")
            raise PressroomError("nothing to search for: give a word or a \"phrase\"")
        expr = " AND ".join(_any(g) for g in self.groups)
        boost = self._adjacent_phrase()
        if boost:
            # the same matches (the phrase implies every word), but BM25 adds the phrase's
            # score where the words stand together: `prime minister` ranks "Prime Minister
            # Abe" above a release with "prime" in one paragraph and "minister" in another
            expr = f"({expr}) OR {boost}"
        if self.excluded:
            neg = " OR ".join(a.fts() for a in self.excluded)
            expr = f"({expr}) NOT ({neg})"
        return expr


    def _adjacent_phrase(self) -> str:
        """`"w1 w2 ..."` when the query is two or more plain words ANDed (no OR, field, prefix)."""
        if len(self.groups) < 2 or len(self.groups) > 8:
            return ""
        words = []
        for g in self.groups:
            if len(g) != 1 or g[0].phrase or g[0].prefix or g[0].column:
                return ""
            words.append(g[0].text)
        return '"' + " ".join(words).replace('"', '""') + '"'

    def plan(self) -> "Plan":
        """The query split between the two FTS tables (index.py): what `fts` must match, and
        the conditions on `names` (speaker:, org:) that hold beside it."""
        if not self.groups:
            self.to_fts()  # raises the "nothing to search for" error
        text_groups = []
        plan = Plan()
        for g in self.groups:
            names = [a for a in g if a.column in NAME_COLUMNS]
            if not names:
                text_groups.append(g)
            else:
                rest = [a for a in g if a.column not in NAME_COLUMNS]
                plan.must.append((_any(names), _any(rest) if rest else ""))
        text_out = [a for a in self.excluded if a.column not in NAME_COLUMNS]
        plan.must_not = [("names", _any([a])) for a in self.excluded if a.column in NAME_COLUMNS]
        if text_groups:
            plan.text = Query(text_groups, text_out).to_fts()
        elif text_out:
            plan.must_not.append(("fts", _any(text_out)))
        # words to highlight in the body when only names matched ("speaker:marotto")
        plain = [Atom(a.text, phrase=a.phrase, prefix=a.prefix) for g in self.groups for a in g]
        plan.highlight = _any(plain)
        return plan


def _any(atoms: "list[Atom]") -> str:
    """The atoms ORed, as one FTS5 operand."""
    return atoms[0].fts() if len(atoms) == 1 else "(" + " OR ".join(a.fts() for a in atoms) + ")"


class Plan:
    """`text`: the FTS5 expression for the text table ("" when the query has none); `must`:
    (names expression, text expression or "") pairs, each needing a match in either; `must_not`:
    (table, expression) exclusions; `highlight`: every word, for snippets."""

    __slots__ = ("text", "must", "must_not", "highlight")

    def __init__(self) -> None:
        self.text = ""
        self.must: list[tuple[str, str]] = []
        self.must_not: list[tuple[str, str]] = []
        self.highlight = ""


def parse_query(text: str) -> Query:
    """Parse what the user typed; never raises, whatever the input."""
    text = (text or "").translate(_NORMALIZE)
    items: list[Atom | str] = []  # atoms and the connectives "OR" / "NOT"
    for negated, field, phrase, word in _tokens(text):
        column = None
        if field:
            column = FIELDS.get(field.lower())
            if column is None:  # not a field: `covid:19`, `https://x` are text
                word = f"{field}:{word}" if word is not None else None
                phrase = f"{field} {phrase}" if phrase is not None else None
        if word is not None and not negated and column is None and word in ("OR", "AND", "NOT"):
            items.append(word)
            continue
        prefix = False
        if phrase is not None:
            body = " ".join(phrase.split())
        else:
            body = word or ""
            if body.endswith("*"):
                body = body.rstrip("*")
                prefix = True
        if not _has_wordchar(body):
            continue  # `*`, `-`, `^`, `()`: nothing the index could hold
        items.append(Atom(body, phrase=phrase is not None, prefix=prefix, column=column, negated=negated))
    return _combine(items, text)


def _combine(items: list[Atom | str], text: str) -> Query:
    """Apply NOT to the next atom and OR between neighbours; drop connectives with nothing to join."""
    groups: list[list[Atom]] = []
    excluded: list[Atom] = []
    pending_or = False
    pending_not = False
    last_positive: list[Atom] | None = None  # the group an OR would extend
    for it in items:
        if it == "OR":
            pending_or = last_positive is not None
            continue
        if it == "NOT":
            pending_not = True
            continue
        if it == "AND":
            pending_or = False
            continue
        assert isinstance(it, Atom)
        if pending_not:
            it.negated = True
            pending_not = False
        if it.negated:
            excluded.append(it)
            pending_or = False
            last_positive = None
            continue
        if pending_or and last_positive is not None:
            last_positive.append(it)
        else:
            last_positive = [it]
            groups.append(last_positive)
        pending_or = False
    if not groups and not excluded and any(x == "OR" for x in items):
        groups.append([Atom("or")])  # the query was just `OR`: search the word
    return Query(groups, excluded, text)


def fts_tokens(text: str) -> list[str]:
    """Roughly how FTS5's unicode61 tokenizer splits and folds text (for highlighting, typos)."""
    import unicodedata

    out = []
    word: list[str] = []
    for ch in text + " ":
        if ch.isalnum():
            word.append(ch)
        elif word:
            t = unicodedata.normalize("NFKD", "".join(word).lower())
            out.append("".join(c for c in t if not unicodedata.combining(c)))
            word = []
    return out


def correct(query: Query, known, candidates, *, cutoff: float = 80.0, most: int = 3) -> tuple[Query, list[str]]:
    """Replace words the index has never seen with their nearest indexed words.

    `known(term) -> bool` says whether a folded term is in the index vocabulary;
    `candidates(term) -> [(term, doc_count), ...]` gives vocabulary words that could be meant
    (the index narrows them by first letter). Each unknown plain word becomes an OR of up to
    `most` neighbours within a point or two of the best RapidFuzz ratio; the notes say what
    was searched instead. Phrases, prefixes and exclusions are left as typed.
    """
    notes: list[str] = []
    new_groups: list[list[Atom]] = []
    changed = False
    for g in query.groups:
        ng: list[Atom] = []
        for a in g:
            folded = a.text.lower()
            if a.phrase or a.prefix or not _simple_term(a.text):
                ng.append(a)
                continue
            folded = (fts_tokens(a.text) or [folded])[0]
            if known(folded):
                ng.append(a)
                continue
            best = nearest(folded, candidates(folded), cutoff=cutoff, most=most)
            if not best:
                ng.append(a)
                continue
            changed = True
            ng.extend(a.same(t) for t in best)
            notes.append(f"searched for {' OR '.join(best)} instead of {a.text}")
        new_groups.append(ng)
    if not changed:
        return query, notes
    return Query(new_groups, query.excluded, query.text), notes


def nearest(term: str, vocab: list[tuple[str, int]], *, cutoff: float = 80.0, most: int = 3) -> list[str]:
    """The vocabulary words closest to `term` (RapidFuzz ratio), commonest first among equals."""
    if not vocab:
        return []
    from rapidfuzz import fuzz, process

    lo, hi = len(term) - 2, len(term) + 2
    pool = {t: df for t, df in vocab if lo <= len(t) <= hi and t != term}
    if not pool:
        return []
    scored = process.extract(term, list(pool), scorer=fuzz.ratio, score_cutoff=cutoff, limit=20)
    if not scored:
        return []
    top = scored[0][1]
    keep = [(s, pool[t], t) for t, s, _ in scored if s >= top - 2.0]
    keep.sort(key=lambda x: (-x[0], -x[1], x[2]))
    return [t for _, _, t in keep[:most]]
