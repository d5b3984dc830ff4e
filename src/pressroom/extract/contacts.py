"""People named in a release's contact lines (`Contact: Barry E. Piatt and Rebecca Pollard`).

The gold conventions count them as people of the release, though they sit in the
boilerplate. Wires flatten contact blocks (`Media Inquiries: ARC Clean Technology Sandra
Donnelly Director, Corporate Services sdonnelly@...`) or glue the label to the name
(`Contact DetailsPeter Roth`), so a name here is a capitalised run cut before the first
position word, checked like any name, and kept when a given name or the e-mail address
(`sdonnelly@`, `Maritza.Ferreira@`) vouches for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import ROLE_WORDS, TITLE_WORDS, first_names, key
from .names import CAP_RUN, GLUED_ROLE, SUFFIXES, _is_initial, name_ok, split_run

# A contact label, maybe glued to what follows: `Contact:`, `Media Contact -`, `Contact DetailsPeter Roth`
CONTACT_LABEL = re.compile(
    r"^\s*(?:(?:Media|Press|Investor|Company|Public|PR|News)\s+)?(?:Contacts?|Inquiries|Enquiries|Relations)"
    r"(?:\s*(?:Details|Information|Info))?\s*[:\-–—]?\s*",
    re.I,
)
# `sdonnelly@arc-cleantech.com`, `Maritza.Ferreira@skanska.com`
EMAIL = re.compile(r"([\w.+-]+)@[\w-]+\.[\w.-]+")
# `202-224-2551`, `(202) 224-5842`, `+1 703-401-0676`, `678.492.2003`
PHONE = re.compile(r"\(?\d{3}\)?[\s./-]?\d{3}[\s./-]\d{4}")
# Any digit, the cheap test before PHONE (which tries a match at every offset): `202`
_DIGIT = re.compile(r"\d")
# A label glued to a name: `DetailsPeter`
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]+[ \t]+[A-Z])")


def _block_is_contact(block: str) -> bool:
    head = block[:40].lower()
    if "contact" in head or "inquir" in head or "enquir" in head or "relations" in head:
        if CONTACT_LABEL.match(block):
            return True
    # an e-mail address or a phone number in a short block (cheap substring tests first)
    return len(block) < 300 and ("@" in block and EMAIL.search(block) is not None
                                 or _DIGIT.search(block) is not None and PHONE.search(block) is not None)


def contact_names(blocks: Sequence[str]) -> list[str]:
    """Names of the people in contact blocks, in order, without duplicates."""
    out: list[str] = []
    fn = first_names()
    for block in blocks:
        if len(block) > 2000 or not _block_is_contact(block):
            continue
        label = CONTACT_LABEL.match(block)
        text = block[label.end():] if label else block
        text = _GLUED.sub(" ", text[:60]) + text[60:]
        mails = [m.group(1).lower() for m in EMAIL.finditer(text)] if "@" in text else []
        for m in CAP_RUN.finditer(text):
            tokens = m.group().split()
            g = GLUED_ROLE.match(tokens[-1])
            if g:  # `Sandro HoferPhone`
                tokens[-1] = g.group(1)
            # cut before the first position word after the name: `Ryan Tourigny Chief Development Officer`
            for i in range(2, len(tokens)):
                if key(tokens[i]) in ROLE_WORDS or key(tokens[i]) in TITLE_WORDS:
                    tokens = tokens[:i]
                    break
            b = split_run(tokens)
            words = tokens[b:]
            core = [w for w in words if not _is_initial(w) and key(w) not in SUFFIXES]
            if not 2 <= len(core) <= 3 or not name_ok(words):
                continue
            first, last = key(core[0]), key(core[-1])
            # `sdonnelly@`, `maritza.ferreira@`, `proth@`, `donnellys@`: the address spells the name
            forms = {first + last, first[:1] + last, f"{first}.{last}", f"{first}_{last}", last + first[:1], last}
            by_mail = len(last) >= 3 and any(mail in forms for mail in mails)
            if first in fn or by_mail or label is not None:
                name = " ".join(words)
                if name not in out:
                    out.append(name)
    return out
