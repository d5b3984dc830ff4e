"""Plain-text releases: Senate offices, e-mail exports, copy-paste.

Blocks are lines; a line that packs several paragraphs (Senate files and 24-7PressRelease
bodies separate paragraphs by runs of spaces) is split there, so `structure` sees
paragraphs either way.
"""

from __future__ import annotations

import re

from . import Document

# A paragraph break hidden in one line: sentence end, then 2+ spaces or a tab.
# "...working together with a common goal."  "The Coalition has..."
_INLINE_BREAK = re.compile(r"(?<=[.!?\"”:])(?:[ \t]{2,}|\t)(?=\S)")
# A layout gap of 4+ blanks inside a line: "...in Senate            For Immediate Release: June 28, 2007"
_LAYOUT_GAP = re.compile(r"[ \t]{4,}")
LONG_LINE = 1000
# Whitespace other than the plain space and the newline (every other str.isspace character):
# a text free of these needs no split/join per line, only where a line holds a double space
_OTHER_WHITESPACE = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + (
    "\u2028\u2029\u202f\u205f\u3000"
)


# A hard-wrapped line that continues on the next: no sentence end, next starts lower-case.
_OPEN_END = re.compile(r"[^.!?:\"”'’)\]]\Z")
# ... or a line cut after an honorific, which never ends a sentence: "In a letter to U.S. Secretary
# of Transportation Norman Mineta, Sen." / "George Allen (R-VA) today urged ..."
_HONORIFIC_END = re.compile(r"(?:^|\s)(?:Sens?|Reps?|Dr|Mr|Mrs|Ms|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|Hon)\.\Z")


def _collapse(piece: str, plain: bool) -> str:
    """`" ".join(piece.split())`: whitespace runs to one space, stripped. When the text is
    `plain` (spaces and newlines only) and the piece has no double space, stripping alone
    gives the same string, without building a list of its words (a third of the reader's
    time on wire copy)."""
    if plain and "  " not in piece:
        return piece.strip()
    return " ".join(piece.split())


def split_blocks(text: str) -> list[str]:
    """Lines to blocks, each with its whitespace runs collapsed to one space and stripped
    (so `Document.spaces_normalized` holds and `structure` need not do it again).

    Most lines are one paragraph each: a line without a tab or four spaces in a row cannot
    hold a `_LAYOUT_GAP`, and a short one is never cut at `_INLINE_BREAK`, so such a line
    becomes one block without running either regex.
    """
    blocks: list[str] = []
    joined_prev = False
    plain = not any(c in text for c in _OTHER_WHITESPACE)
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            joined_prev = False
            continue
        # One search for a double space per line: a line without one has no four in a row, and
        # in a `plain` text its stripped form is already collapsed (no `_collapse` call)
        double = "  " in line
        gap = "\t" in line or double and "    " in line  # exact pre-test for _LAYOUT_GAP
        done = plain and not double
        if (
            joined_prev
            and blocks
            and (
                (stripped[:1].islower() or stripped[:1].isdigit())
                and _OPEN_END.search(blocks[-1], len(blocks[-1]) - 1)  # (only its last character)
                or stripped[:1].isupper() and blocks[-1][-1:] == "." and _HONORIFIC_END.search(blocks[-1], len(blocks[-1]) - 6)
            )
            and not (gap and _LAYOUT_GAP.search(line))
        ):
            blocks[-1] = blocks[-1] + " " + (stripped if done else _collapse(stripped, plain))
            continue
        joined_prev = True
        if not gap and len(line) <= LONG_LINE:
            blocks.append(stripped if done else _collapse(stripped, plain))
            continue
        for part in _LAYOUT_GAP.split(line) if gap else (line,):
            # Double spaces after a sentence are typing habit in short lines, but the only
            # paragraph breaks in one-line bodies (24-7PressRelease, flattened Senate files).
            pieces = _INLINE_BREAK.split(part) if len(part) > LONG_LINE else (part,)
            for piece in pieces:
                piece = _collapse(piece, plain)
                if piece:
                    blocks.append(piece)
    return blocks


# A dash that a Latin-1 misreading left as a lone "â" (its other two bytes lost), glued to the
# place before it: "Washington, D.C.â The Senate ...", "Washington, DCâLast night, ...". Only after
# a capital, maybe with its full stop: "Americaâs" (an apostrophe), " âThis" and "plants.â" (quotes)
# are left alone.
_LOST_DASH = re.compile(r"(?:(?<=[A-Z])|(?<=[A-Z]\.))â(?=\s|[A-Z])")


# A paragraph tag, or what a cut left of one, opening a line: "p> (Washington, D.C.) -- A U.S. Senate ..."
_LINE_TAG = re.compile(r"^[ \t]*<?/?p>[ \t]*", re.M | re.I)


def read_text(text: str) -> Document:
    if "â" in text:
        text = _LOST_DASH.sub(" — ", text)
    # (">" first: a one-character test costs ~0.3 us a body, each of the two-character ones ~9 us)
    if ">" in text and ("p>" in text or "P>" in text):
        text = _LINE_TAG.sub("", text)
    return Document(format="text", blocks=split_blocks(text), spaces_normalized=True)
