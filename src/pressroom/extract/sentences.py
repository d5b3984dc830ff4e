"""Sentence edges inside a paragraph, for the rules that read one sentence at a time.

Only the edges near a quote or a reporting verb are ever needed, so this finds candidate
ends with one regex and drops those after an abbreviation (`Mr.`, `U.S.`, `Inc.`, an
initial), instead of running a full sentence splitter over every release.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# A sentence end: `... the region. The`, `... for them." Dorgan`, `... today! (`. It opens with
# a one-character class (`[.!?]`, not `[.!?]+` nor an alternation) so that the regex engine
# jumps from one candidate character to the next instead of trying a match at every offset:
# five times faster over a release.
# A page that lost the break between two sentences glues them: `... said Acting Assistant Attorney
# General Cronan.The Criminal Division is committed ...` (DOJ), `... their eligibility.With cutting-edge
# ...`: a lower-case word's period right before a capitalised word is an end too (third alternative;
# `_glued_end` turns away web addresses and names, `www.InvestorBrandNetwork.com`, `BitcoinCitadel.Club`).
SENT_END = re.compile(r"[.!?][.!?]*[\"”’)\]]*(?:[ \t\u00a0]+(?=[\"“‘(\[]?[A-Z0-9])|[ \t\u00a0]*\n|"
                      r"(?<=[a-z][a-z][.!?])(?=[A-Z][a-z]))")
# The word before a period that does not end a sentence: `Mr.`, `U.S.`, `Inc.`, `F.`
_ABBREV_WORD = re.compile(r"(?:\b[A-Z]|\b(?:[A-Z]\.){1,3}[A-Z]|\b(?:[a-z]\.){1,3}[a-z]|\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Sens|Rep|Reps|Gov|Lt|Col|Gen|Brig|"
                          r"Maj|Capt|Sgt|Adm|Cmdr|Hon|Rev|St|Jr|Sr|Inc|Co|Corp|Ltd|No|Nos|vs|Mt|Ft|Atty|Gens|Messrs|"
                          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ave|Blvd|approx|Dept|Univ|Assn|Amb|"
                          # `Warner Bros. Pictures`, `Del. Ellen McKay` (a Maryland delegate), `Sec. Rumsfeld`,
                          # `Fr. Lino`, `Asst. Secretary`, `... Pvt. Ltd`
                          r"Bros|Del|Sec|Fr|Asst|Det|Supt|Cpl|Cdr|Insp|Msgr|Pvt))$")


# The longest match of _ABBREV_WORD: `U.S.A` (three initials and a letter); `approx`, `Messrs` are 6
_ABBREV_LONGEST = 7
# The ASCII letters: every _ABBREV_WORD match ends with one (`Mr`, `U.S`, `F`)
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _abbreviation_before(paragraph: str, dot: int) -> bool:
    """Does _ABBREV_WORD match right before the period at `dot` (`Mr.`, `U.S.`, `F.`)? The same
    as searching the 12 characters before it, cheaper: a match ends with an ASCII letter and
    starts at most 7 characters back (`\\b` still sees the character before the search start)."""
    if dot == 0 or paragraph[dot - 1] not in _ASCII_LETTERS:
        return False
    return _ABBREV_WORD.search(paragraph, max(0, dot - _ABBREV_LONGEST), dot) is not None


# A company suffix ending a sentence, told by the word after it: `... against Oracle America Inc. The
# government alleges ...` (but `Oracle America Inc. President John Smith`); the same after `Warner
# Bros.` and a state's `Del.` (`Wilmington, Del. The ...`, but `Del. Ellen McKay`)
_SUFFIX_WORD = re.compile(r"\b(?:Inc|Corp|Co|Ltd|LLC|L\.P|Jr|Sr|Bros|Del)$")
_STARTER = re.compile(r"(?:The|This|These|That|Those|In|On|At|He|She|It|They|We|A|An|According|Under|As|Its|His|Her|"
                      r"Their|If|When|While|After|Before|During|Since|Today|Yesterday)\b")


def _suffix_ends(paragraph: str, dot: int, after: int) -> bool:
    """Does a period after a company suffix or `Jr.` end the sentence (a sentence opener follows)?"""
    return _SUFFIX_WORD.search(paragraph, max(0, dot - 6), dot) is not None and _STARTER.match(paragraph, after) is not None


def ends(paragraph: str) -> list[int]:
    """Offsets where a sentence starts (after its predecessor's end), ascending."""
    return [m.end() for m in SENT_END.finditer(paragraph) if _is_end(paragraph, m)]


def bounds(edges: list[int], pos: int, length: int) -> tuple[int, int]:
    """(start, end) of the sentence holding offset `pos`, given `ends(paragraph)`."""
    i = bisect_right(edges, pos)
    start = edges[i - 1] if i > 0 else 0
    end = edges[i] if i < len(edges) else length
    return start, end


def start_of(edges: list[int], pos: int) -> int:
    """Offset where the sentence holding `pos` starts."""
    i = bisect_right(edges, pos)
    return edges[i - 1] if i > 0 else 0


def end_of(edges: list[int], pos: int, length: int) -> int:
    """Offset just past the sentence holding `pos`."""
    i = bisect_left(edges, pos + 1)
    return edges[i] if i < len(edges) else length


# What a glued period never ends: a web address or e-mail's token (`www.Mining...`, `index.cfm?FuseAction`)
_NOT_IN_SENTENCE_WORD = frozenset("./:@=?&_#%\\")
# A top-level domain written capitalised after a name: `BestGrowthStocks.Com`, `BitcoinCitadel.Club`
_DOMAIN_WORDS = frozenset({"Com", "Net", "Org", "Club", "Io", "Ai", "Co", "Info", "Biz", "App", "Xyz", "Us", "Uk", "Gov",
                           "Edu", "Tv", "Me", "Online", "Store", "Shop", "Tech", "Network"})

# How far the words around a glued period are read: a longer run without a space is no sentence
_GLUED_REACH = 40
# The two-letter words that open a sentence: `... Sen. Carper said.And, shoppers ...` is glued too
# (`Truth.Fi, announced ...` is a brand); `Us` is a domain word (`_DOMAIN_WORDS`), tested first
_SHORT_OPENERS = frozenset({"In", "It", "As", "At", "By", "If", "On", "We", "He", "To", "No", "So", "My", "An", "Or",
                            "Up", "Do", "Be", "Go", "I"})


def _glued_end(paragraph: str, m: re.Match[str]) -> bool:
    """Does a period glued to the next capitalised word end a sentence (`Division.Mortgage lenders
    who lie ...`)? Not inside a web address (`www.InvestorBrandNetwork.com`: the run of characters
    around it holds another dot, a slash, ...), before a capitalised domain (`BestGrowthStocks.Com`)
    or in a run too long to be two words. Reads at most _GLUED_REACH characters each way."""
    end = m.end()
    hi = min(len(paragraph), end + _GLUED_REACH)
    nxt = end + 1
    while nxt < hi and paragraph[nxt].isalpha():
        nxt += 1
    word = paragraph[end:nxt]
    if word in _DOMAIN_WORDS or len(word) < 3 and word not in _SHORT_OPENERS:
        return False  # `BestGrowthStocks.Com`, the brand `Truth.Fi`
    while nxt < hi and not paragraph[nxt].isspace():
        if paragraph[nxt] in _NOT_IN_SENTENCE_WORD:
            return False  # `www.InvestorBrandNetwork.com`
        nxt += 1
    if nxt == hi < len(paragraph):
        return False
    lo = m.start() - _GLUED_REACH
    i = m.start() - 1
    while i >= 0 and not paragraph[i].isspace():
        if paragraph[i] in _NOT_IN_SENTENCE_WORD or i == lo:
            return False
        i -= 1
    return True


def _is_end(paragraph: str, m: re.Match[str]) -> bool:
    dot = m.start()
    if m.end() - dot == 1 and not _glued_end(paragraph, m):  # (SENT_END's glued case: a capital follows)
        return False
    if paragraph[dot] != ".":
        return True
    word = paragraph[dot - 5:dot]
    if dot >= 5 and word.isalpha() and word.islower() and word != "pprox":
        return True
    return not _abbreviation_before(paragraph, dot) or _suffix_ends(paragraph, dot, m.end())


def local_bounds(paragraph: str, pos: int, window: int = 1500) -> tuple[int, int, bool]:
    """(start, end, runaway) of the sentence around `pos`, looking at most `window`
    characters each way: cheaper than `ends()` when a paragraph has one or two places of
    interest. `runaway` says no sentence edge was found within the window (punctuation lost)."""
    lo = max(0, pos - window)
    start = lo
    found_start = lo == 0
    # the regex looks one or two characters ahead (`. "A`), so let it see past `pos`
    for m in SENT_END.finditer(paragraph, lo, min(len(paragraph), pos + 3)):
        if m.end() <= pos and _is_end(paragraph, m):
            start = m.end()
            found_start = True
    hi = min(len(paragraph), pos + window)
    end = hi
    found_end = hi == len(paragraph)
    for m in SENT_END.finditer(paragraph, pos, hi):
        if _is_end(paragraph, m):
            end = m.end()
            found_end = True
            break
    return start, end, not (found_start and found_end)
