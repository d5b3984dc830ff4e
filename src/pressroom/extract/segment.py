"""Split a body paragraph into whole sentences, for anything that must quote text whole.

`sentences.py` (used by the quote rules) only needs the edges near a quote; the summary
must print sentences on their own, so a wrong cut shows. This splitter therefore also
handles what real releases do to sentence ends:

- abbreviations: titles never end a sentence (`Col. Wayne Marotto`, `Sen. Grassley`);
  initialisms, company suffixes, months and initials (`U.S.`, `Inc.`, `Jan.`, `F.`) end one
  only when a sentence-opening word follows (`... in the U.S. The company ...`);
- glued sentences from scrapes and Senate files: `Cronan.The Criminal Division`,
  `InfrastructureAt midnight`;
- Senate files that lost their punctuation: a run of more than `LONG_WORDS` words without a
  sentence end is cut before a sentence-opening word that follows a lowercase word.

Every step is one pass of a linear-time regex; a window of a few characters is inspected
per candidate end, so 10,000 periods or quote marks in one paragraph stay fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LONG_WORDS = 70  # a "sentence" longer than this with no end is a Senate file that lost its periods
MIN_PIECE_WORDS = 6  # never cut off a shorter piece when splitting an unpunctuated run

# A sentence end followed by space and a capital, digit or opening mark:
# `... in the region. The`, `... goal,” said`(no: lowercase), `... for them." Dorgan`,
# `... forces.” “The Coalition`, `... today! (`. Only the first mark of a run starts a match,
# so `..........` is one linear scan.
_END = re.compile(r"(?<![.!?…])[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
# A period glued to the next sentence by a scraper: `Cronan.The Criminal Division`,
# `congressmans office.In March` (two lowercase letters before, capital + lowercase after)
_GLUED_END = re.compile(r"(?<=[a-z]{2})[.!?][\"”’)]?(?=[A-Z][a-z])")
# A paragraph glued to the next without any mark, Senate style:
# `Improve America's InfrastructureAt midnight last night`
_CAMEL_GLUE = re.compile(
    r"(?<=[a-z]{5})(?=(?:At|The|This|In|On|Today|Yesterday|Last|Senator|Sen\.|Washington|WASHINGTON)\s)"
)
# The word just before a period (looked for in a short window ending at the period):
# `Col`, `U.S`, `Inc`, `F`
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.&]*)$")
# The first word after a candidate end: `The` in `... D.C. The senator`
_WORD_AFTER = re.compile(r"[\"“‘'(\[]?([A-Za-z]+)")
# Words before a run-on opening in unpunctuated text: `... to the region The coalition ...`
_SOFT_END = re.compile(r"(?<=[a-z0-9])\s+(?=(?:The|This|These|He|She|We|They|It|In|On|Today|Our|Under|According|However)\s)")
_WS = re.compile(r"\s+")

# Titles and ranks before a name: a period after them never ends a sentence.
TITLES = frozenset(
    "mr mrs ms dr prof sen sens rep reps gov lt col gen brig maj capt cpt sgt adm cmdr hon rev "
    "fr sr jr st messrs mmes atty supt insp det cpl pvt spc amb pres sec gens adj asst".split()
)
# Abbreviations that end a sentence only before a sentence-opening word.
MAYBE = frozenset(
    "inc co corp ltd llc plc bros no nos vs etc approx dept univ assn ave blvd rd mt ft est "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun "
    "a.m p.m".split()
)
# Words that open sentences (and rarely follow an abbreviation inside one).
OPENERS = frozenset(
    "the this that these those he she it we they i you our their his her its a an in on at "
    "for as after before during while when if but and also however today yesterday there "
    "since under according with by from to what why how who".split()
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a paragraph: its text (whitespace squeezed) and where it is."""

    text: str
    start: int
    end: int


def _is_abbreviation_end(text: str, dot: int, after: int) -> bool:
    """True when the period at `dot` belongs to an abbreviation and the sentence goes on."""
    if text[dot] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1)
    low = word.lower().rstrip(".")
    if low in TITLES:
        return True
    nxt = _WORD_AFTER.match(text, after)
    opener = nxt is not None and nxt.group(1).lower() in OPENERS and nxt.group(1)[0].isupper()
    initialism = "." in word or (len(word) == 1 and word.isupper())  # `U.S`, `D.C`, `F`
    if initialism or low in MAYBE:
        return not opener
    return False


def _hard_ends(text: str) -> list[int]:
    """Offsets where a new sentence starts, from punctuation (and glued punctuation)."""
    cuts: list[int] = []
    for m in _END.finditer(text):
        if _is_abbreviation_end(text, m.start(), m.end()):
            continue
        cuts.append(m.end())
    for m in _GLUED_END.finditer(text):
        if not _is_abbreviation_end(text, m.start(), m.end()):
            cuts.append(m.end())
    for m in _CAMEL_GLUE.finditer(text):
        cuts.append(m.end())
    return sorted(set(cuts))


def _soft_split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a long run without sentence ends before words that open sentences."""
    piece = text[start:end]
    words = len(piece.split())
    if words <= LONG_WORDS or piece.count(",") * 40 > words:  # a long sentence, but punctuated
        return [(start, end)]
    out: list[tuple[int, int]] = []
    last = start
    for m in _SOFT_END.finditer(text, start, end):
        cut = m.end()
        if len(text[last:cut].split()) >= MIN_PIECE_WORDS and len(text[cut:end].split()) >= MIN_PIECE_WORDS:
            out.append((last, cut))
            last = cut
    out.append((last, end))
    return out


def split_sentences(paragraph: str) -> list[Sentence]:
    """The sentences of one paragraph in order; their texts cover the paragraph's words."""
    if not paragraph or not paragraph.strip():
        return []
    cuts = _hard_ends(paragraph)
    spans: list[tuple[int, int]] = []
    prev = 0
    for c in [*cuts, len(paragraph)]:
        if c > prev:
            spans.extend(_soft_split(paragraph, prev, c))
        prev = c
    out: list[Sentence] = []
    for s, e in spans:
        raw = paragraph[s:e]
        text = _WS.sub(" ", raw).strip()
        if text:
            lead = len(raw) - len(raw.lstrip())
            out.append(Sentence(text=text, start=s + lead, end=e - (len(raw) - len(raw.rstrip()))))
    return out


def sentence_texts(paragraph: str) -> list[str]:
    """Just the texts of `split_sentences`."""
    return [s.text for s in split_sentences(paragraph)]
