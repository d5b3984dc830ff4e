"""Extractive summary of one release (issue 7): the lede plus the most central sentences.

Why extractive and rule-based: every word of a summary must be the release's own, the same
input must always give the same summary, and nothing may be downloaded. So:

1. take the body's sentences (segment.py), leaving out what is not the story even when the
   structure stage kept it in the body: "About ..." sections and everything after them,
   calls to action, contact and web lines, disclaimers, bullets, headings;
2. the lede is the first real sentence (not a subtitle-like heading, not the headline again);
3. every other sentence is scored by degree centrality over TF-IDF vectors (tfidf.py), its
   likeness to the headline, its position, and whether a named person speaks in it (the
   quotes extractor ran first);
4. the best are added greedily while they stay under a word budget and do not repeat what
   is already chosen (maximal marginal relevance), and printed in the release's order.

Sentences are never cut: one that does not fit the budget is skipped, not shortened.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..model import Quote, Release
from . import tfidf
from .segment import split_sentences

MAX_SENTENCES = 3
WORD_BUDGET = 85  # words over all summary sentences: about three ordinary sentences
HARD_CAP = 120  # ... stretched for a second sentence after a long lede
LEDE_MIN_WORDS = 8
MIN_WORDS = 6
HEADING_WORDS = 14  # long words in a heading at most (`Includes Carper-Voinovich Proposal to ...`)
LONG_WORDS = 55  # sentences longer than this read as walls in a summary
MAX_WORDS = 150  # longer "sentences" are lists or text without any sentence end: never used
MAX_CANDIDATES = 400  # sentences scored per release: enough for any real release, bounded for junk
REDUNDANCY = 0.6  # weight of the likeness to sentences already chosen
DUPLICATE = 0.8  # cosine above which a sentence repeats one already chosen

# A paragraph that opens the issuer's boilerplate; it and everything after it is left out:
# `About Safe Pro Group Inc.`, `ABOUT KEY HOUSING Based in Folsom`, `About the Law Firm The ...`, `About zkMe`,
# `FORWARD-LOOKING INFORMATION`, `Forward-Looking Statements`, `Media Contact:`, `Contacto de prensa:`,
# `Safe Harbor Statement`, `###`, `-30-`, `Disclaimer:`, `Sources:`, `Photo download:`
_SECTION_END = re.compile(
    r"(?:About\s+(?:the\s+)?(?:[A-Z]|[a-z]+[A-Z])"
    r"|ABOUT\s"
    r"|(?i:forward[- ]looking\s+(?:statement|information)"
    r"|safe\s+harbor|disclaimer|media\s+(?:contact|inquiries|relations)|press\s+(?:contact|inquiries)"
    r"|contacts?\s*:|contacto|investor\s+(?:contact|relations)|sources?\s*:|photo\s+download"
    r"|notes?\s+to\s+editors?|editor'?s\s+note)"
    r"|#{3}|-\s*30\s*-)"
)
# A sentence that opens the boilerplate inside a paragraph (glued one-line bodies); nothing
# after it is the story: `About SwapFast:SwapFast serves as ...`, `About zkMe Technologies zkMe
# Technologies is ...`, `Disclaimer: The information provided in this press release is not ...`
_BOILER_START = re.compile(
    r"About\s+(?:the\s+)?(?:[A-Z]|[a-z]+[A-Z])|(?i:disclaimer|legal\s+notice|risk\s+warning|important\s+notice)\s*:"
)
# A paragraph that is not running prose: `* $1 helps provide ...`, `![](...)`, `#hashtag`,
# `- bullet`, `• bullet`, `1) item`, `| table |` (a short label such as `Company Updates:` is
# caught by `_is_label`)
_NOT_PROSE = re.compile(r"\s*(?:\*|[•·▪►✓✔\-–—]\s|!\[|#|\d{1,2}[.)]\s|\|)")
LABEL_WORDS = 6
# A bullet mark: `• Legendary NFT Collection: Immerse yourself ...`, `* Safe Pro Group ...`
_BULLET = re.compile(r"\s*(?:\*|[•·▪►✓✔\-–—])\s*(?=\S)")
# A sentence that sends the reader elsewhere or is contact/legal text:
# `For more information about CryptoBox and its services, visit cryptobox.com.`,
# `To learn more about zk.me, please visit https://zk.me/.`, `Learn more on https://...`,
# `Follow KYN Capital Group, Inc. (KYNC) on Twitter and Instagram`, `Visit Option2Trade (O2T)`,
# `Photos courtesy of Shutterstock`, `All rights reserved.`, `Void where prohibited.`
_CALL_TO_ACTION = re.compile(
    r"(?i:\b(?:for\s+(?:more|further|additional)\s+(?:information|details)|to\s+learn\s+more|learn\s+more"
    r"|please\s+visit|click\s+here|visit\s+(?:us|our|the|www|https?)|follow\s+(?:us|\w+(?:\s+\w+){0,4}\s+on\s+"
    r"(?:twitter|x|facebook|instagram|linkedin|social))|courtesy\s+of|all\s+rights\s+reserved"
    r"|void\s+where\s+prohibited|no\s+purchase\s+necessary|subscribe\s+to|sign\s+up\s+(?:for|at)"
    r"|for\s+(?:media|press)\s+inquiries|is\s+a\s+registered\s+trademark)\b)"
    r"|^\s*(?:Visit|Learn|Follow|Contact|Email|Phone|Tel|Website|Source)\b"
)
# Web, e-mail and phone material: `https://thedogstop.com/...`, `www.example.com`,
# `press@example.com`, `(202) 224-2441`, `+1 212 555 0100`
_CONTACT_BITS = re.compile(
    r"https?://|\bwww\.|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|\(\d{3}\)\s*\d{3}-\d{4}|\+\d{1,3}[\s.-]\d{2,4}[\s.-]\d{3}"
)
# A sentence that leans on the one before it: `He added that ...`, `However, the ...`
_DANGLING = re.compile(
    r"[\"“‘']?(?:He|She|It|They|This|These|That|Those|His|Her|Their|Its|However|But|And|Also|Additionally"
    r"|Meanwhile|Furthermore|Moreover|Further|Still|Instead|Such|Both|Then|Thus|Therefore)\b"
)
# A heading glued before a sentence: `Free Staking Plans: Newbies can start staking ...`
_LABEL = re.compile(r"(?:[A-Z][\w&'’-]*\s+){0,4}[A-Z][\w&'’-]*:\s")
_WORD = re.compile(r"\S+")
_LOWER = re.compile(r"[a-z]")
# A capitalised word of four letters or more, to tell a heading from a sentence:
# `Includes Carper-Voinovich Proposal to Improve America's Infrastructure`
_CAP_WORD = re.compile(r"\b[A-Z][\w'’-]{3,}")
_LONG_WORD = re.compile(r"\b[\w'’-]{4,}")
_FOLD = re.compile(r"[^a-z0-9]+")


@dataclass(slots=True)
class Candidate:
    """A body sentence that may go into the summary."""

    order: int  # position among the release's body sentences
    paragraph: int
    text: str
    words: int
    vec: tfidf.Vector
    bag: Counter[str]


def _fold(text: str) -> str:
    return _FOLD.sub(" ", text.lower()).strip()


def _heading_like(text: str) -> bool:
    """Title case with no sentence end: a subtitle or section heading, not a sentence."""
    if text.rstrip("”\"’')").endswith((".", "!", "?")):
        return False
    long_words = len(_LONG_WORD.findall(text))
    if long_words == 0:
        return False
    caps = len(_CAP_WORD.findall(text))
    if long_words > HEADING_WORDS:  # a long line is a heading only when nearly all capitalised:
        return caps >= 0.85 * long_words  # `Guidance Helps Protect Workers Against ... Agreements` (DOJ)
    return caps >= 0.6 * long_words


def _is_label(para: str) -> bool:
    """A short line ending in a colon: `Company Updates:`, `Tokenomics:`, `Photo download:`."""
    text = para.rstrip()
    return text.endswith(":") and len(text.split(None, LABEL_WORDS)) <= LABEL_WORDS


def body_sentences(release: Release, *, bullets: bool = False) -> list[tuple[int, str]]:
    """(paragraph index, sentence) for every sentence of the story, in order.

    Stops at the first paragraph that opens boilerplate (but never at the first paragraph:
    a release may open with "About 40 percent of ..."). Sentences that only send the
    reader elsewhere or carry contact details are dropped wherever they stand. Bullet
    items are left out unless `bullets` (for releases that are little else), and then
    read without their bullet mark.
    """
    out: list[tuple[int, str]] = []
    for i, para in enumerate(release.paragraphs):
        if i > 0 and _SECTION_END.match(para):
            break
        if _is_label(para):
            continue
        if _NOT_PROSE.match(para):
            bullet = _BULLET.match(para) if bullets else None
            if bullet is None:
                continue
            para = para[bullet.end():]
        for s in split_sentences(para):
            text = s.text
            if out and _BOILER_START.match(text):
                return out
            if _CALL_TO_ACTION.search(text) or _CONTACT_BITS.search(text):
                continue
            out.append((i, text))
            if len(out) >= MAX_CANDIDATES:
                return out
    return out


def _candidates(release: Release) -> list[Candidate]:
    sents = body_sentences(release)
    if len(sents) < 2:
        sents = body_sentences(release, bullets=True)
    texts = [t for _, t in sents]
    any_lower = any(_LOWER.search(t) for t in texts)
    bags = [tfidf.terms(t) for t in texts]
    weights = tfidf.idf(bags)
    heads = {_fold(h) for h in (release.title, release.subtitle) if h}
    out = []
    for n, ((para, text), bag) in enumerate(zip(sents, bags)):
        words = len(_WORD.findall(text))
        if (words < MIN_WORDS and len(sents) > 1) or words > MAX_WORDS:
            continue
        if any_lower and not _LOWER.search(text):  # an all-caps heading in a normal release
            continue
        if _fold(text) in heads:  # the headline again, as the body's first line
            continue
        out.append(Candidate(n, para, text, words, tfidf.vector(bag, weights), bag))
    return out


def _pick_lede(cands: list[Candidate], release: Release) -> Candidate | None:
    """The first sentence that reads as the story's opening."""
    fallback = None
    for c in cands[:12]:
        if _heading_like(c.text):
            continue
        if fallback is None:
            fallback = c
        if c.words >= LEDE_MIN_WORDS and not c.text[:1].islower():
            return c
    return fallback or (cands[0] if cands else None)


def _may_follow(text: str) -> bool:
    """Whether a sentence can stand after the lede: not a heading, list intro or teaser cut-off."""
    end = text.rstrip("”\"’')")
    return not (_heading_like(text) or end.endswith((":", "…", "...")))


def _speaker_weights(release: Release) -> dict[int, float]:
    """Paragraph -> bonus for holding a named person's direct quote (more for the main voice)."""
    counts: dict[str, int] = {}
    for q in release.quotes:
        if q.speaker and q.speaker_type == "person":
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    if not counts:
        return {}
    top = max(counts.values())
    out: dict[int, float] = {}
    for q in release.quotes:
        if q.speaker in counts and q.kind == "direct":
            bonus = 0.1 + 0.1 * counts[q.speaker] / top
            out[q.paragraph] = max(out.get(q.paragraph, 0.0), bonus)
    return out


def _unclosed(text: str) -> bool:
    """An opening quote mark with no closing one after it (the quote goes on)."""
    if "“" in text:
        return text.rfind("“") > text.rfind("”")
    return text.count('"') % 2 == 1 and text.lstrip().startswith('"')


def _unopened(text: str) -> bool:
    """A closing quote mark with no opening one before it (the quote began earlier)."""
    if "”" in text:
        return text.find("”") < (text.find("“") if "“" in text else len(text))
    return text.count('"') % 2 == 1 and not text.lstrip().startswith('"')


def _named_in(text: str, release: Release) -> bool:
    return any(p.name and p.name in text for p in release.people)


def _scores(cands: list[Candidate], release: Release) -> list[float]:
    cent = tfidf.degree_centrality([c.vec for c in cands])
    head = " ".join(h for h in (release.title, release.subtitle) if h)
    weights = tfidf.idf([c.bag for c in cands]) if head else {}
    title_vec = tfidf.vector(tfidf.terms(head), weights) if head else {}
    speakers = _speaker_weights(release)
    out = []
    for rank, (c, ce) in enumerate(zip(cands, cent)):
        s = 0.45 * ce + 0.3 * tfidf.dot(c.vec, title_vec) + 0.15 / (1.0 + 0.2 * rank)
        bonus = speakers.get(c.paragraph, 0.0)
        if bonus and not _named_in(c.text, release) and not any(ch in c.text for ch in "\"“”"):
            bonus /= 2  # the quote is in the paragraph but maybe not in this sentence
        s += bonus
        if c.words > LONG_WORDS:
            s *= 0.6
        elif c.words < 12:
            s *= 0.6 + 0.4 * (c.words - MIN_WORDS) / (12 - MIN_WORDS)
        if _DANGLING.match(c.text):
            s *= 0.7
        if c.text.endswith("?"):
            s *= 0.8
        if _LABEL.match(c.text):
            s *= 0.6
        if _unclosed(c.text) or _unopened(c.text):
            s *= 0.65  # a quote that runs over a sentence end reads cut off
        if c.text[:1].islower():
            s *= 0.5  # a fragment: the sentence began in a heading or a dateline
        out.append(s)
    return out


def select(release: Release) -> list[str]:
    """The summary's sentences, in the release's order."""
    cands = _candidates(release)
    if not cands:
        return []
    lede = _pick_lede(cands, release)
    assert lede is not None
    chosen = [lede]
    used = lede.words
    scores = _scores(cands, release)
    pool = [i for i, c in enumerate(cands) if c is not lede and _may_follow(c.text)]
    while len(chosen) < MAX_SENTENCES and pool:
        # a second sentence may stretch the budget (the lede can be long); a third may not
        cap = WORD_BUDGET if len(chosen) >= 2 else HARD_CAP
        best, best_val = None, 0.0
        for i in pool:
            c = cands[i]
            if used + c.words > cap:
                continue
            sim = max(tfidf.dot(c.vec, o.vec) for o in chosen)
            if sim >= DUPLICATE:
                continue
            val = scores[i] - REDUNDANCY * sim * max(scores[i], 0.0)
            if best is None or val > best_val:
                best, best_val = i, val
        if best is None:
            break
        chosen.append(cands[best])
        used += cands[best].words
        pool.remove(best)
    chosen.sort(key=lambda c: c.order)
    return [c.text for c in chosen]


def summarize(release: Release) -> str:
    """A 2-3 sentence extractive summary of the release's body; "" when it has no prose."""
    return " ".join(select(release))


def key_quotes(release: Release) -> dict[str, Quote]:
    """Each speaker's most telling quote: direct before reported, then the most central.

    Centrality is measured against the body's own TF-IDF centroid, so the quote chosen is
    the one closest to what the release is about, not merely the longest.
    """
    by_speaker: dict[str, list[Quote]] = {}
    for q in release.quotes:
        if q.speaker and q.text.strip():
            by_speaker.setdefault(q.speaker, []).append(q)
    if not by_speaker:
        return {}
    bags = [tfidf.terms(t) for _, t in body_sentences(release)]
    weights = tfidf.idf(bags)
    center = tfidf.centroid([tfidf.vector(b, weights) for b in bags])
    out: dict[str, Quote] = {}
    for speaker, qs in by_speaker.items():
        def rank(item: tuple[int, Quote]) -> tuple[int, int, float, int]:
            n, q = item
            words = len(_WORD.findall(q.text))
            return (q.kind == "direct", words >= MIN_WORDS, tfidf.dot(tfidf.vector(tfidf.terms(q.text), weights), center), -n)

        out[speaker] = max(enumerate(qs), key=rank)[1]
    return out
