"""Well-known organizations named by a bare short name: a curated gazetteer post-pass.

The rule-based recognizer (orgnames.py) finds an organization by a cue: a head word
(`Commission`), a legal suffix (`Inc.`), an appositive, a role (`CEO of ...`). Releases name
the best-known companies and universities with no cue at all: "platforms like Amazon, Shopify
and Google", "partners such as Microsoft, Meta, OpenAI and IBM", "ResMed", "eBay", "UC
Berkeley". A gazetteer is the standard complement to rules for such names; it is a curated
list shipped with the package (../data/known_orgs.txt) rather than a model or a list fetched
at run time.

A listed name counts only where it is a bare mention of the company:

- the text spells it as listed (case-sensitive: "Meta" the company, not "meta");
- it is not part of a longer capitalised name: "Google Cloud", "Microsoft Teams", "Amazon Web
  Services", "Team Google" are products or other bodies (a role after it, as in "Google CEO
  Sundar Pichai", and a possessive, "Google's Gemini", still name the company);
- it is not glued to a web address, an e-mail or a hyphenated word ("Google.com",
  "Meta-analysis", "Google-backed");
- the release does not already hold it: not an organization's name, acronym or alias, nor a
  word run inside an organization's name ("Google" in "Google LLC"), nor a word of a person's
  name ("Dell" when Michael Dell is a person), nor an acronym the release defines otherwise.

Ambiguous names (marked "?" in the list: "Oracle", "AMD", "ABC") count only as items of a list
that also holds an unambiguous listed name; "!" names ("Amazon") not after "the".

Cost: one regex scan per release (title and paragraphs joined), the names factored into a trie
(orglexicon.trie_pattern) so that the engine skips to capitals at C speed; a match is checked
by looking at a few characters either side. Linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..model import Acronym, Organization, Person
from .orglexicon import trie_pattern
from .orgnames import about_blocks

# The word before a name when the name opens a sentence clause or follows a preposition: these
# capitalised words do not make "X Google" a longer name ("Like Amazon, ...", "At Google, ...").
_FREE_BEFORE = frozenset(
    "The A An And Or But At By For From In Into Like With As On Of To Via Including Both "
    "Former Then While When Unlike Beyond Besides Than Across Through Between Among Inside "
    "Rival Rivals Companies Platforms Partners Firms Giants".split()
)
# Words before a name that make it a thing someone has: "a Mercedes-Benz", "your BMW", "an
# Amazon review", "their Facebook page".
_OWNER_BEFORE = frozenset("a an A An your my his her their our its Your My His Her Their Our Its".split())

# Capitalised words after a name that leave it the company: a role ("Google CEO Sundar Pichai",
# "Microsoft President Brad Smith", "Amazon Founder Jeff Bezos").
_FREE_AFTER = frozenset(
    "CEO CFO CTO COO CMO CIO CISO Chief Chairman Chairwoman Chair President Vice Executive "
    "Founder Co-Founder Cofounder Senior Director Head Managing".split()
)
# Abbreviations that open a sentence after a name's full stop ("... represents ResMed. Dr. Wimms").
_HONORIFICS = frozenset("Dr Mr Mrs Ms Mx Sen Rep Gov Gen Col Lt Sgt Capt Cmdr Adm Maj Prof Rev Hon Pres Sec St".split())

# Lower-case words after a name that make it a product or a place to post: "Amazon rankings",
# "Apple app store", "Netflix content", "free Uber rides", "Airbnb properties", "Toyota extended
# warranty", "Meta platforms".
_PRODUCT_AFTER = frozenset(
    "page pages channel channels account accounts profile profiles review reviews ranking rankings "
    "listing listings store stores app apps ads search platform platforms content docuseries "
    "documentary series video videos rating ratings post posts feed phone phones vehicle vehicles "
    "car cars truck trucks calls ride rides properties brand brands lineage extended warranty "
    "marketplace devices device products product billboards gift handles wheel wheels play".split()
)

# The word right before a match: "Team " in "Team Google", "Alphabet's " before "Google".
_WORD_BEFORE_RE = re.compile(r"([\w&'\u2019.\-]+)([ \t]+)$")
# The word right after a match: " Cloud" in "Google Cloud", " rankings" in "Amazon rankings",
# " of America" in "Honda of America Manufacturing", " of the Seas" in "the Amazon of the Seas",
# "Intel. Surv." (an abbreviation run).
_WORD_AFTER_RE = re.compile(r"(\.?)[ \t]+(of[ \t]+(?:the[ \t]+)?)?([\w&'\u2019.\-]+)")
# A sentence or clause boundary before the word before: ". Former Google ..." / "\"Like Amazon".
_CLAUSE_END_RE = re.compile(r"(?:^|[\n.!?:;\"\u201c\u2018(\u2014\u2013\u2022*]\s*)$")
# What may not touch a name: letters, digits, "&", "@", "/", a hyphen, an apostrophe before it;
# letters, digits, "&", "@", "/", a hyphen or a dot glued to a word after it ("Google.com",
# "Meta-analysis", "Virginia Tech/Montgomery", "Disney+"), a ticker or a handle after a colon ("Nasdaq:
# LCID", "Instagram: @x", "Twitter: https://..."), or a second exchange and its ticker ("(NYSE,
# Nasdaq: VZ)" in Verizon's About section).
_GLUED_BEFORE = frozenset("&@/\\-_'\u2019.#")
_GLUED_AFTER_RE = re.compile(r"[\w&@/+\-]|\.[A-Za-z0-9]|['\u2019](?![sS]\b)|\s?:\s*\(?(?:[A-Z]{1,5}\b|http|www|@)"
                             r"|,\s[A-Z][A-Za-z]+:\s*[A-Z]{1,5}\b")
# Between two items of a list: ", " / " and " / ", and " / " & ".
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+)")


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    pattern: re.Pattern[str]  # every name from its first capital: "Google", "UC Berkeley", "Bay" of "eBay"
    entries: dict[str, tuple[str, str]]  # spelling -> (canonical name, mark)
    heads: dict[str, str]  # a name's tail from its first capital -> the lower-case head: "Bay" -> "e"


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    """The compiled scan and, for each listed spelling, its canonical name (the first spelling
    listed for the same lower-case name: "NVIDIA" -> "Nvidia") and its mark ("?", "!" or "").

    The scan opens with a capital so that the engine skips to capitals at C speed: a pattern
    that may open with "e", as "eBay" does, is tried at every "e" (1.6x slower). A name with
    a lower-case head is scanned from its first capital and its head checked by hand."""
    text = resources.files("pressroom").joinpath("data/known_orgs.txt").read_text(encoding="utf-8")
    entries: dict[str, tuple[str, str]] = {}
    heads: dict[str, str] = {}
    by_fold: dict[str, str] = {}
    for line in text.splitlines():
        name = line.strip()
        if not name or name.startswith("#"):
            continue
        mark = name[0] if name[0] in "?!" else ""
        name = name[len(mark):]
        entries[name] = (by_fold.setdefault(name.casefold(), name), mark)
        if not name[:1].isupper():
            cap = next((i for i, c in enumerate(name) if c.isupper()), 0)
            if cap:
                heads[name[cap:]] = name[:cap]
    keys = [n for n in entries if n[:1].isupper()] + list(heads)
    # the trie's optional tails are greedy: "Meta Platforms" before "Meta"
    return _Gazetteer(re.compile(trie_pattern(sorted(set(keys)))), entries, heads)


# What separates the words of a name: "Meta Platforms, Inc." -> meta / platforms / inc.
_NON_WORD_RE = re.compile(r"[^\w&]+")


@lru_cache(maxsize=16384)
def _words(name: str) -> tuple[str, ...]:
    """A name's case-folded words ("Google's Cloud" -> google / cloud). Cached: every release
    folds its organizations', people's and found names, and the same names recur across
    releases (a tuple, so that callers share it safely)."""
    return tuple(w for w in _NON_WORD_RE.split(name.casefold().replace("\u2019", "'").replace("'s ", " ")) if w)


def _bare(text: str, start: int, end: int, mark: str = "") -> bool:
    """Whether `text[start:end]` is a bare mention of the company, not part of something longer
    (a word, a web address, a longer capitalised name) nor a product use."""
    if start and (text[start - 1].isalnum() or text[start - 1] in _GLUED_BEFORE):
        return False
    tail = text[end:end + 3]
    possessive = tail[:1] in ("'", "\u2019") and tail[1:2] in ("s", "S") and not tail[2:3].isalnum()
    if possessive:
        end += 2
    elif _GLUED_AFTER_RE.match(text, end):
        return False
    after = _WORD_AFTER_RE.match(text, end)
    if after:
        dot, of, word = after.groups()
        if dot:
            # "Foreign Intel. Surv. Ct." (not a sentence's end before "Dr. Wimms ...")
            if word.endswith(".") and word[:1].isupper() and word[:-1] not in _HONORIFICS:
                return False
        elif of:
            if word[:1].isupper():  # "Honda of America Manufacturing Co."
                return False
        elif not possessive:
            if (word[:1].isupper() or word[:1].isdigit()) and word not in _FREE_AFTER:
                return False  # "Google Cloud", "Microsoft Teams", "Amazon Web Services"
            if word in _PRODUCT_AFTER:
                return False
    if start and text[start - 1] != "\n":
        before = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
        if before:
            word = before.group(1)
            if word in _OWNER_BEFORE or (mark == "!" and word in ("the", "The")):
                return False
            if word.endswith(".") and len(word) > 2 and word[:-1] not in _HONORIFICS:
                pass  # the end of a sentence: "... and Google. Amazon also joined"
            elif (word[:1].isupper() or word[:1].isdigit()) and word not in _FREE_BEFORE and not word.endswith(
                ("'s", "\u2019s")
            ):
                # a capitalised word before: a longer name unless it opens a sentence
                if not _CLAUSE_END_RE.search(text, max(0, before.start() - 3), before.start()):
                    return False
    return True


def _in_list(text: str, start: int, end: int, others: list[tuple[int, int]]) -> bool:
    """Whether the match text[start:end] is an item of a comma list that also holds one of
    `others` (the unmarked names' bare mentions in the same text, in text order), within 200
    characters and no full stop or newline between. Only the nearest on each side is read."""
    if not (_LIST_GAP_RE.match(text, end) or _LIST_GAP_RE.search(text, max(0, start - 6), start)):
        return False
    i = bisect_left(others, (start, end))
    for s, e in others[max(0, i - 1):i + 1]:
        lo, hi = (e, start) if e <= start else (end, s)
        if 0 <= hi - lo <= 200 and "\n" not in text[lo:hi] and "." not in text[lo:hi].replace(".,", ","):
            return True
    return False


def find_known(texts: list[str]) -> dict[str, int]:
    """Bare mentions of listed organizations in `texts` (a release's title and paragraphs):
    canonical name -> count. One scan over the texts joined by newlines (no context test
    reads across a newline)."""
    g = _gazetteer()
    text = "\n".join(t for t in texts if t)
    found: dict[str, int] = {}
    doubtful: list[tuple[int, int, str]] = []
    sure: list[tuple[int, int]] = []
    for m in g.pattern.finditer(text):
        spelling, start = m.group(), m.start()
        head = g.heads.get(spelling)
        if head is not None and text[start - len(head):start] == head:
            spelling, start = head + spelling, start - len(head)  # "eBay"
        entry = g.entries.get(spelling)
        if entry is None:
            continue
        name, mark = entry
        if not _bare(text, start, m.end(), mark):
            continue
        if mark == "?":
            doubtful.append((start, m.end(), name))
            continue
        sure.append((start, m.end()))
        found[name] = found.get(name, 0) + 1
    for start, end, name in doubtful:
        if sure and _in_list(text, start, end, sure):
            found[name] = found.get(name, 0) + 1
    return found


def add_known_orgs(
    organizations: list[Organization],
    paragraphs: list[str],
    title: str | None,
    people: list[Person] | None = None,
    acronyms: list[Acronym] | None = None,
    boilerplate: list[str] | None = None,
) -> list[Organization]:
    """`organizations` plus one Organization for each listed name the title, paragraphs or
    the issuer's own About section mention bare and the release does not already hold (see
    the module docstring). The About section is the organization scan's own selection
    (orgnames.about_blocks): "... founded by a team of AI veterans from Microsoft, Shopify,
    IBM, Mila, and UC Berkeley." names those bodies; a wire's footer is never read."""
    texts = [title or "", *paragraphs]
    if boilerplate:
        texts.extend(block for _, block in about_blocks(boilerplate))
    found = find_known(texts)
    if not found:
        return organizations
    held: set[str] = set()
    runs: list[tuple[str, ...]] = []
    for o in organizations:
        for n in (o.name, o.acronym, *o.aliases):
            if n:
                held.add(n.casefold())
                runs.append(_words(n))
    taken: set[str] = set()
    for p in people or ():
        for n in (p.name, *p.aliases):
            taken.update(_words(n))
    for a in acronyms or ():
        if a.long:
            taken.add(a.short.casefold())
    added = list(organizations)
    for name, count in found.items():
        key = name.casefold()
        if key in held or key in taken:
            continue
        words = _words(name)
        k = len(words)
        if k == 1 and words[0] in taken:
            continue
        if any(words == run[i:i + k] for run in runs for i in range(len(run) - k + 1)):
            continue
        added.append(Organization(name=name, mentions=count))
    return added
