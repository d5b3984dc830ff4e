"""Quoted spans: which runs of text sit between quotation marks.

Releases mix curly marks, straight marks, guillemets and TeX-style ``...'' pairs, nest
scare quotes inside quotes with the same straight mark (`"These veterans are not
"affluent," as they have been described."`), leave stray closing marks behind
(`...spokesperson.”`) and run a quote over a paragraph break (the paragraph ends without a
closing mark and the next opens with one). A straight mark says nothing about its
direction, so it is read from what touches it: space before and a word after opens, a
word before and space or punctuation after closes. One left-to-right pass with a stack:
linear in the number of marks whatever the text holds.

Single quotes are not paired: as ‘inner’ quotes they sit inside a double-quoted span
anyway, and a lone ’ is nearly always an apostrophe.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Every double quotation mark, TeX pairs included: “The coordination center remains ...,” said,
# ``Tell them,'' he said. One character class first, so that the regex engine skips from one
# candidate to the next (an alternation first makes it try a match at every offset); a lone
# ' or ` (an apostrophe, a grave accent) is then dropped by the lookbehind.
QUOTE_MARK = re.compile(r"[\"“”«»„‟'`](?:(?<=')'|(?<=`)`|(?<![`']))")

OPENERS = frozenset({"“", "«", "„", "‟", "``"})
CLOSERS = frozenset({"”", "»", "''"})
# What may stand right before an opening straight mark: `(see "X")`, `—"We`, `/"`
OPEN_LEFT = frozenset(" \t\n([{—–-/:;\u00a0")
# What may follow a closing straight mark: `," said`, `".`, `")`, `"—`
CLOSE_RIGHT = frozenset(" \t\n.,;:!?)]}—–-/\u00a0'’")


@dataclass(slots=True)
class Span:
    """A top-level quoted span: `text` lies between `start` and `end` of paragraph `para`.

    `end_para`/`end` locate the closing mark of a quote that ran over paragraph breaks
    (`end_para > para`); `close` is the offset just past the closing mark (or the paragraph
    end when none came), so callers can read what follows the quote.
    """

    para: int
    start: int  # offset of the first character inside the marks
    end: int  # offset of the closing mark in paragraph `end_para`
    text: str
    open_at: int  # offset of the opening mark
    close: int  # offset just past the closing mark in `end_para`
    end_para: int
    closed: bool = True


def _direction(par: str, i: int, mark: str) -> str:
    """'open', 'close' or '?' for the mark at `par[i]`."""
    if mark in OPENERS:
        return "open"
    if mark in CLOSERS:
        return "close"
    left = par[i - 1] if i > 0 else " "
    j = i + len(mark)
    right = par[j] if j < len(par) else " "
    can_open = left in OPEN_LEFT and not right.isspace()
    can_close = right in CLOSE_RIGHT and not left.isspace()
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "?"


# The marks QUOTE_MARK finds, as substrings: `"`, `“`, `''`
_MARK_STRINGS = ('"', "“", "”", "«", "»", "''", "``", "„", "‟")


def _marks(par: str, kinds: tuple[str, ...] = _MARK_STRINGS) -> list[tuple[int, int, str]]:
    """(offset, length, direction) of each double mark in a paragraph. `kinds`: the mark
    strings that may occur (those of the whole release), tested before the regex scan."""
    for k in kinds:
        if k in par:
            break
    else:
        return []  # most paragraphs: a few substring tests instead of a regex scan
    out = []
    for m in QUOTE_MARK.finditer(par):
        mark = m.group()
        if mark == "''" and m.start() > 0 and par[m.start() - 1].isalpha() and m.end() < len(par) and par[m.end()].isalpha():
            continue  # a doubled apostrophe inside a word
        out.append((m.start(), len(mark), _direction(par, m.start(), mark)))
    return out


def _starts_with_opener(marks: list[tuple[int, int, str]], par: str) -> bool:
    if not marks:
        return False
    off, _, d = marks[0]
    return d != "close" and not par[:off].strip()


# An attribution inside a quote whose closing mark was lost: `..., said Esta Soler, President`
SAID_NAME = re.compile(r"\b(?:said|says|added|stated)[ \t]+[A-Z]")


# The comma where a lost closing mark stood, before an attribution: `... women and children
# worldwide, said Esta Soler, President of ...`
_LOST_CLOSE = re.compile(r",[ \t]+(?:said|says|added|stated)[ \t]+[A-Z]")


def _left_open(cp: int, cs: int, cm: int, pieces: list[str], par: str, end_para: int, end: int) -> Span:
    """The span of a quote no mark closed. A quote of one paragraph holding `, said Name`
    lost its closing mark before the comma: it ends there, and the attribution after it is
    read as after any closing mark (`"Police officers must abide by the laws ..., said Acting
    Assistant Attorney General John Gore.`); else it runs to the end of its last paragraph."""
    if len(pieces) == 1 and end_para == cp:
        m = _LOST_CLOSE.search(par, cs)
        if m is not None:
            return Span(cp, cs, m.start(), par[cs:m.start()].strip(), cm, m.start() + 1, cp)
    return Span(cp, cs, end, " ".join(p.strip() for p in pieces), cm, end, end_para, closed=False)


def _closes_soon(paragraphs: list[str], all_marks: list[list[tuple[int, int, str]]], pi: int) -> bool:
    """Does a quote left open run on to a closing mark within the next two paragraphs, every
    paragraph on the way opening with a capital and no mark before that closing one?"""
    for j in range(pi, min(pi + 2, len(paragraphs))):
        if not paragraphs[j][:1].isupper():
            return False
        if all_marks[j]:
            return all_marks[j][0][2] == "close"
    return False


def find_spans(paragraphs: list[str], text: str | None = None) -> list[Span]:
    """Top-level quoted spans of a release, in reading order.

    Nested spans are inside their outer span's text and are not reported. A quote still
    open at the end of a paragraph continues when the next paragraph opens with a mark;
    otherwise it ends with its paragraph. `text`: the paragraphs joined by newlines, when the
    caller has it.
    """
    spans: list[Span] = []
    carry: tuple[int, int, int, list[str]] | None = None  # (para, start, mark, pieces) of a run-on quote
    # the marks the release holds at all, so that a paragraph is tested for those only (most
    # releases use one or two kinds; a release with none is not scanned paragraph by paragraph)
    if text is None:
        text = "\n".join(paragraphs)
    # (a doubled mark, `''` or ` `` `, is looked for only when its character is there: a
    # one-character test is a memchr, a two-character one a slower search of the whole release,
    # about 8 ms each over the corpus; 6 of its 3,314 releases have a backtick, 2 in 5 no apostrophe)
    kinds = tuple(k for k in _MARK_STRINGS if (k in text if len(k) == 1 else k[0] in text and k in text))
    all_marks = [_marks(p, kinds) for p in paragraphs] if kinds else [[] for _ in paragraphs]
    for pi, par in enumerate(paragraphs):
        marks = all_marks[pi]
        depth = 0
        top_open = -1  # offset just past the top-level opening mark
        top_mark = -1
        idx = 0
        if carry is not None:
            if marks and _starts_with_opener(marks, par):
                # the quote goes on in this paragraph: its opening mark is consumed
                depth = 1
                top_open = marks[0][0] + marks[0][1]
                top_mark = marks[0][0]
                idx = 1
            elif marks and marks[0][2] == "close" and par[:1].isupper() and all_marks[carry[0]][0][2] != "close":
                # the page split the quote at a sentence and the paragraph lost no mark but
                # the opener: its first mark closes the quote left open (`"We cannot expect
                # to reduce poverty ...` / `Empowered and educated women are the key to
                # breaking these cycles," said Sen. Lugar.`); not on a page that drops the
                # openers of its paragraphs, where the quote left open opened after a lost
                # one (DOJ `Environmental programs are not immune from fraud," U.S. Attorney
                # Glassman said. "The surest way ...` / `At the IRS, ...," stated Frank S. Turner II`)
                depth = 1
                top_open = 0
                top_mark = 0
            elif not marks and par[:1].isupper() and all_marks[carry[0]][0][2] != "close" and _closes_soon(
                    paragraphs, all_marks, pi + 1) and not SAID_NAME.search(carry[3][0]):
                # a paragraph with no mark at all inside such a split quote: `"Until now we have
                # seen only sporadic efforts ...` / `The problem is too widespread ...` / `This
                # bill sends that message."`; not when the open quote holds its attribution, its
                # closing mark lost (`"It's time for our nation ..., said Esta Soler, President of
                # the Family Violence Prevention Fund.`)
                carry[3].append(par)
                continue
            else:
                cp, cs, cm, pieces = carry
                prev = paragraphs[pi - 1]
                spans.append(_left_open(cp, cs, cm, pieces, paragraphs[cp], pi - 1, len(prev)))
                carry = None
        for off, ln, d in marks[idx:]:
            if d == "?":
                d = "close" if depth else "open"
            if d == "open":
                if depth == 0:
                    top_open = off + ln
                    top_mark = off
                depth += 1
                continue
            # a closing mark
            if depth == 0:
                continue  # stray closer: `spokesperson.”`
            depth -= 1
            if depth == 0:
                piece = par[top_open:off]
                if carry is not None:
                    cp, cs, cm, pieces = carry
                    pieces.append(piece)
                    spans.append(Span(cp, cs, off, " ".join(p.strip() for p in pieces), cm, off + ln, pi))
                    carry = None
                else:
                    spans.append(Span(pi, top_open, off, piece, top_mark, off + ln, pi))
        if depth > 0:
            piece = par[top_open:]
            if carry is not None:
                carry[3].append(piece)
            else:
                carry = (pi, top_open, top_mark, [piece])
    if carry is not None:
        cp, cs, cm, pieces = carry
        last = len(paragraphs) - 1
        spans.append(_left_open(cp, cs, cm, pieces, paragraphs[cp], last, len(paragraphs[last])))
    return spans


class Ranges:
    """Offset ranges [start, end) of one paragraph with fast membership tests.

    Kept sorted and merged on demand, so that a paragraph with thousands of quotes costs a
    binary search per test rather than a scan (bad input: `"a" said Smith` 2,500 times).
    """

    __slots__ = ("_items", "_starts", "_ends", "_dirty")

    def __init__(self) -> None:
        self._items: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._dirty = False

    def add(self, start: int, end: int) -> None:
        self._items.append((start, end))
        self._dirty = True

    def __bool__(self) -> bool:
        return bool(self._items)

    def _settle(self) -> None:
        merged: list[tuple[int, int]] = []
        for s, e in sorted(self._items):
            if merged and s <= merged[-1][1]:
                if e > merged[-1][1]:
                    merged[-1] = (merged[-1][0], e)
            else:
                merged.append((s, e))
        self._items = merged
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]
        self._dirty = False

    def contains(self, pos: int) -> bool:
        if not self._items:
            return False
        if self._dirty:
            self._settle()
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Does any range share an offset with [start, end)?"""
        if not self._items:
            return False
        if self._dirty:
            self._settle()
        i = bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ends[i] > start
