"""Acronyms: definitions found in parentheses, and the acronyms a release uses without one.

A release defines an acronym in one of two ways, and this module finds both:

    Joint Coalition Coordination Center (JCCC)      long form, then the short one
    ISF (Iraqi Security Forces)                     short form, then the long one

Whether the words before a parenthesis are the long form is decided by letter matching in
the manner of Schwartz & Hearst (2003): the short form's characters are matched right to
left against the words before it; the first character must start a word, the others may sit
inside a word (`CSX Transportation (CSXT)`), stop words may be passed over (`Department of
Housing and Urban Development (HUD)`), a digit after a letter can repeat it (`public-private
partnerships (P3s)`), hyphenated words count as several (`public-private`). Unlike the original
greedy search this one scores every alignment (a small dynamic programme) and keeps the
cheapest, so that `Government Communications (GCIS)`, whose letters mostly come from inside one
word, is recognised as an alias rather than a definition, and `Bitcoin (BTC)` as a symbol.

Parentheses that are not definitions are classified instead of dropped: stock tickers
(`(NASDAQ: NVDA)`) and short names (`("ARC")`, `(the "Company")`, `(formerly d.b.a. Comstor)`)
are handed to the organization extractor, which attaches them to the name before them.
Party-and-state tags (`(D-ND)`), years, bill numbers and units fail the shape or letter tests.

Everything here is a regex scan over a paragraph plus a little work per parenthesis, so a
release costs a few hundred microseconds; all patterns are linear-time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..model import Acronym
from .orglexicon import alias_table

# ---------------------------------------------------------------------------------------------
# patterns

# One parenthesis without nesting: "Joint Coalition Coordination Center (JCCC) in Erbil".
PAREN_RE = re.compile(r"\(([^()\n]{1,160})\)")

# A stock ticker: "(NASDAQ: NVDA)", "(NYSE American: BTG)", "(TSX.V: LG)", "(NASDAQ: SEGG, LTRYW)".
TICKER_RE = re.compile(
    r"(?P<ex>[A-Z][A-Za-z]{0,12}(?:[ .\-][A-Z][A-Za-z]{0,12}){0,2})\s*:\s*"
    r"(?P<sym>\$?[A-Z0-9][A-Za-z0-9.\-]{0,11})(?:\s*[,;/]\s*\$?[A-Z0-9][A-Za-z0-9.\-]{0,11}){0,5}\s*"
)

# Exchanges and markets written before a ticker's colon: "(Nasdaq: ZENA)", "(Cboe CA: CYBN)".
EXCHANGES = frozenset(
    s.casefold()
    for s in (
        "NASDAQ", "Nasdaq", "NYSE", "NYSE American", "NYSE MKT", "NYSE Arca", "AMEX", "OTC", "OTCQB",
        "OTCQX", "OTC Pink", "OTC Markets", "OTCBB", "TSX", "TSXV", "TSX.V", "TSX-V", "CSE", "ASX", "LSE",
        "AIM", "FSE", "FWB", "Cboe", "Cboe CA", "Cboe Canada", "NEO", "Euronext", "HKEX", "SEHK", "SGX",
        "SIX", "XETRA", "BSE", "NSE", "TASE", "JSE", "KRX", "KOSDAQ", "NZX", "TWSE", "SSE", "SZSE", "BMV",
        "Frankfurt", "NASDAQ GM", "NASDAQ GS", "NASDAQ CM", "Nasdaq GM", "Nasdaq CM", "OTC PINK", "Pink",
    )
)

# A party-and-state tag, never a definition: "(D-ND)", "(R-N.J.)", "(both D-Del.)", "(R-Utah)".
PARTY_RE = re.compile(r"(?:(?:both|all|each)\s+)?[RDI]\s?[-\u2013]\s?[A-Z][A-Za-z.]{0,14}(?:\s[A-Z][a-z.]{1,12})?")

# A quoted name inside a parenthesis: ("ARC"), (the "Company"), (“Enphase” or the “Company”).
QUOTED_RE = re.compile(r"[\"“”'‘’]([^\"“”‘’]{1,60}?)[\"“”'’]")

# Words that introduce another name of the same body: "(formerly d.b.a. Comstor)", "(f/k/a Acme)".
ALIAS_MARK_RE = re.compile(
    r"(?:formerly|previously|also|now|d/b/a|d\.b\.a\.?|dba|f/k/a|fka|f\.k\.a\.?|a/k/a|a\.k\.a\.?|aka|"
    r"doing business as|known as|operating as|trading as)"
    r"(?:\s+(?:known as|called|named|d/b/a|d\.b\.a\.?|dba|doing business as|operating as|trading as))?\s+"
    r"(?:the\s+)?[\"“']?(?P<name>[A-Z][\w&.'’\- ]{0,58}?)[\"”']?\s*$",
    re.IGNORECASE,
)

# A short form as written in parentheses: "JCCC", "P3s", "CJTF-OIR", "aSMR", "U.S.", "R&D", "NB Power".
SHORT_TOKEN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.&/\-]{0,15}")

# A word that the short form may pass over: "Surety & Fidelity Association of America (SFAA)".
STOP_WORDS = frozenset(
    "of and the for in on to a an at by with from de del des du la le les los las y et und fur für "
    "van von der den our its".split()
)

# English function words are stop words in any case ("Department Of Justice" in a headline);
# the others only in lower case ("Des Moines Area Community College (DMACC)").
EN_STOP_WORDS = frozenset("of and the for in on to a an at by with from".split())

# A body's head word that its letters leave out: "Senate Environment and Public Works Committee
# (EPW)", "All Things Are Possible Foundation (ATAP)", "Immigration and Customs Enforcement Agency
# (ICE)". It trails like "Inc." but is kept in the long form: the README's long form is the words
# the letters stand for, and the scorer takes up to 3 extra words, never fewer, so the head is safe
# either way the gold has it.
TRAILING_HEADS = frozenset(
    "Committee Foundation Agency Alliance Coalition Council Association Team Society Institute".split()
    # a common noun after a named programme: "Community Development Block Grant program (CDBG)"
    + ["program", "programs"]
)

# Words that may trail a long form without being in it: "CSX Transportation, Inc. (CSXT)",
# "National Firearms Act of 1934 (NFA)", "Wallenius Wilhelmsen Logistics AS (WWL)" (a Nordic,
# Dutch or Italian legal form, which the letters leave out like "Inc."), and TRAILING_HEADS.
TRAILING_RE = re.compile(
    r"(?:Inc|Incorporated|Corp|Corporation|Co|Company|LLC|L\.L\.C|LLP|LP|L\.P|Ltd|Limited|PLC|plc|GmbH|AG|"
    r"S\.A|SA|N\.V|NV|AS|ASA|AB|BV|B\.V|SpA|S\.p\.A|Oyj|Pty|of|\d{4}|Program|Programme|Act|Initiative|Project|"
    + "|".join(sorted(TRAILING_HEADS)) + r")\.?,?"
)
# ("Systematic Alien Verification for Entitlements Program (SAVE)": the letters stop before "Program")

# Heads that belong before an agency's long form even though its letters skip them:
# "Department of Veterans Affairs (VA)"; "U.S. Department of Housing and Urban Development (HUD)"
# gives "Department of Housing and Urban Development" (the gold convention: no "U.S.").
HEAD_OF_RE = re.compile(
    r"(?:Department|Ministry|Office|Bureau|Dept\.)\s+of\s+(?:the\s+)?$"
)

# A token that ends a sentence unless it is an abbreviation: "Inc." and "U.S." do not.
ABBREV_RE = re.compile(
    r"(?:[A-Z]\.)+[A-Z]?\.?|(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Dr|Mr|Mrs|Ms|Gen|Col|Lt|Sgt|Rep|Sen|Gov|No|Dept|Univ|"
    r"Assn|Bros|vs|etc|Mt|Ft|Capt|Maj|Adm|Brig|Cmdr|Hon|Prof|Rev|Sec|Atty)\."
)

# Acronyms used in running text: "ISIS", "FBI", "HUD-insured" (HUD), "DOJ/USDA", "P3", "FY07".
# Not "U.S." (dotted), not the "ND" of "D-ND", not a word inside "GOV.KRD".
# (The character before a hit is checked in code: a look-behind here would run at every
# position and triple the scan time.)
ACRONYM_USE_RE = re.compile(r"[A-Z][A-Z&]*[A-Z][0-9]{0,3}s?(?![\w&]|\.[A-Za-z])")
NOT_BEFORE_ACRONYM = frozenset("&.-/_") # "GOV.KRD", "D-ND": not uses

# Three or more all-caps words in a row are shouting, not acronyms: "FOR IMMEDIATE RELEASE",
# "SEN. DORGAN CITES ROGER MARIS HOMERUN RECORD".
CAPS_RUN_RE = re.compile(r"[A-Z][A-Z'’.&\-]+(?:[ \t]+[A-Z][A-Z'’.&\-]+){2,}")

# All-caps tokens that are not acronyms worth listing: roman numerals, titles, company suffixes,
# time zones, currencies, units of time, shouted interjections.
NOT_ACRONYMS = frozenset(
    "II III IV VI VII VIII IX XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI OK AM PM A.M P.M "
    "CEO CFO COO CTO CIO CMO CRO CSO CHRO CCO CPO VP SVP EVP AVP MD PHD MBA JD ESQ JR SR "
    "LLC LLP LP INC CORP CO LTD PLC GMBH AG SA NV BV SE PTY "
    "EST EDT PST PDT CST CDT MST MDT ET PT CT MT GMT UTC BST CET CEST IST AEST JST HKT "
    "USD EUR GBP CAD AUD JPY CNY RMB INR CHF HKD SGD NZD MXN BRL KRW ZAR SEK NOK DKK "
    "TM SM ID THE AND OF FOR TO IN ON BY WITH A AN OR NOT NO YES NEW".split()
)

SKIP_COST = 3.0  # passing over a content word ("Water Infrastructure Subcontractor Finance ...")
STOP_COST = 0.1  # passing over "of", "and", "the"
INNER_COST = 1.0  # a lower-case letter from inside a word ("Bitcoin (BTC)")
STOP_READ_COST = 0.3  # a letter read from "of" ("Memorandum of Understanding (MOU)"): allowed, not preferred
TRAIL_COST = 0.5  # "Inc." or "of 1934" between the long form and the parenthesis
MAX_WINDOW = 24  # words a parenthesised long form may have


NON_ALNUM_ASCII_RE = re.compile(r"[^A-Za-z0-9]")  # "CJTF-OIR" -> "CJTFOIR"
# A short name in parentheses, an alias: "Asiana Airlines, Inc. (Asiana)", "(First RF)".
SHORT_NAME_RE = re.compile(r"[A-Z][\w&'\u2019\-]*(?: [A-Z][\w&'\u2019\-]*){0,2}")
NON_ALNUM_SPACE_RE = re.compile(r"[^a-z0-9 ]")  # "first rf" of "First RF" (alias test)
# The word just before a parenthesis, a possible short form: "ISF (Iraqi Security Forces)".
WORD_BEFORE_RE = re.compile(r"([A-Za-z0-9][A-Za-z0-9.&\-]{0,14})\s*$")

# ---------------------------------------------------------------------------------------------
# records


@dataclass(slots=True)
class Definition:
    """A short form defined in the text; `start`/`end` locate the long form in its paragraph."""

    short: str
    long: str
    paragraph: int  # -1: the title
    start: int
    end: int
    reverse: bool = False  # "ISF (Iraqi Security Forces)"


@dataclass(slots=True)
class ParenName:
    """A name in parentheses for the words just before it: an alias or a ticker."""

    kind: str  # "alias" | "ticker"
    value: str  # "ARC", "Comstor", "NASDAQ: NVDA"
    paragraph: int
    at: int  # offset of "(": the name it belongs to ends just before


@dataclass(slots=True)
class Parentheticals:
    definitions: list[Definition]
    names: list[ParenName]


# ---------------------------------------------------------------------------------------------
# letter matching


@dataclass(slots=True)
class _Word:
    text: str  # the sub-word ("private" of "public-private")
    low: str
    stop: bool
    trail: bool
    start: int  # offsets of the whole raw token in the paragraph
    end: int


@lru_cache(maxsize=4096)
def _units(short: str) -> list[list[str]] | None:
    """The short form as units to match: one-letter strings, or whole words ("power" of "NB Power").

    Returns the literal reading first and, for a letter followed by a small digit, a reading
    with the letter repeated ("P3" -> p p p, "W3C" -> w w w c). None when it cannot be a short form.
    """
    toks = short.split()
    if not toks or len(toks) > 3:
        return None
    literal: list[str] = []
    expanded: list[str] = []
    has_abbrev = False
    for tok in toks:
        core = NON_ALNUM_ASCII_RE.sub("", tok)
        if not core:
            return None
        if len(toks) > 1 and core[0].isupper() and core[1:].islower() and len(core) > 2:
            literal.append("#" + core.lower())  # a whole word
            expanded.append("#" + core.lower())
            continue
        if not _abbrev_shape(core):
            return None
        has_abbrev = True
        if len(core) > 2 and core.endswith("s") and core[-2].isupper() or core[-2:-1].isdigit() and core.endswith("s"):
            core = core[:-1]  # plural: "P3s", "UAVs", "SBICs"
        low = core.lower()
        literal.extend(low)
        i = 0
        while i < len(low):
            ch = low[i]
            nxt = low[i + 1] if i + 1 < len(low) else ""
            if ch.isalpha() and nxt in "234" and nxt:
                expanded.extend(ch * int(nxt))
                i += 2
                continue
            expanded.append(ch)
            i += 1
    if not has_abbrev or len([u for u in literal if not u.startswith("#")]) < 2 and len(literal) < 2:
        return None
    out = [literal]
    if expanded != literal:
        out.append(expanded)
    return out


def _abbrev_shape(core: str) -> bool:
    """Looks like an abbreviation: 2-12 characters, a capital, capitals and digits at least
    as many as lower-case letters ("CPaaS", "aSMR", "P3", not "PropTech" or "Nucleon")."""
    n = len(core)
    if n < 2 or n > 12 or core.isdigit():
        return False
    body = core[:-1] if n > 2 and core.endswith("s") else core
    upper = sum(1 for c in body if c.isupper())
    digits = sum(1 for c in body if c.isdigit())
    lower = len(body) - upper - digits
    return upper >= 1 and upper + digits >= lower and (upper >= 2 or n <= 4)


def _group_cost(units: list[str], w: _Word) -> tuple[float, int] | None:
    """Cost of reading `units` (consecutive short-form letters) from one word, or None.

    The first letter must start the word; later ones come from its capitals or digits for
    free ("CSX" for C-S-X, "FlatironDragados" for F-D) or from its lower-case letters at a price.
    """
    first = units[0]
    if first.startswith("#"):
        if len(units) > 1:
            return None
        word = first[1:]
        return (0.0, 0) if w.low == word or w.low.rstrip("s") == word.rstrip("s") else None
    if not w.low or w.low[0] != first:
        return None
    rest = units[1:]
    if not rest:
        # a letter from "of" is allowed but not preferred; from a capitalised "The" it is the
        # name's own first word ("The Veterans Corporation (TVC)", not "through ... (TVC)")
        return (STOP_READ_COST if w.stop and not w.text[:1].isupper() else 0.0), 0
    if any(u.startswith("#") for u in rest):
        return None
    skip = 1
    if first == "e" and rest[0] == "x" and w.low[1:2] == "x":
        # the prefix "ex" is written X: "decentralized exchange (DEX)", "centralized exchanges (CEXs)"
        rest = rest[1:]
        if not rest:
            return 0.0, 0
        skip = 2
    # capitals and digits inside the word first
    caps = CAPS_RE.sub("", w.text[skip:]).lower()
    pos = 0
    for u in rest:
        pos = caps.find(u, pos) + 1
        if pos == 0:
            break
    else:
        return 0.0, 0
    pos = skip
    for u in rest:
        pos = w.low.find(u, pos) + 1
        if pos == 0:
            return None
    return INNER_COST * len(rest), len(rest)


def _align(units: list[str], words: list[_Word], anchored: bool) -> tuple[float, int, int, int, int] | None:
    """Best alignment of `units` to the words before a parenthesis, as (cost, first word, last
    matched word, lower-case inner letters, content words passed over); None when there is none.

    `anchored`: the long form must end with the last word (a parenthesised long form); else
    only company suffixes and years may stand between it and the parenthesis. A dynamic
    programme over (words left, units left): at most 24 x 12 states.
    """
    n, m = len(words), len(units)
    INF = (1e9, -1, 0, 0)

    whole = [u.startswith("#") for u in units]  # a whole-word unit ("#power" of "NB Power")

    def groups(j: int, i: int) -> list[tuple[int, float, int]]:
        """(k, cost, inner letters) for every way word j can read units[k:i]."""
        w = words[j]
        first = w.low[:1]
        out = []
        for k in range(i - 1, -1, -1):
            if not whole[k] and first != units[k]:
                continue
            gc = _group_cost(units[k:i], w)
            if gc is not None:
                out.append((k, gc[0], gc[1]))
        return out

    rows: list[list[tuple[float, int, int, int]]] = []

    def table() -> list[list[tuple[float, int, int, int]]]:
        """rows[j + 1][i]: the best reading of units[:i] from words[:j + 1] (the word after j
        already matched), for every word but the last and i < len(units); filled bottom-up
        the first time an alignment needs it (a loop over a small table, not recursion)."""
        if rows:
            return rows
        row = [(0.0, 0, 0, 0)] + [INF] * (m - 1)  # no word left: only the empty reading
        rows.append(row)
        for j in range(n - 1):
            w = words[j]
            first = w.low[:1]
            starts = [k for k in range(m - 1, -1, -1) if whole[k] or units[k] == first]  # as in groups()
            # (one letter from the word's start, the commonest reading: _group_cost's first case)
            one = ((STOP_READ_COST if w.stop and not w.text[:1].isupper() else 0.0), 0)
            prev = row
            row = [(0.0, j + 1, 0, 0)]
            for i in range(1, m):
                c, s, b, k = prev[i]  # word j passed over
                best = (c + STOP_COST, s, b, k) if w.stop else (c + SKIP_COST, s, b, k + 1)
                for k in starts:  # word j reads units[k:i]
                    if k >= i:
                        continue
                    gc = one if i == k + 1 and not whole[k] else _group_cost(units[k:i], w)
                    if gc is None:
                        continue
                    c, s, b, sk = prev[k]
                    cand = (c + gc[0], s, b + gc[1], sk)
                    if cand[0] < best[0] or cand[0] == best[0] and cand[1] > best[1]:
                        best = cand
                row.append(best)
            rows.append(row)
        return rows

    best: tuple[float, int, int, int, int] | None = None
    for last in range(n - 1, -1, -1):
        trail = n - 1 - last
        tail = 0  # the long form's last word, passed over (see TAIL_WORD)
        if trail and (anchored or not words[last + 1].trail or trail > 3):
            if trail > 1 or anchored or any(whole) or not _tail_word(words[last + 1], m):
                break
            tail = 1
        for k, gcost, ginner in groups(last, m):
            c, s, b, sk = table()[last][k]
            if c >= 1e9:
                continue
            if tail:
                cand = (c + gcost + SKIP_COST, s, last + 1, b + ginner, sk + 1)
            else:
                cand = (c + gcost + TRAIL_COST * trail, s, last, b + ginner, sk)
            if best is None or cand[0] < best[0] or cand[0] == best[0] and cand[1] > best[1]:
                best = cand
    return best


def _tail_word(w: _Word, letters: int) -> bool:
    """A capitalised content word that may end a long form of four letters or more without a
    letter of its own: "National Institute of Diabetes and Digestive and Kidney Diseases
    (NIDDK)", "Home Ownership, Manufacturing, and Economic Growth (HOME)", "Appropriations
    Subcommittee on Labor, Health and Human Services and Education (LHHS)" (it counts as a
    passed-over word in _acceptable). Not for a short form with a whole word: "Canada Pension Plan
    Investment Board (CPP Investments)" is an alias."""
    return letters >= 4 and not w.stop and not w.trail and w.text[:1].isupper()


def _acceptable(units: list[str], res: tuple[float, int, int, int, int], n_words: int, lower: int = 0,
                words: list[_Word] | None = None) -> bool:
    """Few letters from inside words, at most one content word passed over, two words at least.
    `lower`: the short form's own lower-case letters, which come from inside words ("DeFi" of
    "decentralized finance", "UConn", "DelDOT")."""
    _cost, start, last, bad, skipped = res
    letters = sum(1 for u in units if not u.startswith("#"))
    if bad > max(0, (letters - 1) // 3) + lower and not (
            letters == 3 and bad == 1 and not skipped and last - start == 1 and words is not None
            and words[start].text[:1].islower() and words[last].text[:1].islower()):
        # a letter from inside a compound word of a two lower-case words: "greenhouse gas (GHG)",
        # "cardiopulmonary resuscitation (CPR)", "hypomethylating agents (HMA)"; not a name or
        # a ticker ("Dominica Coin (DMC)", "San Francisco (SFO)", "United Technologies (UTC)")
        return False
    # two title-case words may be passed over in a four-letter name's form, no letter read from
    # inside a word: "Migrant and Seasonal Agricultural Worker Protection Act (MSPA)" (DOJ),
    # "Heavenly Culture, World Peace, Restoration of Light (HWPL)"
    title_skip2 = skipped == 2 and letters == 4 and not bad and words is not None and all(
        w.stop or w.text[:1].isupper() for w in words[start:last + 1])
    if not title_skip2 and (
            skipped > max(1, letters // 4) or skipped and letters < 3 or skipped and letters == 3 and bad):
        return False  # "Centers for Medicare & Medicaid Services (CMS)" passes over one word
    return last - start + 1 >= 2  # one word is a name or a symbol: "Bitcoin (BTC)"


def _inner_lower(short: str) -> int:
    """Lower-case letters after the first character of a short form, a plural "s" aside:
    "DeFi" 2, "UConn" 3, "CPaaS" 2, "UAVs" 0."""
    core = short[:-1] if len(short) > 2 and short.endswith("s") and short[-2].isupper() else short
    return sum(1 for c in core[1:] if c.islower())


def _window_words(letters: int) -> int:
    """How many words before a parenthesis may form the long form: Schwartz & Hearst's
    min(|A| + 5, 2|A|), plus two for the stop words that releases use more freely."""
    return min(letters + 5, 2 * letters) + 2


@lru_cache(maxsize=16384)
def _is_boundary(tok: str) -> bool:
    """A token that ends the clause before a long form: "said.", "Erbil;", "“quoted”", "(see".

    "Inc." and "U.S." do not end anything.
    """
    last = tok[-1]
    if last in "!?;:\u201d\")]" or "(" in tok or ")" in tok or tok in BAR_TOKENS:
        return True
    if last == ".":
        return not ABBREV_RE.fullmatch(tok)
    return last == "," and tok[-2:-1] in ("\u201d", '"')


BAR_TOKENS = frozenset(("-", "\u2013", "\u2014", "|", "\u2022", "--"))


def _clause_tokens(raw: list[str], limit: int) -> list[str]:
    """The last `limit` tokens of `raw` that belong to the clause ending the window: an
    opening mark or a boundary token before them cuts the rest off."""
    raw = raw[-limit:]
    keep = 0
    for idx in range(len(raw) - 2, -1, -1):
        tok = raw[idx]
        if tok[0] in "\u201c\"(" and not any(c in tok for c in "\u201d\")"):
            keep = idx  # an opening mark starts the clause: (“Satellite Home Viewer ...
            break
        if _is_boundary(tok):
            keep = idx + 1
            break
    if raw and raw[-1][0] in "\u201c\"(" and len(raw) - 1 > keep:
        keep = len(raw) - 1
    return raw[keep:]


def _token_starts(text: str, raw: list[str], lo: int, hi: int) -> list[int]:
    """Offsets of the tokens `raw` that end text[lo:hi], located from the right."""
    starts = [0] * len(raw)
    e = hi
    for idx in range(len(raw) - 1, -1, -1):
        e = starts[idx] = text.rindex(raw[idx], lo, e)
    return starts


def _raw_words(raw: list[str] | tuple[str, ...], starts: list[int] | None = None) -> list[_Word]:
    """Sub-words of the tokens `raw`, each carrying its whole token's offsets (`starts`; without
    them, the token's index as both start and end)."""
    n_raw = len(raw)
    out: list[_Word] = []
    for idx, tok in enumerate(raw):
        if starts is None:
            s = e = idx
        else:
            s = starts[idx]
            e = s + len(tok)
        trail = n_raw - idx <= 3 and _is_trailing(tok)
        for part, low, stop in _subwords(tok):
            out.append(_Word(part, low, stop, trail, s, e))
    return out


@lru_cache(maxsize=16384)
def _subwords(tok: str) -> tuple[tuple[str, str, bool], ...]:
    """(text, lower-case letters, stop word) of each sub-word of a token: "public-private" has
    two, "(Department" one ("department"), "“the" one (a stop word)."""
    core = tok.strip(STRIP_CHARS)
    if core.endswith(("'s", "\u2019s")):
        core = core[:-2]
    parts = SPLIT_RE.split(core) if SPLIT_CHARS_RE.search(core) else (core,)
    # the lower-case tail of a hyphenated compound may be passed over like "of": "small and
    # medium-sized businesses (SMBs)", "small and medium-sized enterprises (SMEs)"
    hyphen_tail = len(parts) > 1 and "-" in core and "/" not in core and "\u2013" not in core
    out = []
    for i, part in enumerate(parts):
        if not part:
            continue
        low = part.lower() if part.isalnum() else NON_ALNUM_RE.sub("", part).lower()
        stop = low in STOP_WORDS and (part.islower() or low in EN_STOP_WORDS) or part == "&" \
            or hyphen_tail and i > 0 and part.islower()
        out.append((part, low, stop))
    return tuple(out)


@lru_cache(maxsize=4096)
def _is_trailing(tok: str) -> bool:
    """ "Inc.," or "1934" may stand between a long form and its parenthesis."""
    return TRAILING_RE.fullmatch(tok.rstrip(",;:\"\u201d'\u2019")) is not None


TOKEN_RE = re.compile(r"\S+")  # a whitespace-delimited token
STRIP_CHARS = ",;:.\"'\u201c\u201d\u2018\u2019()[]"
SPLIT_CHARS_RE = re.compile(r"[-/\u2013]")  # "public-private", "DOJ/USDA"
SPLIT_RE = SPLIT_CHARS_RE
NON_ALNUM_RE = re.compile(r"[^0-9A-Za-z\u00c0-\u024f&]")  # keeps letters with accents: "Ministère"
CAPS_RE = re.compile(r"[^A-Z0-9\u00c0-\u00de]")  # drops all but capitals and digits: "CSX" -> "SX"


# Trademark marks in a long form, which are no words of it: "Transworld Business Advisors®
# (TBA)", "LENZING™ Nonwoven Technology (LNT)", "Information Data Exchange(R) (IDE)".
TRADEMARK_RE = re.compile(r"[\u00ae\u2122\u2120]|\((?:R|TM|SM)\)?(?=\s|$)")


def _unmarked(long_: str) -> str:
    """The long form without trademark marks (a cheap test first: most have none)."""
    if "\u00ae" in long_ or "\u2122" in long_ or "\u2120" in long_ or "(" in long_:
        return TRADEMARK_RE.sub("", long_).strip()
    return long_


def _long_text(text: str, s: int, e: int) -> tuple[str, int, int]:
    """The long form written at text[s:e] (whole tokens), without marks around it."""
    long_ = text[s:e]
    # trim punctuation and quotes around it, and a possessive on the last word
    lead = len(long_) - len(long_.lstrip("\"'\u201c\u2018(["))
    long_ = long_.strip("\"'\u201c\u201d\u2018\u2019([]),;: ")
    if long_.endswith(("'s", "\u2019s")):
        long_ = long_[:-2]
    return _unmarked(long_), s + lead, e


WINDOW_WORD_CHARS = 16  # (characters read before the parenthesis per window word: a long word may not fit)


def match_long_before(text: str, pos: int, short: str) -> tuple[str, int, int] | None:
    """The long form that ends just before `pos` (the parenthesis) for `short`, or None."""
    readings = _units(short)
    if not readings:
        return None
    limit = _window_words(max(len(u) for u in readings))
    lo = max(0, pos - WINDOW_WORD_CHARS * limit)
    raw = _clause_tokens(text[lo:pos].split(), limit)
    span = _long_span(short, tuple(raw))
    if span is None:
        # a name's complement may stand after the letters' words: a wider window for it
        lo = max(0, pos - WINDOW_WORD_CHARS * (limit + MAX_COMPLEMENT))
        raw = _clause_tokens(text[lo:pos].split(), limit + MAX_COMPLEMENT)
        span = _complement_span(short, tuple(raw))
        if span is None:
            return None
    first, last = span
    starts = _token_starts(text, raw, lo, pos)
    long_, s, e = _long_text(text, starts[first], starts[last] + len(raw[last]))
    head = HEAD_OF_RE.search(text, max(0, s - 40), s)
    if head:
        long_ = _unmarked(text[head.start():e].rstrip("\"'\u201d\u2019),;: "))
        s = head.start()
        if long_.endswith(("'s", "\u2019s")):
            long_ = long_[:-2]
    return long_, s, e


@lru_cache(maxsize=16384)
def _long_span(short: str, raw: tuple[str, ...]) -> tuple[int, int] | None:
    """(first, last) token of the long form of `short` among the clause's last tokens `raw`,
    or None. The letter matching reads only the tokens, never their place in the text, so it
    runs once per distinct (short form, tokens): "... the U.S. Department of Justice (DOJ)"
    recurs across releases and, in one release, in its title and first paragraph."""
    readings = _units(short)
    words = _raw_words(raw)  # (each word's start and end: its token's index)
    if not words or not readings:
        return None
    best = None
    for units in readings:
        res = _align(units, words, anchored=False)
        if res is None or words[res[1]].stop and words[res[1]].text.islower() \
                or not _acceptable(units, res, len(words), _inner_lower(short), words):
            continue  # a long form never starts with "of" ("Option2Trade (O2T)" is a name)
        if res[4] and len([u for u in units if not u.startswith("#")]) == 3 and (
                not words[res[1]].text[:1].isupper() or res[2] - res[1] > 5):
            continue  # a word passed over in a 3-letter form only inside a short name (CMS above)
        if best is None or res[0] < best[1][0]:
            best = (units, res)
    if best is None:
        span = _prefix_skip(readings[0], words) or _compound_word(readings[0], words)
        if span is None:
            return None
        start, last = span
    else:
        _c, start, last, _b, _k = best[1]
    while last + 1 < len(words) and words[last + 1].text in TRAILING_HEADS:
        last += 1  # "Environment and Public Works Committee (EPW)": the head stays in the long form
    return words[start].start, words[last].end


COMPLEMENT_PREPS = frozenset(("for", "of"))  # what opens a name's complement (see _complement_tail)
MAX_COMPLEMENT = 7  # words a complement may hold after its preposition


def _complement_tail(readings: list[list[str]], words: list[_Word]) -> tuple[int, int] | None:
    """(first word, last word) of a long form whose letters stop before the name's complement:
    "The Tribal Access Program for National Crime Information (TAP)" (DOJ) gives "Tribal Access
    Program", "Office of Special Counsel for Immigration-Related Unfair Employment Practices
    (OSC)" (DOJ) "Office of Special Counsel", "Medicaid Fraud Control Unit of the Louisiana State
    Attorney Generals Office (MFCU)" "Medicaid Fraud Control Unit": the gold convention's "National
    Firearms Act of 1934 (NFA)" gives "National Firearms Act", the letters' words only. The
    complement is a lower-case "for"/"of" and capitalised words (stop words between) up to the
    parenthesis; the letters must read the words before it whole (an anchored alignment).
    Tried only when no other alignment fits."""
    n = len(words)
    for j in range(n - 2, 1, -1):  # the preposition nearest the parenthesis first
        w = words[j]
        if w.low not in COMPLEMENT_PREPS or not w.text.islower():
            continue
        rest = words[j + 1:]
        if sum(1 for x in rest if not x.stop) > MAX_COMPLEMENT or not rest[-1].text[:1].isupper() \
                or any(not x.stop and not x.text[:1].isupper() for x in rest):
            return None  # a lower-case content word: no name's complement
        head = words[:j]
        for units in readings:
            res = _align(units, head, anchored=True)
            if res is None or res[4] or words[res[1]].stop \
                    or not _acceptable(units, res, len(head), 0, head):
                continue
            return res[1], res[2]
    return None


@lru_cache(maxsize=4096)
def _complement_span(short: str, raw: tuple[str, ...]) -> tuple[int, int] | None:
    """(first, last) token of a long form followed by its name's complement (_complement_tail)."""
    readings = _units(short)
    words = _raw_words(raw)
    if not readings or len(words) < 4:
        return None
    span = _complement_tail(readings, words)
    return None if span is None else (words[span[0]].start, words[span[1]].end)


GLUED_CAPS_RE = re.compile(r"[a-z][A-Z][a-z]")  # two words glued: "HoldingsAlpha"
MAX_PREFIX_SKIP = 4  # capitalised words a name may hold between its first letter's word and the rest


def _prefix_skip(units: list[str], words: list[_Word]) -> tuple[int, int] | None:
    """(first word, last word) of a long form whose first letter's word is followed by a few
    capitalised words that give no letter, the other letters reading the words up to the
    parenthesis one by one: "Health Care Fraud Prevention and Enforcement Action Team (HEAT)"
    (H + E-A-T). Tried only when no ordinary alignment fits."""
    if len(units) < 3 or any(u.startswith("#") for u in units):
        return None
    res = _align(units[1:], words, anchored=False)
    if res is None or res[3] or res[4]:
        return None  # the rest must read whole words, none passed over
    _cost, start, last = res[0], res[1], res[2]
    if words[start].stop or not words[start].text[:1].isupper():
        return None
    tail = {w.low for w in words[start:last + 1]}
    k = start - 1
    passed = 0
    while k >= 0:
        w = words[k]
        if w.stop:
            k -= 1
            continue
        if not w.text[:1].isupper() or w.low in tail or GLUED_CAPS_RE.search(w.text):
            return None  # (a word of the rest again: "Alpha Transform HoldingsAlpha Transform Holdings (ATH)")
        if w.low[:1] == units[0] and passed >= 1:
            return k, last
        passed += 1
        if passed > MAX_PREFIX_SKIP:
            return None
        k -= 1
    return None


# A unit's metric prefix: "megawatts (MW)", "gigabytes (GB)" are symbols, no definitions.
METRIC_PREFIXES = ("kilo", "mega", "giga", "tera", "peta", "milli", "micro", "nano", "centi")


def _compound_word(units: list[str], words: list[_Word]) -> tuple[int, int] | None:
    """(last word, last word) when the one lower-case compound word before the parenthesis
    holds every letter: its first letter, the others in order inside it, the word at least
    three letters long per letter and two more ("pharmacokinetics (PK)", "glucocorticoid
    (GC)", "ultraviolet (UV)", "photovoltaic (PV)", "phenylpropanolamine (PPA)"). A name or a
    ticker is capitalised ("Bitcoin (BTC)"); a short common word is no compound ("company
    (CO)"); a unit's symbol is none ("megawatts (MW)"). Tried only when no ordinary alignment fits."""
    if not words or not 2 <= len(units) <= 4:
        return None
    w = words[-1]
    low = w.text
    if w.trail or w.stop or len(low) < 3 * len(units) + 2 or not low.isalpha() or not low.islower() \
            or low[0] != units[0] or low.startswith(METRIC_PREFIXES):
        return None
    if _group_cost(units, w) is None:  # the letters in order inside the word
        return None
    last = len(words) - 1
    return last, last


def match_long_inside(inner: str, short: str) -> str | None:
    """`inner` (a parenthesis's text) is the long form of `short` written before it, or None."""
    readings = _units(short)
    if not readings:
        return None
    body = inner.strip()
    if body.lower().startswith("the "):
        body = body[4:]
    words = _raw_words(body.split())  # (no offsets: an inner long form is returned as written)
    if len(words) < 2 or len(words) > MAX_WINDOW:
        return None
    for units in readings:
        res = _align(units, words, anchored=True)
        if res is None or res[1] != 0 or not _acceptable(units, res, len(words)):
            continue
        return _unmarked(body.strip(" ,;:\"'\u201c\u201d"))
    return None


# ---------------------------------------------------------------------------------------------
# parentheses


def _short_candidate(inner: str) -> str | None:
    """The inside of a parenthesis as a possible short form ("JCCC", "“NIV”", "NB Power")."""
    s = inner.strip().strip("\"'\u201c\u201d\u2018\u2019").strip()
    if not s or len(s) > 24:
        return None
    toks = s.split()
    if len(toks) > 3:
        return None
    if not all(SHORT_TOKEN_RE.fullmatch(t) for t in toks):
        return None
    return s


def scan_parentheses(paragraphs: list[str], title: str | None = None) -> Parentheticals:
    """Every definition, alias and ticker given in parentheses, in text order.

    The title is scanned too (index -1): `The Inland Marine Underwriters Association (IMUA)
    Sets 2024 Annual Meeting Agenda` defines IMUA in the headline.
    """
    return scan_indexed(([(-1, title)] if title else []) + list(enumerate(paragraphs)))


def scan_indexed(texts: list[tuple[int, str]]) -> Parentheticals:
    """scan_parentheses over (index, text) pairs: the index is kept as the paragraph."""
    defs: list[Definition] = []
    names: list[ParenName] = []
    for idx, text in texts:
        if "(" not in text:
            continue
        for m in PAREN_RE.finditer(text):
            inner = m.group(1)
            at = m.start()
            _classify(text, idx, at, inner, defs, names)
    return Parentheticals(defs, names)


def _classify(text: str, idx: int, at: int, inner: str, defs: list[Definition], names: list[ParenName]) -> None:
    stripped = inner.strip()
    if not stripped or not any(c.isalpha() for c in stripped):
        return  # "(1)", "(2020-2024)", "(47%)"
    if PARTY_RE.fullmatch(stripped):
        return
    tm = TICKER_RE.fullmatch(stripped)
    if tm:
        ex = tm.group("ex")
        if ex.casefold() in EXCHANGES or (ex.isupper() and len(ex) <= 8):
            names.append(ParenName("ticker", f"{ex}: {tm.group('sym')}", idx, at))
            return
    short = _short_candidate(stripped)
    if short and _initial_before(text, at, short):
        found = match_long_before(text, at, short) or _curated_long_before(text, at, short)
        if found:
            long_, s, _e = found
            if _same_words(long_, short):
                names.append(ParenName("alias", short, idx, at))  # "First RF Corporation (First RF)"
            else:
                end = m_end(text, at)
                if long_.endswith(LOST_POSSESSIVE_ENDS) and short[-1:] != "s" and text[end:end + 1] == " " \
                        and text[end + 1:end + 2].isupper():
                    long_ = long_[:-1]  # "Federal Communications Commissions (FCC) Video Relay Service"
                defs.append(Definition(short, long_, idx, s, end))
            return
    # "ISF (Iraqi Security Forces)": the word before the parenthesis is the short form
    if " " in stripped and len(stripped) <= 120:
        prev = _word_before(text, at)
        if prev and _units(prev):
            inside = match_long_inside(stripped, prev)
            if inside:
                defs.append(Definition(prev, inside, idx, at + 1, m_end(text, at), reverse=True))
                return
    alias = ALIAS_MARK_RE.match(stripped)
    if alias:
        names.append(ParenName("alias", alias.group("name").strip(" .,"), idx, at))
        return
    if stripped[0] in "\"'\u201c\u2018" or stripped.lower().startswith(("the \"", "the \u201c", "the '")):
        for q in QUOTED_RE.finditer(stripped):
            val = q.group(1).strip(" ,.")
            if val and val[0].isupper() and len(val.split()) <= 5:
                names.append(ParenName("alias", val, idx, at))
        return
    if short and SHORT_NAME_RE.fullmatch(short) and not _units(short):
        # a short name: "Asiana Airlines, Inc. (Asiana)", "First RF Corporation (First RF)"
        names.append(ParenName("alias", short, idx, at))
        return
    if short and _units(short) and len(short.split()) <= 2:
        # an abbreviation whose letters do not come from the words before it:
        # "Government Communications (GCIS)" names the same body
        names.append(ParenName("alias", short, idx, at))


# A body's head as the last word of a long form whose possessive lost its apostrophe, when a
# capitalised word follows the short form: "the Federal Communications Commissions (FCC) Video
# Relay Service program", "HHS Office of Inspector Generals (HHS-OIG) Chicago Regional Office",
# "Commodity Futures Trading Commissions (CFTC) Division of Enforcement" (DOJ pages). A plural
# short form ("Power Marketing Administrations (PMAs)") is a plural.
LOST_POSSESSIVE_ENDS = (" Commissions", " Generals", " Departments", " Divisions", " Agencies", " Bureaus",
                        " Administrations", " Authorities", " Corporations", " Councils", " Committees")


def _initial_before(text: str, at: int, short: str) -> bool:
    """Cheap test before letter matching: some word shortly before starts with the short
    form's first letter ("Joint ... (JCCC)"); "(D-ND)" after "Dorgan" passes, "(ABC)" after
    "said the man" does not."""
    c = short[0].lower()
    window = text[max(0, at - 160):at].lower()
    return window.startswith(c) or (" " + c) in window or ("-" + c) in window or ("\u201c" + c) in window \
        or ('"' + c) in window or ("(" + c) in window


def _curated_long_before(text: str, at: int, short: str) -> tuple[str, int, int] | None:
    """A well-known body's name, from the curated alias file, written just before its short
    form when the letters alone do not cover it: "Centers for Disease Control and Prevention
    (CDC)" (the letters stop at "Control")."""
    table = alias_table()
    line = table.group_of.get(short)
    if line is None:
        return None
    end = at
    while end > 0 and text[end - 1] == " ":
        end -= 1
    for name in table.names[line]:
        if name != short and " " in name and text.endswith(name, 0, end):
            s = end - len(name)
            if s == 0 or not text[s - 1].isalnum():
                return name, s, end
    return None


def m_end(text: str, at: int) -> int:
    end = text.find(")", at)
    return end + 1 if end >= 0 else at + 1


def _word_before(text: str, at: int) -> str | None:
    m = WORD_BEFORE_RE.search(text[max(0, at - 20):at])
    if not m:
        return None
    tok = m.group(1).rstrip(".")
    if "-" in tok:
        # "CJTF-OIR (...)" is one short form; "1099-OID (Original Issue Discount)" ends with one
        last = tok.rsplit("-", 1)[1]
        if tok.replace("-", "").isalpha() and tok.replace("-", "").isupper():
            return tok
        return last if last.isupper() and last.isalpha() else None
    return tok


def _same_words(long_: str, short: str) -> bool:
    return NON_ALNUM_SPACE_RE.sub("", long_.lower()).split() == NON_ALNUM_SPACE_RE.sub("", short.lower()).split()


# ---------------------------------------------------------------------------------------------
# the release's acronym list


class Intervals:
    """Spans of a paragraph, asked "is this position inside one?" in O(log n): a paragraph of
    8,000 legal suffixes must not cost 8,000 x 8,000 comparisons."""

    __slots__ = ("starts", "max_end")

    def __init__(self, spans) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.max_end: list[int] = []
        top = -1
        for _, b in ordered:
            top = max(top, b)
            self.max_end.append(top)

    def __bool__(self) -> bool:
        return bool(self.starts)

    def covers(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.max_end[i] > pos


def count_uses(texts: list[str]) -> Counter[str]:
    """All-caps acronyms used in running text, with counts; shouted runs are left out."""
    counts: Counter[str] = Counter()
    for text in texts:
        if not text:
            continue
        hits = [m for m in ACRONYM_USE_RE.finditer(text) if _free_start(text, m.start())]
        if not hits:
            continue
        if len(hits) >= 3:
            runs = Intervals((m.start(), m.end()) for m in CAPS_RUN_RE.finditer(text))
            if runs:
                hits = [m for m in hits if not runs.covers(m.start())]
        counts.update(m.group() for m in hits)
    return counts


def _count_stem(text: str, stem: str) -> int:
    """Uses of a short form the all-caps scan does not see, singular or plural: "P3 projects"
    and "P3s" for P3s, "aSMR", as a whole word (no letter, digit, "_" or "&" either side).

    (What `(?<![\\w&])STEM s?(?![\\w&])` would count, by str.find: compiling a pattern for
    every new short form cost more than the counting.)
    """
    n = 0
    size = len(stem)
    i = text.find(stem)
    while i >= 0:
        if i == 0 or not _in_word(text[i - 1]):
            j = i + size
            after = text[j:j + 1]
            if after == "s" and not _in_word(text[j + 1:j + 2]):
                n += 1  # the plural
                i = text.find(stem, j + 1)
                continue
            if not _in_word(after):
                n += 1
                i = text.find(stem, j)
                continue
        i = text.find(stem, i + 1)
    return n


def _in_word(ch: str) -> bool:
    """ch (one character or none) is what `[\\w&]` matches."""
    return ch != "" and (ch.isalnum() or ch == "_" or ch == "&")


def _free_start(text: str, pos: int) -> bool:
    if pos == 0:
        return True
    ch = text[pos - 1]
    return not (ch.isalnum() or ch in NOT_BEFORE_ACRONYM)


def build_acronyms(
    defs: list[Definition], paragraphs: list[str], title: str | None = None, uses: Counter[str] | None = None
) -> list[Acronym]:
    """Defined acronyms first (text order, each short form once), then the undefined ones.

    `count` is how often the short form is used (definition included); a plural use counts
    for its singular ("P3 projects" for P3s). `uses` may come from a caller's own scan of the
    same texts (the organization extractor counts them in its keyword pass).
    """
    texts = ([title] if title and not title.isupper() else []) + paragraphs
    uses = Counter(uses) if uses is not None else count_uses(texts)
    out: list[Acronym] = []
    seen: dict[str, Acronym] = {}
    for d in defs:
        if d.short in seen:
            continue
        n = uses.pop(d.short, 0)
        for alt in (d.short + "s", d.short[:-1] if d.short.endswith("s") else None):
            if alt and alt in uses:
                n += uses.pop(alt)
        if " " in d.short or not ACRONYM_USE_RE.fullmatch(d.short):
            # "P3s", "aSMR", "NB Power": not the all-caps shape the use scan counts
            stem = d.short[:-1] if d.short.endswith("s") and len(d.short) > 2 else d.short
            n = sum(_count_stem(t, stem) for t in texts if stem in t)
            first = d.short.split()[0]
            if first in uses:  # the "NB" of "NB Power" is not a use of its own
                uses[first] -= n
                if uses[first] <= 0:
                    del uses[first]
        a = Acronym(short=d.short, long=d.long, defined=True, count=max(1, n))
        seen[d.short] = a
        out.append(a)
    for short, n in uses.items():
        if short in NOT_ACRONYMS or short.rstrip("s") in NOT_ACRONYMS or short in seen:
            continue
        if short.endswith("s") and short[:-1] in seen:
            continue
        out.append(Acronym(short=short, long=None, defined=False, count=n))
    return out


def extract_acronyms(paragraphs: list[str], title: str | None = None) -> list[Acronym]:
    """Acronyms of one release: `defined=True` with their long form, else `long=None`."""
    return build_acronyms(scan_parentheses(paragraphs, title).definitions, paragraphs, title)
