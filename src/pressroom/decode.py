"""Bytes to clean text: the only place that knows about encodings.

Real releases arrive as UTF-8 (with or without BOM), UTF-16 from Word exports, and
cp1252 from old CMS exports; some were double-encoded on the way (``â€™`` for ``’``).
Everything downstream may assume ``\\n`` line ends, plain spaces and no NUL bytes.
"""

from __future__ import annotations

import codecs
import re

from .errors import ReadError

# Mojibake of UTF-8 read as cp1252: "â€™" (’), "â€œ" (“), "Ã©" (é), "Â " (NBSP)
_MOJIBAKE = re.compile(r"(?:â€|Ã[\x80-\xbf\u0152-\u2122]|Â[\xa0-\xbf])")
# Zero-width and BOM characters left inside text: "\u200b", "\ufeff"
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Unicode spaces other than the plain one: NBSP, thin space, ideographic space
_ODD_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# The characters of the two classes above, to test whether a substitution has work to do:
# most non-ASCII releases hold curly quotes and accents only ("“Today,” said Mr. Müller"),
# and a few substring tests (C loops that stop at the first hit) cost less than a regex scan.
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ODD_SPACE_CHARS = "\u00a0\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
# C0 controls other than tab/newline/CR, which break terminals and JSON consumers
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The same characters as bytes: all ASCII, so in UTF-8 they are exactly these byte values
_CONTROL_CODES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


# Bytes that never occur in text files: C0 controls except tab, LF, VT, FF, CR
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13))


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside UTF-16, or many control bytes, mean this is not a text file."""
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        # UTF-16 without BOM: one half of the bytes NUL, the other mostly printable text
        evens, odds = head[0::2], head[1::2]
        for zeros, chars in ((odds, evens), (evens, odds)):
            if zeros.count(0) > 0.9 * len(zeros) and chars:
                printable = sum(1 for b in chars if 32 <= b < 127 or b in (9, 10, 13) or b >= 160)
                if printable > 0.9 * len(chars):
                    return False
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > 0.05 * max(1, len(head))


def _decode_utf16(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    head = data[:4096]
    enc = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
    return data.decode(enc)


def decode_bytes(data: bytes) -> str:
    """Decode a file's bytes; raise ReadError for empty, binary or hopeless input."""
    if not data or data.isspace():  # (data.strip() would copy the whole file to find out)
        raise ReadError("empty file")
    clean = False  # known to hold no control character (UTF-8 input only)
    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        data.find(b"\x00", 0, 4096) >= 0 and not looks_binary(data)
    ):
        try:
            text = _decode_utf16(data)
        except UnicodeDecodeError as exc:
            raise ReadError("undecodable UTF-16 text") from exc
    else:
        # One pass over the bytes: most files hold no control byte at all, and then neither
        # `looks_binary` nor `normalize_text`'s control test has anything to find (UTF-8 writes
        # a control character as its own ASCII byte, and no repair there makes one).
        clean = not _has_control_bytes(data)  # (every byte of `_CONTROL_BYTES` is one of `_CONTROL_CODES`)
        if not clean and looks_binary(data):
            raise ReadError("binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_legacy(data)
            clean = False  # (another encoding: the text is tested)
    text = normalize_text(text, no_controls=clean)
    if not text or text.isspace():
        raise ReadError("no text in file")
    return text


def _decode_legacy(data: bytes) -> str:
    """Not UTF-8: ask charset-normalizer, prefer cp1252 (what US CMSs wrote) when unsure."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            enc = best.encoding
            if enc.lower().replace("_", "-") in ("ascii", "latin-1", "iso-8859-1", "cp1250", "cp1251"):
                enc = "cp1252"  # the common case; cp1252 is a superset for printable text
            return data.decode(enc, errors="replace")
    except Exception:  # charset-normalizer is a best effort; cp1252 never fails below
        pass
    return data.decode("cp1252", errors="replace")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp1252 where the round trip is clean ("â€™" -> "’")."""
    # (the substring tests are a cheap exact pre-test: every _MOJIBAKE match holds one)
    if text.isascii():
        return text
    # (a run opens with one of the lead characters of the marks, letters and emoji mangled this way:
    # four substring tests cost a tenth of the C1 scan, which then runs on a few files in a thousand)
    if ("â" in text or "Ã" in text or "Â" in text or "ð" in text) and _C1.search(text):
        text = _LATIN1_RUN.sub(_latin1_run, text)
    # ("â" before "â€": a one-character test costs ~0.3 us a body, the two-character one ~10 us)
    if not ("Ã" in text or "Â" in text or "â" in text and "â€" in text) or not _MOJIBAKE.search(text):
        return text
    try:
        fixed = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        # Mixed text: repair line by line where each line round-trips.
        lines = []
        for line in text.split("\n"):
            if _MOJIBAKE.search(line):
                try:
                    line = line.encode("cp1252").decode("utf-8")
                except (UnicodeEncodeError, UnicodeDecodeError):
                    pass
            lines.append(line)
        return "\n".join(lines)
    return fixed


# UTF-8 read as Latin-1, whose C1 controls survived: "companyâ\x80\x99s" (’), "â\x80\x9cThe" (“)
# (News Direct pages that mix this with good curly quotes, so the whole-text round trip fails).
# A run of a lead byte and its continuation bytes holding at least one C1 control, which text never has.
_LATIN1_RUN = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf]{0,2}[\u0080-\u009f][\u0080-\u00bf]{0,2}")
_C1 = re.compile(r"[\u0080-\u009f]")


def _latin1_run(m: re.Match[str]) -> str:
    try:
        return m.group().encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return m.group()


# Senate pages whose UTF-8 was read as Latin-1 and then lost its C1 bytes: each curly quote,
# apostrophe or dash (three bytes, E2 80 xx) left a lone "â" ("Tomorrowâs election", "said, âThey
# and", "of our country.â?", "WASHINGTON, DC â The"); the closing quote's last byte became "?".
# Only a text that shows the damage is repaired: an apostrophe of a contraction or a possessive
# ("nationâs", "donât", "weâre"; not "Iâm", which reads like "Tâm"), a closing "â?", a dash between
# blanks ("February 10 â the first") or a bullet ("â¢"); French or Vietnamese words ("château",
# "Tân") never have these.
_LOST_SIGN = re.compile(r"[A-Za-z0-9]â(?:s|t|ll|re|ve|d)\b|â[?¢]|[ \t]â[ \t]")
# Any other character beyond ASCII: a damaged page lost all of them but these, so a text holding
# one is real text with real accents ("Nguyễn Văn Tâm", "Lâm Đồng", "château") and left alone
_REAL_NON_ASCII = re.compile(r"[^\x00-\x7fâ¢\xa0]")
# One lost mark, with the closing quote's "?" or the bullet's "¢" ("â¢\tThe Payment ...")
_LOST_MARK = re.compile(r"â([?¢])?")
# The letters after an apostrophe: "nationâs", "Iâll", "weâre", "donât" (not "airâthat": a dash)
_CONTRACTION = re.compile(r"(?:s|t|ll|re|ve|m|d)\b")


def repair_lost_marks(text: str) -> str:
    """Curly quotes, apostrophes and dashes that lost two of their three bytes, back to marks:
    "Tomorrowâs" -> "Tomorrow’s", "said, âThey ...,â? Boxer said" -> "said, “They ...,” Boxer said",
    "DC â The" -> "DC – The", "assetsâland" -> "assets—land". A quote opened on a line and not yet
    closed makes the next ambiguous mark its closing one ("the so-called âclawbackâ provision")."""
    if "â" not in text or _REAL_NON_ASCII.search(text) or not _LOST_SIGN.search(text):
        return text
    out: list[str] = []
    last = 0
    open_quote = False
    for m in _LOST_MARK.finditer(text):
        s, e = m.start(), m.end()
        prev = text[s - 1] if s else "\n"
        nxt = text[e] if e < len(text) else "\n"
        tail = m.group(1)
        if prev == "\n":
            open_quote = False
        if tail == "?":
            mark, open_quote = "”", False
        elif tail == "¢":
            mark = "•"
        elif prev.isalnum() and nxt.isalnum():
            mark = "’" if _CONTRACTION.match(text, e) else "—"
        elif nxt.isalnum():
            mark, open_quote = "“", True
        elif prev in " \t\n" and nxt in " \t\n":
            mark = "–"
        elif open_quote:
            mark, open_quote = "”", False
        else:
            mark = "’" if prev.isalpha() else "—"  # "Jeffordsâ bill", "D.C.â The Senate"
        out.append(text[last:s])
        out.append(mark)
        last = e
    out.append(text[last:])
    return "".join(out)


def _has_controls(text: str) -> bool:
    """Whether `_CONTROL` has anything to remove. Encoding and deleting bytes are C loops that
    run ~3x faster than the regex scan, and control characters are rare: the substitution
    only runs when there are some."""
    return _has_control_bytes(text.encode("utf-8", "surrogatepass"))


def _has_control_bytes(data: bytes) -> bool:
    """Any byte of `_CONTROL_CODES` in `data` (deleting bytes is one C loop)."""
    return len(data.translate(None, _CONTROL_CODES)) != len(data)


def normalize_text(text: str, *, no_controls: bool = False) -> str:
    """CRLF/CR to LF, odd spaces to plain spaces, invisible and control characters out.
    `no_controls`: the caller knows the text holds no `_CONTROL` character (`decode_bytes`
    found no such byte in UTF-8 input), so the test for them (~6 us a release) is skipped."""
    text = repair_mojibake(text)
    if not text.isascii() and "â" in text:
        text = repair_lost_marks(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        if any(c in text for c in _INVISIBLE_CHARS):
            text = _INVISIBLE.sub("", text)
        if any(c in text for c in _ODD_SPACE_CHARS):
            text = _ODD_SPACE.sub(" ", text)
    if not no_controls and _has_controls(text):
        text = _CONTROL.sub("", text)
    return text
