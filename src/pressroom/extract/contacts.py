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

from .lexicon import NON_PERSON_WORDS, ROLE_WORDS, TITLE_WORDS, first_names, key
from .names import CAP_RUN, GLUED_ROLE, SUFFIXES, _is_initial, name_ok, split_run

# A contact label, maybe glued to what follows: `Contact:`, `Media Contact -`, `Contact DetailsPeter Roth`
CONTACT_LABEL = re.compile(
    # (the plural's `s` is no glued name's capital: `ContactSam Turchan`, `CONTACTS:`)
    r"^\s*(?:(?:Media|Press|Investor|Company|Public|PR|News)\s+)?(?:Contact(?-i:s|S(?![a-z]))?|Inquiries|Enquiries|Relations)"
    r"(?:\s*(?:Details|Information|Info|Persons?))?\s*[:\-–—]?\s*",
    re.I,
)
# `sdonnelly@arc-cleantech.com`, `Maritza.Ferreira@skanska.com`
EMAIL = re.compile(r"([\w.+-]+)@[\w-]+\.[\w.-]+")
# Whether a block holds an EMAIL or a phone number (`\(?\d{3}\)?[\s./-]?\d{3}[\s./-]\d{4}`: `202-224-2551`,
# `(202) 224-5842`, `+1 703-401-0676`, `678.492.2003`) anywhere, and nothing else: the same patterns
# without their optional or repeated opening (an address's last character before `@`, a phone
# number without its `(`), so that a match exists exactly when one of the full pattern does.
# Each opens with a character class, which the regex engine skips to instead of trying every
# offset (and an address no longer reads every word to its end before failing at the `@`):
# `s@arc-cleantech.com`, `202) 224-5842`
_EMAIL_ANYWHERE = re.compile(r"[\w.+-]@[\w-]+\.[\w.-]+")
# (or a number written without separators, `12524783422` (press-services blocks): ten or eleven
# digits, no more, its first digit's lookbehind keeping the leading class)
_PHONE_ANYWHERE = re.compile(r"\d{3}\)?[\s./-]?\d{3}[\s./-]\d{4}|\d(?<!\d\d)\d{9,10}(?!\d)")
# A label glued to a name: `DetailsPeter`, `LLPJonathan Naji` (after a firm's suffix); never a
# name's own inner capital after a short head (`LeRoy Coleman`, `McKenzie`, `DeShawn`)
# (or after a short legal form: `ContactPNE AGAlexander Lennemann`, `... GmbHAnna Schmidt`)
_GLUED = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]+[ \t]+[A-Z])|(?<=[A-Z]{3})(?=[A-Z][a-z]+[ \t]+[A-Z])"
                    r"|(?<=[ \t]AG|[ \t]SE)(?=[A-Z][a-z]+[ \t]+[A-Z])")
# A field label glued to the word before it in a flattened block: `CorporationTelephone`,
# `United KingdomWebsite`, `Benoit VeilleuxCFO` (brands like `RazorPitch` stay whole)
_GLUED_FIELD = re.compile(r"(?<=[a-z]{2})(?=(?:Telephone|Phone|Tel|Fax|Mobile|Cell|Email|E-mail|Website|Web|Position|"
                          r"Address|CEO|CFO|COO|CTO)\b)")
# A position abbreviation glued to the next name in a flattened block: `Jonathan Sauppe, Co-CEOAndre
# Jochem, Head of IR` (newmediawire)
# (opening with its literal `C`, which the engine skips to)
_GLUED_AFTER_ROLE = re.compile(r"C[EFOTMI]O(?=[A-Z][a-z]+[ \t]+[A-Z])")
# A camel-case seam inside a word: `RoadRadnor` (`280 King of Prussia RoadRadnor, PA`)
_SEAM = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])")
# What follows a firm's name: `Kessler Topaz Meltzer & Check, LLP`
# (or sends mail on: `Sunshine Sachs, c/o Carlos Peraza or Jody Doyle`)
_FIRM_TAIL = re.compile(r"[ \t]*(?:&[ \t]*[A-Z]|,?[ \t]*(?:LLP|LLC|Inc\b|Ltd\b|PLLC|P\.C\.|P\.A\.|c/o\b))")
# What an e-mail address glued to a surname may be, besides the person's given name, initial
# or initial and surname: `Starmanmedia@`, `Rosoffpress@`, `Kargarinfo@`
_MAIL_HEADS = frozenset({"media", "press", "info", "ir", "pr", "contact", "hello", "news", "team", "office", "ceo"})
# Words of a desk's or a firm's name that no person's name holds (`Exodus Customer Support`, `Best Growth
# Stocks`, `Black Unicorn Factory`, `Bob Mills Furniture`)
_DESK_WORDS = frozenset("support customer customers desk stocks factory furniture marketing newsroom editorial "
                        "helpdesk hotline test user".split())
# Field labels of a contact block that end a name: `Allen Heery Position`, `United Kingdom Website`
_FIELD_WORDS = frozenset({"telephone", "telefon", "phone", "tel", "fax", "mobile", "cell", "email", "e-mail", "website",
                          "position"})
# A place field's label just before a run, which names a place, not a person: `City/Country: Los
# Angeles, USA`, `Country: United States`, `Address: The London ...` (wire contact blocks)
# What follows a city in an address: `Los Angeles, CA 90071`, `Los Angeles, USA`
_PLACE_AFTER = re.compile(r",[ \t]*(?:[A-Z]{2}[ \t]+\d{5}|USA\b|United States\b)")
_PLACE_FIELD = re.compile(r"(?:City|Country|State|Address|Add|Location|Venue)\s*:\s*$")


# A phone number right after a name that opens a contact block: `Anslee Pelham (334) 793-4788
# http://www.entare.org`, `Jordan Petrovich +1 (512) 842-7561` (the press-services wires' block
# under `Contact Information:`: the firm, its address, then the person, the phone and the site)
# (`Shelbie Dion 12524783422 https://springhopedentistry.com`: the number without separators)
_PHONE_AFTER = re.compile(r"[ \t]+(?:\+?1?[ \t]?\(?\d{3}\)?[ \t./-]?\d{3}[ \t./-]\d{4}|\+?\d{10,11})\b")
# The site's host in such a block, which a firm's name spells (`Oasis Bathroom +1954-335-3480
# https://oasisbathroomremodelingbocaraton.com`)
_HOST = re.compile(r"https?://(?:www\.)?([\w.-]+)")


# What joins the names of a list: `Barry E. Piatt and Rebecca Pollard`, `A, B & C`
# (a phone number may follow each name: `Dan Whiting, 202/224-8078; Will Hart, 208/342-7985`)
_LIST_JOIN = re.compile(r"[ \t]*(?:[,;&/]|and)[ \t\d,;/().+-]*(?:and[ \t]+)?$")
# A lead-in naming whom to contact: `For further details, please contact Mael Jules at YPN News Media.`
_CONTACT_BEFORE = re.compile(r"\b(?:[Cc]ontact|[Rr]each)[ \t]*$")


def _block_is_contact(block: str) -> bool:
    head = block[:40].lower()
    if "contact" in head or "inquir" in head or "enquir" in head or "relations" in head:
        if CONTACT_LABEL.match(block):
            return True
    # an e-mail address or a phone number in a short block (cheap substring tests first)
    return len(block) < 300 and ("@" in block and _EMAIL_ANYWHERE.search(block) is not None
                                 or _PHONE_ANYWHERE.search(block) is not None)


def _mail_cut(tokens: list[str], text: str) -> list[str] | None:
    """The name words before an e-mail address glued to the surname, or None: `Emily
    Hardtemily` -> `Emily Hardt` (the address opens with her given name), `Mark Greenmgreen` ->
    `Mark Green` (her initial and surname), `Julie Lambj` -> `Julie Lamb`, `Jessica
    Starmanmedia` -> `Jessica Starman`. A word the block also has whole (`Newton Insights
    Newton@`) is the address itself."""
    if len(tokens) < 2:
        return None
    first, last = key(tokens[0]), tokens[-1]
    if f"{last} " in text or f"{last}," in text:
        return None
    cuts = [(last[:k], last[k:]) for k in range(len(last) - 1, 1, -1) if last[k:].islower() and last[k - 1].islower()]
    for head, rest in cuts:
        if rest == first or rest in _MAIL_HEADS:
            return tokens[:-1] + [head]
    for head, rest in cuts:
        if rest == first[:1] or rest == first[:1] + head.lower():
            return tokens[:-1] + [head]
    return None


def _mail_spells(given: str, surname: str, mails: list[str]) -> bool:
    """Does an e-mail address of the block spell this name (`sdonnelly@`, `maritza.ferreira@`,
    `proth@`, `donnellys@`, `eisenlohr@`)?"""
    if not mails:
        return False
    first, last = key(given), key(surname)
    forms = {first + last, first[:1] + last, f"{first}.{last}", f"{first}_{last}", last + first[:1], last}
    return len(last) >= 3 and any(mail in forms for mail in mails)


def _spelt_by_host(words: list[str], text: str) -> bool:
    """Does a site's host in the block spell the first of these words (a firm's name, not a person's)?"""
    if "://" not in text:
        return False
    host = _HOST.search(text)
    return host is not None and key(words[0]) in host.group(1).lower()


def contact_names(blocks: Sequence[str]) -> list[str]:
    """Names of the people in contact blocks, in order, without duplicates."""
    out: list[str] = []
    fn = first_names()
    # the issuer's name as its About heading gives it ("About Grizzly Research:"), which a contact
    # block may list like a person ("Media Relations: Grizzly Research", "Contact DetailsGrizzly Research")
    issuers = {b[6:].strip(" :") for b in blocks if b.startswith("About ") and len(b) < 80}
    prev_label = False
    since_label = 9  # blocks since the last contact label's own block
    only_by_label: list[str] = []  # names of the last block that only its label vouched for
    for bi, block in enumerate(blocks):
        # a short block right after a contact label's own block, and right before a phone number
        # or an e-mail address, is read as the label's (`Media Contact:` / `Melissa Malekpour` /
        # `melissa@...`; newsdirect's `Contact DetailsRazorPitch Inc` / `Mark McKelvie` / `+1
        # 585-301-7700`): the name opening it is the contact person (not `Contact Information:` /
        # `Redeeming Dogs` / `120 Timberview Drive ...`, the firm and its address)
        after_label, prev_label = prev_label, False
        is_label = len(block) < 100 and "ontact" in block[:20] and CONTACT_LABEL.match(block) is not None
        since_label = 0 if is_label else since_label + 1
        taken = len(out)
        label_only, only_by_label = only_by_label, []
        if after_label:
            nxt = blocks[bi + 1] if bi + 1 < len(blocks) else ""
            after_label = len(block) < 100 and len(nxt) < 300 and (
                "@" in nxt and _EMAIL_ANYWHERE.search(nxt) is not None or _PHONE_ANYWHERE.search(nxt) is not None)
        if len(block) > 2000 or not (_block_is_contact(block) or after_label):
            prev_label = is_label
            continue
        label = CONTACT_LABEL.match(block)
        text = block[label.end():] if label else block
        text = _GLUED.sub(" ", text[:60]) + text[60:]
        text = _GLUED_FIELD.sub(" ", text)
        text = _GLUED_AFTER_ROLE.sub(r"\g<0>, ", text)  # (the position is no part of the name)
        mails = [m.group(1).lower() for m in EMAIL.finditer(text)] if "@" in text else []
        last_end = -1  # where the last name taken ended, for a list of names after the label
        for m in CAP_RUN.finditer(text):
            tokens = m.group().split()
            if tokens[0] == "About":
                continue  # `About Alyxandra Alyxandra is a rising talent`: the About heading after the block
            if _PLACE_FIELD.search(text, max(0, m.start() - 20), m.start()) or _PLACE_AFTER.match(text, m.end()):
                continue  # `City/Country: Los Angeles, USA`, `525 Flower St, Los Angeles, CA 90071`
            fielded = False
            if text.startswith("@", m.end()):
                # `Emily Hardtemily@...`, `Julie Lambj@...`: an e-mail address glued to the surname
                cut = _mail_cut(tokens, text)
                if cut is None:
                    continue
                tokens = cut
            g = GLUED_ROLE.match(tokens[-1])
            if g:  # `Sandro HoferPhone`
                tokens[-1] = g.group(1)
            elif len(tokens) >= 2 and _SEAM.search(tokens[-1]):
                # an address glued to the surname, opening with the given name: `Brett MilotteBrett.Milotte@`,
                # `Greg MichaelsGregory.Michaels@`
                head, _, tail = _SEAM.sub("\0", tokens[-1], count=1).partition("\0")
                if tail.lower().startswith(tokens[0].lower()[:3]) and text.startswith((".", "@"), m.end()):
                    tokens[-1] = head
            # cut before the first position word after the name: `Ryan Tourigny Chief Development Officer`
            for i in range(2, len(tokens)):
                if key(tokens[i]) in _FIELD_WORDS:
                    tokens, fielded = tokens[:i], True
                    break
                if key(tokens[i]) in ROLE_WORDS or key(tokens[i]) in TITLE_WORDS:
                    tokens = tokens[:i]
                    break
            b = split_run(tokens)
            words = tokens[b:]
            core = [w for w in words if not _is_initial(w) and key(w) not in SUFFIXES]
            if (len(core) > 3 or b >= 2) and label is not None and key(tokens[0]) in fn and not text[:m.start()].strip():
                # the person, then the firm, run together after the label: `ContactSam Turchan Joanne
                # Gore Communications Email Us Here`, `ContactJamie Kaminski HSR Zero Waste Email Us Here`
                b, words = 0, tokens[:3] if _is_initial(tokens[1]) else tokens[:2]
                core = [w for w in words if not _is_initial(w)]
            elif (len(core) > 3 or b >= 2) and mails and len(tokens) > 2 and _mail_spells(tokens[0], tokens[1], mails):
                # the person, then the firm, run together, and the address spells the person:
                # `Thomas EisenlohrAccentro Real Estate AGKantstrasse ... eisenlohr@accentro.de`
                b, words = 0, tokens[:2]
                core = words
            if not 2 <= len(core) <= 3 or not name_ok(words):
                continue
            if any(key(w) in _DESK_WORDS for w in words) or issuers and " ".join(words) in issuers:
                continue  # `Contact Exodus Customer Support`, `Contact DetailsBest Growth Stocks`: a desk or a firm
            if _FIRM_TAIL.match(text, m.end()) or any(
                    key(piece) in NON_PERSON_WORDS for w in words if _SEAM.search(w) for piece in _SEAM.split(w)):
                continue  # `Kessler Topaz Meltzer & Check, LLP`, `Prussia RoadRadnor`: a firm, an address
            first = key(core[0])
            by_mail = _mail_spells(core[0], core[-1], mails)
            # (a run cut at a field label may be a firm, `HSR Zero Waste Email`: the label vouches
            # only for a name right after it, `Media RelationsSandro HoferPhone:`)
            # the label vouches only for the run right after it (`Contact DetailsPeter Roth`) and the
            # names listed with it (`Contact: Barry E. Piatt and Brenden Timpe`), not for a firm
            # further on (`Media Contact: Renaud Gagne COO & Co-Founder Supersonic Sites®`)
            listed = not text[:m.start()].strip() or last_end >= 0 and _LIST_JOIN.match(text, last_end, m.start()) is not None \
                or _CONTACT_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
            last_end = -1
            # a name opening a block of the label's section and followed by a phone number (`Contact
            # Information:` / `ENTcare` / `4300 W Main St ...` / `Anslee Pelham (334) 793-4788 http://...`)
            by_phone = (since_label <= 3 and m.start() == 0 and b == 0 and len(core) == len(tokens)
                        and _PHONE_AFTER.match(text, m.end()) is not None and not _spelt_by_host(words, text))
            if first in fn or by_mail or by_phone or (label is not None or after_label) and listed and (not fielded or b == 0):
                last_end = m.end()
                name = " ".join(words)
                if name not in out:
                    out.append(name)
                    if not (first in fn or by_mail):
                        only_by_label.append(name)
                if after_label and label_only:
                    # the label's own run was the firm, the person's name follows it
                    # (`Contact DetailsHot Paper Lantern` / `Sterling A. Randle` / `+1 801-319-6153`)
                    out[:] = [n for n in out if n not in label_only]
                    label_only = []
        # (a label that gave its person, `Contact DetailsCourtney Moed`, is followed by her firm:
        # `Hot Paper Lantern for LINKITSYSTEMS`)
        prev_label = is_label and (len(out) == taken or len(out) == taken + len(only_by_label))
    return out
