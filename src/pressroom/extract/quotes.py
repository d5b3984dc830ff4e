"""Who said what in one release: direct and reported quotes with their speakers, and the
people the release names.

The steps, each in its own module:

1. `quotemarks.find_spans`: the quoted spans, run-on quotes joined over paragraph breaks;
2. `names.scan`: the people named in every paragraph, registered in a `Registry` so that a
   later `Marotto` or `Mr. O'Brien` is the same person as `Col. Wayne Marotto`;
3. attribution of each span (`speakers`): the words right after or right before it, then the
   speaker of the paragraph or of the paragraph before for a quote that carries on;
4. `indirect.find_indirect`: reported speech in the sentences that hold no direct quote;
5. `contacts.contact_names`: people named in `Contact:` lines of the boilerplate.

Spans nobody is reported as saying (scare quotes, titles of works, nicknames) and quotes
whose speaker cannot be told are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import islice

from ..model import Person, Quote
from . import sentences
from .contacts import contact_names
from .indirect import BRIDGE_WORDS, TELL_VERBS, _document_subject, find_indirect
from .lexicon import REPORTING_VERBS, ROLE_WORDS, key
from .names import (ABBREVIATIONS, F_GIVEN, F_INITIAL, F_LEADING, F_NONPERSON, F_PERSON_PREFIX, F_PLACE, F_PREFIX, F_ROLE, F_TITLE,
                    _strip_possessive, appositive_role, flags, scan)
from .nonpersons import NonPersons
from .people_registry import Entry, Registry
from .quotemarks import SAID_NAME, Ranges, Span, find_spans
from .speakers import (
    DOCUMENT_WORDS,
    _group_noun,
    LEAD_INVERTED,
    LEAD_LABEL,
    LEAD_PHRASE,
    LEAD_TAIL,
    AFTER_TRAIL_VERB,
    TRAIL_ACCORDING,
    TRAIL_SUBJ_FIRST,
    TRAIL_VERB_FIRST,
    VERB,
    _VERB_TRIE,
    Resolver,
    Speaker,
)

# A transcript label before a quote: `BIDEN: `, `Sen. Smith: `
SPEAKER_LABEL = re.compile(r"^\s*((?:(?:Sen|Rep|Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][A-Za-z'’-]+):\s*$")
# A statement announced in the paragraph before: `Sen. Jeff Bingaman released the following statement today:`
STATEMENT_INTRO = re.compile(r"\s(?:has\s+)?(?:issued|released|made|entered|delivered|gave|offered|provided|submitted|sent)\s+"
                             r"(?:the\s+following|this|a)\s+(?:joint\s+)?(?:statement|remarks|comments?|testimony)\b")
# A statement announced before the paragraph that quotes it, with its speaker (`owner`):
# `Sen. David Vitter today made the following statement after the U.S. Senate voted ...`,
# `Sen. Debbie Stabenow (D-MI) offered the following comment today on ...`
_STATEMENT_NOUN = r"(?:statement|remarks|comments?|testimony|speech|address)s?"
INTRO_MADE = re.compile(
    r"\s(?:has\s+|have\s+)?(?:today\s+|also\s+|then\s+|later\s+)?(?:issued|released|made|entered|"
    r"delivered|gave|offered|provided|submitted|presented|read)\s+(?:today\s+|also\s+)?(?:the\s+following|this|these)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _STATEMENT_NOUN + r"\b")
# `Below are his remarks as prepared for delivery.`, `Chairman Domenici's statement:`, `Here is
# Grassley's comment.`, `Excerpts from Senator Mikulski's floor statement, as delivered, are below:`
INTRO_OWNED = re.compile(
    r"(?P<owner>\b(?:[Hh]is|[Hh]er)|(?<![\w'’])(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*?(?:['’]s|s['’]))\s+(?:[\w-]+\s+){0,2}?"
    + "(?i:" + _STATEMENT_NOUN + r")\b")
# `The following is a statement from Sen. Carper on ...`, `Statement of Sen. Mark Dayton on ...`
INTRO_BY = re.compile(r"\b" + _STATEMENT_NOUN + r"\s+(?:from|by|of)\s+(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)", re.I)
# `Carper Statement the Death of Coretta Scott King`, `Sen. Salazar's Statement on ...` (a heading line)
INTRO_NAMED = re.compile(r"^(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:Statement|STATEMENT)\b")
# Excerpts or a transcript announced after a sentence naming the speaker: `The following are excerpts
# from the program:`, `The following is a transcript of his remarks`
_EXCERPTS = re.compile(r"\b[Tt]he following (?:are|is) (?:an? )?(?:excerpts?|transcript)\b")
# What says a paragraph announces what comes next: `... the following ...`, `is below:`, `follows:`
_ANNOUNCES = re.compile(r"\b(?:following|[Bb]elow|follows|[Hh]ere (?:is|are))\b|:\s*$")
# A headline that names the speaker of a release that is one statement: `SEN. COLEMAN ISSUES
# STATEMENT ON ...`, `SEN. FEINSTEIN COMMENTS ON ...` (not `SEN. CRAIG: NOT JUST ANYBODY`, a column
# that opens with someone else's saying)
TITLE_STATEMENT = re.compile(
    r"^(?P<owner>[^:]{2,60}?)(?:\s+(?:issues|releases|makes|delivers|offers)\s+(?:[\w-]+\s+){0,2}?statement|"
    r"\s+comments\s+on\b)", re.I)
# The capitalised head of a sentence, up to its first lower-case word: `Sen. Rick Santorum (R-PA), Chairman
# of the Senate Republican Conference, `, `Senate Majority Whip Mitch McConnell `
# The words a lede opens with before its subject, a time or place (`Today,`, `On Tuesday,`,
# `During a hearing today,`) and, after one, a lower-case place phrase (`on the Senate floor,`)
_OPENING_WORDS = ("Today, ", "Yesterday, ", "Tonight, ", "On ", "In ", "At ", "During ", "Earlier ", "Later ")
_LOWER_LEAD = re.compile(r"(?:on|in|at|during|after|before|following|with)[ \t][^,\n]{1,60},[ \t]+")
_SUBJECT_HEAD = re.compile(r"(?:(?:[A-Z][\w.'’-]*|of|the|and|for|on|de|\([^()\n]{1,30}\))[ \t,]+)+")
# A reporting verb after a blank anywhere (`Dorgan said`): TRAIL_SUBJ_FIRST, which tries every
# length of its subject, can only match a text that holds one, and most texts after a quote do not
_VERB_AFTER_BLANK = re.compile(rf"[ \t](?:{_VERB_TRIE})\b")
# A topic label opening a paragraph before a quote: `On Medicare Agreement: `, `On his perfect voting record: `
_TOPIC_LABEL = re.compile(r"[ \t]*On[ \t][^.!?:\"“”\n]{2,80}:[ \t]*")
# A person's verdict on a thing, in his words, closing the sentence: `Speaker of the House Dennis
# Hastert called the package "dead on arrival."` (Senate Dayton), `which Sen. Olympia Snowe called a
# "glaring gap in ... our federal judiciary."` (Senate Snowe): the verb, then an object of one to
# four lower-case words (`the package`, `a`) before the opening mark (no object is a name: `a
# program called "X"`); the quote closes the sentence (`Mark Rey termed the proposal "constructive"
# and agreed to ...` is left alone: `_closes_sentence`)
CALLED_IT = re.compile(r"[ \t](?:called|termed)[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,3}[a-z][\w'’-]*[ \t]*$")
# A heading line inside a long statement: `On Energy:`, `PEACHCARE`, `On the President's strategy for
# victory in Iraq` (not `CEO Commentary`, nor `The language requested by Domenici and Bingaman reads:`)
_STATEMENT_HEADING = re.compile(r"^\s*(?:On[ \t][^.!?\"“”\n]{1,160}|[A-Z][A-Z0-9 &'’-]{2,60}):?\s*$")
# A line signing the quote above it: a name, then a position with a role word, no full stop:
# `Mike Barrett, CEO, Pride Holdings Group`, `Luke Chua CEO, BullionStar`, `– Jane Doe, Founder`
# A clause that is a name with its title, nothing else: `U.S. Senator Daniel K. Akaka` (not a
# party tag `R-Texas`, nor `the senator`)
_CLAUSE_NAME = re.compile(r"(?:[A-Z][\w.'’]*[ \t]+)+[A-Z][a-z]+")
# (`Natalie Williams, Marketing Director, at Airwallex EMEA.`, `Gracy Chen, Managing Director of Bitget.`:
# a connective inside the position, after its first word)
_SIGNATURE = re.compile(r"^[–—-]*[ \t]*(?P<given>[A-Z][a-z]+)[ \t]+[A-Z][\w'’-]+,?[ \t]+(?P<role>[A-Z][\w&.'’-]*),?[ \t]*"
                        r"(?:(?:[A-Z][\w&.'’-]*|of|at|for|and|the|in|&),?[ \t]*){0,9}$")
# Any double quotation mark, as characters: six substring tests (a memchr each) beat a regex
# class scan over the whole release: `"`, `“`
_ANY_MARKS = ('"', "“", "”", "«", "»", "„")
# A headline opening with a lawmaker and a verb (not a column's `SEN. CRAIG: NOT JUST ANYBODY`):
# `Sen. Coleman Condemns Moveon.Org Ad Slandering General Petraeus` (read in title case)
TITLE_LAWMAKER = re.compile(r"^(?P<owner>(?:U\.S\.[ \t]+)?(?:Sen|Sens|Senator|Rep|Congressman|Congresswoman|Gov)\.?[ \t]+"
                            r"[A-Z][\w'’-]+)(?:,[ \t]+[A-Z][\w'’-]+)*[ \t]+[A-Z][a-z]+s\b")
# A line that only dates the release, between a statement's announcement and its text
_DATE_LINE = re.compile(r"^\s*(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*$")
# What a lead-in verb may take before its colon, however long: `Nathan Woolnough, President and Founder of
# Rexla Global, also shared his thoughts on the company's user-focused approach:`, `Co-Founder Abhay Gupta
# commented on the evolution of the company's groundbreaking technology:`
_INTRO_OBJECT = re.compile(r"[ \t]+(?:his|her|their|its|on|about|regarding|upon)\b")
# Whom a trailing `told` names: `," Byrd told his colleagues.`, `," Rep. Johnny Olszewski told Capital News
# Service in an interview.`, `," Tymoshenko told Lugar in a meeting today.`
# `," Sen. Bernie Sanders, a cosponsor of the resolution, told nationally syndicated radio host Bill Press`
_TOLD_WHOM = re.compile(r"[ \t]+\w")
# A document's words: `," reads a rare resolution of rebuke.`, `," reads a recent article.`
_READS = re.compile(r"^[\s,]*reads[ \t]+(?:a|an|the|its|this)\b")
# What a person heading the sentence before an unattributed quote does when the quote is theirs: voices
# a view or a feeling (`Brig. Gen. Lunt commended Sethera’s vision.`, `Prof. Harry Shum reflected on ...`,
# `Albin Warin, CEO of XT, expressed his thoughts ...`, `Snowe is also pleased that ...`, `Burns invited
# Rose to Washington ...`), not a deed (`Tom Daschle submitted Adelstein's name ...`)
_EXPRESSED = re.compile(
    r"(?:(?:also|further|then|again|later|warmly|strongly|publicly)[ \t]+)?(?:"
    r"commended|praised|applauded|lauded|hailed|welcomed|thanked|congratulated|celebrated|reflected|expressed|voiced|"
    r"called|invited|urged|spoke|discussed|addressed|shared|offered|weighed|underscored|highlighted|acknowledged|"
    r"recognized|recognised|honored|honoured|paid|credited|echoed|summed|described|characterized|"
    r"(?:is|was|are|were)[ \t]+(?:also[ \t]+|very[ \t]+|particularly[ \t]+)?(?:pleased|proud|thrilled|excited|delighted|"
    r"grateful|happy|confident|optimistic|concerned|disappointed|encouraged|enthusiastic|upbeat))\b")
# `as he put it, "`, `as she puts it, “` before a quote
LEAD_PUT_IT = re.compile(r"\b[Aa]s[ \t]+(?P<who>he|she|[A-Z][^,;:\"“”]{1,80}?)[ \t]+puts?[ \t]+it,?[ \t]*$")
# An `according to` lead-in ending right before a quote: `According to holistic veterinarian Dr. Babette
# Gladstein, "`, `According to ADIA’s CEO, Larry Powalisz, “` (a document is no speaker: `According to the
# Times article, "`)
LEAD_ACCORDING = re.compile(r"\b[Aa]ccording[ \t]+to[ \t]+(?P<who>[^,:;\"“”]{2,120}(?:,[ \t]+[^,:;\"“”]{2,80})?),[ \t]*$")
# An attribution set off by a dash after the quote: `" - Kimberley Richmond, Director of Sales at Alhi Weddings`
TRAIL_DASH = re.compile(r"^\s*[-–—]+\s*(?P<who>[A-Z][^\n\"“”]{1,160})")
# A name and a position in parentheses right after the quote: `" (Alex Ye, Republic Crypto Senior Director).`
TRAIL_PAREN = re.compile(r"^[ \t]*\((?P<who>[A-Z][^()\n\"“”]{1,160})\)[ \t]*[.!?]?[ \t]*(?:$|[A-Z])")
# The largest paragraph read word by word; longer ones (a file that lost its line breaks)
# are cut into pieces of this size so that no rule ever sees more.
MAX_PARAGRAPH = 20_000
# A quoted span that is only a name or a title: `"Parallel Track"`, `"The Economic Benefits of Surety Bonds"`
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Punctuation that ends a quoted statement inside the marks: `...goal,”`, `...year."`
_END_PUNCT = frozenset(",.!?…;:—–-")


def _pieces(paragraphs: Sequence[str]) -> tuple[list[str], list[int]]:
    """Paragraphs cut to at most MAX_PARAGRAPH characters, with the index of the paragraph
    each piece came from. Nearly every release has no paragraph that long: it is then
    copied whole, without a loop in Python."""
    if not paragraphs or max(map(len, paragraphs)) <= MAX_PARAGRAPH:
        return list(paragraphs), list(range(len(paragraphs)))
    out: list[str] = []
    origin: list[int] = []
    for n, p in enumerate(paragraphs):
        if len(p) <= MAX_PARAGRAPH:
            out.append(p)
            origin.append(n)
        else:
            for i in range(0, len(p), MAX_PARAGRAPH):
                out.append(p[i:i + MAX_PARAGRAPH])
                origin.append(n)
    return out, origin


def _plain_object(verb: str, obj: str | None) -> bool:
    """Does the text between a verb and a quote only say to whom or when it was said?
    `told VA Secretary Nicholson,` yes; `pointed out that IMUA offers` no."""
    if not obj:
        return True
    words = obj.split()
    if verb.split()[0].lower() in TELL_VERBS:
        return len(words) <= 8
    return all(key(w) in BRIDGE_WORDS for w in words)


def _looks_like_title(words: list[str]) -> bool:
    """`The Economic Benefits of Surety Bonds`: most words capitalised, short."""
    if len(words) > 12:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    small = sum(1 for w in words if w in ("of", "the", "and", "a", "an", "for", "in", "on", "to", "at", "by", "with", "&"))
    return caps >= 2 and caps + small >= len(words) and caps >= 0.6 * (len(words) - small)


# Words before a quoted name, title or slogan: `its slogan "..."`, `known as "..."`, `titled "..."`
NAMING = re.compile(r"\b(?:slogan|motto|tagline|theme|titled|entitled|called|named|dubbed|known as|referred to as|"
                    r"hashtag|campaign|the words|the phrase|the term|nicknamed|labeled|labelled|branded|billed as)[ ,:]*$", re.I)


# The longest word group NAMING ends with: `referred to as`
_NAMING_LONGEST = len("referred to as")


def _named_before(par: str, at: int) -> bool:
    """Does NAMING match in the 40 characters before offset `at` (`its slogan "`)? Its words end
    with a letter, so a match ends where the blanks, commas and colons before `at` begin, and
    starts at most 14 characters before that: the search reads those only, not all 40 offsets
    (`\\b` still sees the character before where the search starts)."""
    lo = max(0, at - 40)
    j = at
    while j > lo and par[j - 1] in " ,:":
        j -= 1
    return NAMING.search(par, max(lo, j - _NAMING_LONGEST), at) is not None


# A preposition or article right before an opening mark, with nothing but blanks between:
# the quoted words are a noun phrase inside the sentence, a title or a name (`her
# aspirations for "Float," Alyxandra said`), not words someone says
_EMBED_BEFORE = re.compile(r"\b(?:for|of|in|on|about|from|with|by|into|to|at|the|a|an|her|his|their|its|our|new|latest)[ \t]*$")
# A short quoted name followed by an appositive (`announced "UNITED4OC 2030," a bold ... plan`)
_APPOSITIVE_AFTER = re.compile(r"[ \t]+(?:a|an)[ \t]+[a-z]")
# The most words an embedded name or title holds
_EMBED_WORDS = 4


def _embedded_name(par: str, s: Span) -> bool:
    """Is a short quoted span a title or a name the sentence around it uses as a noun?
    Only spans of at most four words, every one capitalised (a name's or a title's), are read
    (a phrase in lower case after `a` is the speaker's own words): two tests on the characters just before the
    opening mark and just after the closing one."""
    words = s.text.split()
    if s.end_para != s.para or len(s.text) > 60 or len(words) > _EMBED_WORDS:
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False  # `was a "transparent charade," Kyl added`: his words, in lower case
    if _EMBED_BEFORE.search(par, max(0, s.open_at - 12), s.open_at):
        return True
    return s.text.rstrip()[-1:] == "," and _APPOSITIVE_AFTER.match(par, s.close) is not None


# How much of a quoted span is read for its first words: 13 words fit in it most of the time
_FIRST_WORDS_CHARS = 120


# A word of a heading: `Former`, `Officer`, `and`, `after` (words of four letters or more are counted)
_HEADING_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")
# A small word in lower case: `and`, `on`, `of`, `to`, `after`
_SMALL_LOWER = re.compile(r"(?<![\w'’-])(?:and|or|of|on|to|in|for|at|by|after|with|from|the|a)(?![\w'’-])")


def _heading(par: str) -> bool:
    """Is a paragraph a heading in title case (`Former Officer Stole Victims Debit Card and Other
    Items after Responding to Car Accident`): short, no closing stop or quotation mark, nearly
    every word of four letters or more capitalised, and some small word in lower case (a line
    that only names someone, `The Honorable Ramesh Nath Pandey`, has none)?"""
    if len(par) > 200 or par.rstrip()[-1:] in ".!?\"”" or _SMALL_LOWER.search(par) is None:
        return False
    words = _HEADING_WORD.findall(par)
    return len(words) >= 3 and sum(1 for w in words if w[0].isupper()) >= 0.85 * len(words)


def _short_sentence_after(par: str, s: Span) -> bool:
    """Is a quote `_quote_worthy` turned down (under five words, or shaped like a title) a whole
    sentence of two words or more, opening right after a sentence that ends in the same paragraph:
    `"... get some justice today," Dorgan said. "But the wreckage remains."` (Senate Dorgan), `,"
    Nelson said today. "It must be stopped."` (Senate Bill Nelson)? The speaker's follow-on words,
    however short, not a scare quote."""
    return (s.text.rstrip()[-1:] in ".!?" and len(_first_words(s.text)) >= 2
            and par[:s.open_at].rstrip().endswith((".", "!", "?")))


def _first_words(text: str) -> list[str]:
    """The words of a quoted span, only the first 13 of a long one: every test below counts
    to 12 at most, and a quote that runs to the end of a file holds thousands. The words are
    read from the span's first characters when 14 fit there (the 14th may be cut short, the
    first 13 are whole); the rest of the span is read only when fewer do."""
    if len(text) > _FIRST_WORDS_CHARS:
        words = _WORD.findall(text, 0, _FIRST_WORDS_CHARS)
        if len(words) >= 14:
            return words[:13]
    if len(text) <= 300:
        return _WORD.findall(text)
    return [m.group() for m in islice(_WORD.finditer(text), 13)]


def _quote_worthy(text: str, adjacent: bool) -> bool:
    """Is a quoted span a statement rather than a scare quote or a title?"""
    words = _first_words(text)
    if not words:
        return False
    if adjacent:
        if _looks_like_title(words) and text.rstrip()[-1:] not in ".!?":
            return False  # `"Liberate Your Toes with Comfortable Shoes," FitVille ...`
        return len(words) >= 2 or text.rstrip()[-1:] in _END_PUNCT and len(words) >= 1
    if len(words) < 5:
        return False
    return not _looks_like_title(words)


_NO_RANGES = Ranges()
# The speaker of a quote whose own attribution names someone the rules cannot tell
# (`"...," said Ensign.` with no Ensign met before, `"...," said the CEO of PlusTraders.`): the
# quote is left out, and so are the quotes that would otherwise borrow a speaker from it or
# lend it one (the rest of its paragraph, a quote paragraph right after it).
UNKNOWN = Speaker("", "unknown")
# A subject phrase that stands for someone: it opens with a capital or an article, and is no
# bare pronoun (`he said` with nobody met yet still lets the quote carry on)
_SOMEONE = re.compile(r"^\s*(?:[A-Z]|(?:the|a|an|one|another|our|its|their)\s)")


def _names_someone(who: str) -> bool:
    """Does a trailing subject phrase name a speaker (`Ensign`, `the CEO of PlusTraders`)?"""
    words = who.split()
    return bool(words) and len(words) <= 12 and _SOMEONE.match(who) is not None and not any(
        key(w) in ("he", "she", "it", "they", "we", "i") for w in (words[0], words[-1]))


# Words after a name ending in `s` that show no lost possessive: a verb or a function word
# (`Susan Williams said`, `Jim Talent has`, `Sessions and`)
_NOT_OWNED = frozenset("""said says was is has had have will would could should may might can did does and or
of to in on at for from by with as who which that but also then today yesterday told added noted stated
pleaded admitted agreed faces faced received announced""".split())
# The next word after a name: `misconduct` in `Andy Heaths misconduct`
_NEXT_WORD = re.compile(r" ([a-z]+)")


def _lost_possessive(name: str, par: str, end: int, text: str, stems: dict[str, bool]) -> str | None:
    """The name without the `s` of a possessive whose apostrophe got lost, or None: `executed a
    federal search warrant at David Bostics residence ... Bostic, 26, possessed` (DOJ), `during
    former President Chens administration`, `Following President Bushs press conference` (Senate
    Casey), `Larry and Andy Heaths misconduct`. The word after it is no verb or function word, and
    the release writes the name without the `s` as a word of its own, not followed by a capital
    (`Bostic, 26`, `Chen was`; not the given name of `William Smith` behind `Susan Williams`).
    `stems` keeps the answer per stem for the release (one text search each, however many uses)."""
    last = name.rsplit(" ", 1)[-1]
    if len(last) < 4 or last.endswith(("ss", "'s", "’s")) or not last[0].isupper():
        return None
    nxt = _NEXT_WORD.match(par, end)
    if nxt is None or nxt.group(1) in _NOT_OWNED:
        return None
    stem = last[:-1]
    alone = stems.get(stem)
    if alone is None:
        alone = stems[stem] = _stands_alone(stem, text)
    return name[:-1] if alone else None


def _stands_alone(word: str, text: str) -> bool:
    """Does `text` write `word` as a word of its own, not followed by a capitalised word?"""
    n = len(text)
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (j == n or not text[j].isalnum()) and not (
                text[j:j + 1] == " " and text[j + 1:j + 2].isupper()):
            return True
        i = text.find(word, j)
    return False


class _Release:
    """The state of one extraction: paragraphs, spans, people, speakers so far."""

    def __init__(self, paragraphs: list[str], title: str | None, location: str | None = None) -> None:
        self.paras = paragraphs
        self.title = title or ""
        self.registry = Registry()
        text = "\n".join(paragraphs)
        self.nonpersons = NonPersons(text, location)
        self.resolver = Resolver(self.registry, title=title or "", text=text, nonpersons=self.nonpersons)
        self.spans = find_spans(paragraphs, text)
        self._edges: dict[int, list[int]] = {}
        self._starts: list[int] | None = None
        self._stems: dict[str, bool] = {}  # `_lost_possessive`'s answers per stem
        self.busy: dict[int, Ranges] = {}
        self.pending: list[Span] = []
        # quoted ranges per paragraph, marks included
        self.quoted: dict[int, Ranges] = {}
        for s in self.spans:
            if s.end_para == s.para:
                self.quoted.setdefault(s.para, Ranges()).add(s.open_at, s.close)
            else:
                self.quoted.setdefault(s.para, Ranges()).add(s.open_at, len(paragraphs[s.para]))
                for q in range(s.para + 1, s.end_para):
                    self.quoted.setdefault(q, Ranges()).add(0, len(paragraphs[q]))
                self.quoted.setdefault(s.end_para, Ranges()).add(0, s.close)

    def edges(self, pi: int) -> list[int]:
        e = self._edges.get(pi)
        if e is None:
            e = self._edges[pi] = sentences.ends(self.paras[pi])
        return e

    def in_quote(self, pi: int, pos: int) -> bool:
        r = self.quoted.get(pi)
        return r is not None and r.contains(pos)

    # -- people ---------------------------------------------------------------------------
    def register_people(self) -> None:
        reg = self.registry
        for pi, par in enumerate(self.paras):
            quoted = self.quoted.get(pi) or _NO_RANGES
            for men in scan(par):
                if not (men.title or men.role or men.plural) and self.nonpersons(men.name):
                    continue  # `Hong Kong`, `Morgan Stanley`: the release shows a place or a firm
                if not men.strong:
                    w = men.name.split()
                    if 2 <= len(w) <= 3 and not quoted.contains(men.start):
                        reg.weak.setdefault(key(w[-1]), men.name)
                    continue
                name = men.name
                if name.count(" ") >= 2 and not any(flags(w) & (F_GIVEN | F_INITIAL) for w in name.split()) and _heading(par):
                    # `Former Officer Stole Victims Debit Card and Other Items after ...` (DOJ 05109's
                    # subtitle), `Statement by Senator Feinstein on Reports President Bush Authorized
                    # Leak of ...`: in a heading every word is capitalised, so a title before three
                    # words or more, none a given name or an initial, vouches for no name (`Senator
                    # Feinstein`, `The Honorable Kent Conrad`, `Calum Devlin, Manager` still do)
                    continue
                if name[-1] == "s" and par[men.end:men.end + 1] == " " and par[men.end + 1:men.end + 2].islower():
                    # (pre-test: a name ending in `s` before a lower-case word, 1 mention in 40)
                    # (not a surname the release already knows with its `s`: `Conrad Burns`, then a
                    # typo `Senator Burn's efforts`, keeps `Senator Burns office` his)
                    if not reg.has_surname(name.rsplit(" ", 1)[-1]):
                        name = _lost_possessive(name, par, men.end, self.resolver.text, self._stems) or name
                e = reg.add(name, title=men.title, role=men.role, at=(pi, men.start))
                if not quoted.contains(men.start):
                    reg.mention(e, (pi, men.start))
        # the surname pass only matters for `he said` and look-alike surnames: run it when
        # the registry is first asked who was mentioned last
        reg.before_recency = self.short_mentions

    def short_mentions(self) -> None:
        """Note every later surname mention (`Marotto added`) on the timeline. Plain substring
        search: a release names a handful of people, and `str.find` beats compiling a regex.
        Each surname is looked for once in the whole text (the paragraphs joined by newlines,
        which count as word edges like a paragraph's ends), not once per paragraph; the hits
        are then taken in paragraph, surname, offset order, as a per-paragraph loop would."""
        names = self.registry.surnames()
        if not names:
            return
        text = self.resolver.text
        starts = self._para_starts()
        n = len(text)
        hits: list[tuple[int, int, int]] = []
        for wi, word in enumerate(names):
            i = text.find(word)
            while i >= 0:
                j = i + len(word)
                if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-'’")) and (
                        j == n or not (text[j].isalnum() or text[j] == "-")):
                    pi = bisect_right(starts, i) - 1
                    hits.append((pi, wi, i - starts[pi]))
                i = text.find(word, j)
        hits.sort()
        for pi, wi, i in hits:
            if not self.in_quote(pi, i):
                e = self.registry.find([names[wi]], (pi, i))
                if e is not None:
                    self.registry.mention(e, (pi, i))

    def _para_starts(self) -> list[int]:
        """Offset of each paragraph in `self.resolver.text` (the paragraphs joined by newlines)."""
        if self._starts is None:
            self._starts = []
            at = 0
            for p in self.paras:
                self._starts.append(at)
                at += len(p) + 1
        return self._starts

    # -- direct quotes ---------------------------------------------------------------------
    def attribute(self, s: Span, prev_close: int, next_open: int) -> tuple[Speaker | None, bool]:
        """(speaker, adjacent) for one span from the text around it.

        `adjacent` says the attribution touches the quote (`"...," said X`), which vouches
        for a short quote; a reporting verb elsewhere in the sentence does not.
        """
        res = self.resolver
        # after the closing mark, up to the next quote or the sentence end
        tp = s.end_para
        tpar = self.paras[tp]
        stop = next_open if next_open >= 0 else len(tpar)
        after = tpar[s.close:stop]
        if after.strip():
            edges = self.edges(tp)
            end = sentences.end_of(edges, s.close, len(tpar))
            if s.close < end <= stop and not tpar[s.close:end].strip() and not tpar[s.close:stop].rstrip().endswith((",", ":")):
                # the quote closed its own sentence (`...young adults." Grassley said.`): the
                # attribution is the sentence after it, unless that sentence leads into the next
                # quote (`..." LeClair added, "NASBP and SFAA ..."`)
                end = sentences.end_of(edges, end, len(tpar))
            if s.close < end <= stop:
                after = tpar[s.close:end]
            unknown = False  # an attribution touches the quote but names nobody the rules can tell
            m = TRAIL_VERB_FIRST.match(after)
            if m:
                who = _first_clause(m.group("who"))
                if _document_subject(who):
                    return UNKNOWN, True  # `," stated a report from Bullion Exchanges.`: a document's words
                sp = res.resolve(who, (tp, s.close))
                if sp is not None:
                    self._trailing_role(sp, after[m.end("verb"):])
                    return sp, True
                unknown = _names_someone(who)
            m = TRAIL_SUBJ_FIRST.match(after) if _VERB_AFTER_BLANK.search(after) else None
            if m and len(m.group("who").split()) <= 9 and (AFTER_TRAIL_VERB.match(after, m.end("verb")) or (
                    m.group("verb") in TELL_VERBS and _TOLD_WHOM.match(after, m.end("verb")))):
                if _document_subject(m.group("who")):
                    return UNKNOWN, True  # `," a recent report from the firm stated.`
                sp = res.resolve(m.group("who"), (tp, s.close))
                if sp is not None:
                    self._trailing_role(sp, after[m.end("verb"):])
                    return sp, True
                unknown = unknown or _names_someone(m.group("who"))
            m = TRAIL_ACCORDING.match(after) or TRAIL_DASH.match(after)
            if m:
                sp = res.resolve(_first_clause(m.group("who")), (tp, s.close), source=m.re is TRAIL_ACCORDING)
                if sp is not None:
                    return sp, True
            m = TRAIL_PAREN.match(after) if "(" in after else None
            if m:  # `..." (Alex Ye, Republic Crypto Senior Director).`: only a person signs so
                sp = res.resolve(m.group("who"), (tp, s.close), strict=True)
                if sp is not None and sp.kind == "person":
                    return sp, True
            if unknown or _READS.match(after):
                return UNKNOWN, True
        # before the opening mark, from the sentence start (or the previous quote)
        par = self.paras[s.para]
        edges = self.edges(s.para)
        start = max(sentences.start_of(edges, s.open_at), prev_close)
        before = par[start:s.open_at]
        stripped = before.rstrip()
        if stripped:
            colon = stripped.endswith(":")
            lab = SPEAKER_LABEL.match(before) if colon else None
            if lab:  # `BIDEN: "The time now is ..."`: a transcript label naming someone already met
                e = self.registry.find([lab.group(1).strip().split()[-1].title()], (s.para, start))
                if e is not None:
                    return Speaker(e.name, "person", e), True
            if stripped.endswith((",", ":")) and ("Said " in before or "Says " in before or "Added " in before
                                                  or "Continued " in before or "Concluded " in before
                                                  or "Noted " in before or "Adds " in before):
                inv = LEAD_INVERTED.search(before)
                if inv:  # `Said Sanders, "..."`
                    sp = res.resolve(inv.group("who"), (s.para, start))
                    if sp is not None:
                        return sp, True
            lab = LEAD_LABEL.search(before, max(0, len(stripped) - 125)) if colon else None
            if lab and not VERB.search(lab.group("who")):  # `Peter Rosten, MAPS president: "..."`
                sp = res.resolve(lab.group("who"), (s.para, start), strict=True)
                if sp is not None and sp.kind == "person":
                    return sp, True
            if " put" in before:
                m = LEAD_PUT_IT.search(before)
                if m is not None:
                    sp = res.resolve(m.group("who"), (s.para, s.open_at))
                    if sp is not None:
                        return sp, True
            if "ccording to" in before:
                m = LEAD_ACCORDING.search(before)
                if m is not None and not any(key(w) in DOCUMENT_WORDS for w in m.group("who").split()):
                    sp = res.resolve(m.group("who"), (s.para, start), source=True)
                    if sp is not None:
                        return sp, True
            verbs = list(VERB.finditer(before))
            if verbs:
                v = verbs[-1]
                who = before[:v.start()]
                tail = before[v.end():]
                if who.strip():
                    lt = LEAD_TAIL.match(tail)
                    adjacent = lt is not None and _plain_object(v.group(), lt.group("obj"))
                    if _document_subject(who):
                        # `A report from Bullion Exchanges stated, "..."`; `The McConnell amendment states
                        # that detainees "including senior members of al Qaeda, ..."`: a document's words
                        return UNKNOWN, adjacent
                    if adjacent or len(_first_words(s.text)) >= 5:
                        sp = res.resolve(who, (s.para, start))
                        if sp is not None:
                            return sp, adjacent
                        if len(who.split()) <= 3 and _group_noun(who.split()[0]):
                            return UNKNOWN, adjacent  # `Teachers told him ... to "have fun on the trip."`
            elif " called " in before or " termed " in before:
                m = CALLED_IT.search(before)
                if m is not None and self._closes_sentence(s):
                    sp = res.resolve(before[:m.start()], (s.para, start), strict=True)
                    if sp is not None and sp.kind == "person":
                        return sp, True
            if colon and s.open_at - start <= 600:
                # `Sen. John Cornyn ... made the following statement Friday regarding ...: "Today marks ..."`
                m = INTRO_MADE.search(par, start, s.open_at)
                if m is not None:
                    sp = self._made_by(par, s.para, m.start())
                    if sp is not None and sp.kind == "person":
                        return sp, True
        elif 0 < start and prev_close <= start and start - sentences.start_of(edges, start - 1) <= 600:
            # the sentence before, in the same paragraph, announces it: `This Veterans Day, Sen. Lisa
            # Murkowski made the following statement in recognition of Alaska Veterans. "At a time ...`
            p0 = max(prev_close, sentences.start_of(edges, start - 1))
            m = INTRO_MADE.search(par, p0, start)
            if m is not None and not self.in_quote(s.para, m.start()):
                sp = self._made_by(par, s.para, m.start())
                if sp is not None and sp.kind == "person":
                    return sp, True
        elif s.para > 0 and not par[:s.open_at].strip():
            # `Smith added:` closing the paragraph before
            prev = self.paras[s.para - 1].rstrip()
            if prev.endswith(":") and not self.in_quote(s.para - 1, len(prev) - 1):
                pedges = self.edges(s.para - 1)
                pstart = sentences.start_of(pedges, len(prev) - 1)
                frag = prev[pstart:-1]
                verbs = list(VERB.finditer(frag))
                st = STATEMENT_INTRO.search(frag)
                if st and verbs and st.start() > verbs[-1].start():
                    # the statement's subject is the one releasing it, not an opening clause's
                    # (`As President Bush continues his weeklong media campaign ..., Senate
                    # Democratic Leader Harry Reid released the following statement:`)
                    sp = self._lead_subject(frag[:st.start()], (s.para - 1, pstart))
                    if sp is not None:
                        return sp, True
                if verbs and (verbs[-1].end() >= len(frag.rstrip()) - 40 or _INTRO_OBJECT.match(frag, verbs[-1].end())):
                    if _document_subject(frag[:verbs[-1].start()]):
                        return UNKNOWN, True  # `The McConnell Amendment states that:` / `"It is the sense of the Senate ..."`
                    sp = self._lead_subject(frag[:verbs[-1].start()], (s.para - 1, pstart))
                    if sp is not None:
                        return sp, True
                # `Sen. Jeff Bingaman released the following statement today:`
                st = STATEMENT_INTRO.search(frag)
                if st:
                    sp = self._lead_subject(frag[:st.start()], (s.para - 1, pstart))
                    if sp is not None:
                        return sp, True
        return None, False

    def _closes_sentence(self, s: Span) -> bool:
        """Does the quote end its sentence (`... called the package "dead on arrival."`), its words
        the sentence's last: the point inside the marks with at most blanks in the two characters
        after them (so, in practice, the quote ends its paragraph), or a point right after the
        closing mark and then a blank or the paragraph's end?"""
        par = self.paras[s.end_para]
        return (s.text.rstrip()[-1:] in ".!?" and not par[s.close:s.close + 2].strip(" \t")) or (
            par[s.close:s.close + 1] == "." and not par[s.close + 1:s.close + 2].strip(" \t"))

    def _lead_subject(self, who: str, at: tuple[int, int]) -> Speaker | None:
        """The subject of a lead-in closing with a colon: its last clause when that clause is a
        person's name and an opening phrase names someone else (`In response to Homeland
        Security Secretary Michael Chertoff's plan ..., U.S. Senator Daniel K. Akaka issued the
        following statement:`), else the whole phrase as the resolver reads it."""
        sp = self.resolver.resolve(who, at)
        if sp is None or sp.kind != "person" or ", " not in who or who.rstrip().endswith(sp.name.split()[-1]):
            return sp
        last = who.rsplit(", ", 1)[1].strip()
        if _CLAUSE_NAME.fullmatch(last):
            other = self.resolver.resolve(last, at, strict=True)
            if other is not None and other.kind == "person" and last.endswith(other.name.split()[-1]):
                return other
        return sp

    def announced_by(self, pi: int) -> Speaker | None:
        """The speaker of a quote opening paragraph `pi` with no attribution of its own, when a
        paragraph just before announces it as someone's statement (`Sen. David Vitter today made
        the following statement after ...`, `Below are his remarks as prepared for delivery.`,
        `Chairman Domenici's statement:`), looking past a line that leads in with a colon
        (`This bill included nearly $40 billion in hurricane relief funding:`) or dates it."""
        for q in range(pi - 1, max(-1, pi - 4), -1):
            par = self.paras[q]
            sp = self._announcer(par, q)
            if sp is None and par.rstrip().endswith(":"):
                # `Senator Chris Dodd (D-CT) today expressed disappointment that President Bush vetoed ...:`
                sp = self.subject_of(q, first=False)
            if sp is not None:
                return sp
            if self.quoted.get(q) or not (par.rstrip().endswith(":") and not VERB.search(par) or _DATE_LINE.match(par)
                                          or _STATEMENT_HEADING.match(par)):
                break  # `Paulo B, CEO and founder of Rexla Global, shared his vision ...:` leads in for someone else
        return None

    def signed_by(self, s: Span) -> Speaker | None:
        """The person signing a quote paragraph on the line after it, or right after the closing
        mark: `Mike Barrett, CEO, Pride Holdings Group`, `Luke Chua CEO, BullionStar`."""
        q = s.end_para + 1
        line = self.paras[s.end_para][s.close:].strip()
        if line:  # the signature closing the quote's own paragraph: `..." Jim Hite, CEO, Cheqroom`
            q = s.end_para
        elif q >= len(self.paras) or q in self.quoted:
            return None
        else:
            line = self.paras[q].strip()
        m = _SIGNATURE.match(line)
        if m is None or not (flags(m.group("given")) & F_GIVEN or key(m.group("role")) in ROLE_WORDS):
            return None  # (a position vouches for a given name we do not know: `Gracy Chen, Managing Director of Bitget.`)
        sp = self.resolver.resolve(line, (q, 0), strict=True)
        return sp if sp is not None and sp.kind == "person" else None

    def _bare(self, s: Span) -> bool:
        """Does nothing but punctuation follow the quote in its sentence (no `says Joe, noting
        that ...` the rules could not read)?"""
        par = self.paras[s.end_para]
        end = sentences.end_of(self.edges(s.end_para), s.close, len(par))
        return not _WORD.search(par, s.close, max(s.close, end))

    def _unread_attribution(self, s: Span) -> bool:
        """Does a reporting verb follow the quote in its sentence (`"We built True Markets ...,"
        said Gupta, who has a BS ...`, a name the rules could not tell)? Such a quote has its own
        speaker and is left out, not given to reported speech before it."""
        par = self.paras[s.end_para]
        end = sentences.end_of(self.edges(s.end_para), s.close, len(par))
        return end > s.close and VERB.search(par, s.close, end) is not None

    def _speaker_again(self, last: Speaker, pi: int) -> Speaker | None:
        """A quote paragraph with no attribution, after narrative paragraphs, is the last speaker's
        when that person is still the last one the release mentioned: `"The GEAR UP program is ...,"
        said Johnson.` / `Johnson, a member of the Senate Appropriations Committee, is a strong
        advocate ...` / two paragraphs on the program / `"This funding will not only benefit ..."`.
        Not after a paragraph that leads into a document (`The letter concluded:`)."""
        e = last.entry
        if e is None or last.kind != "person" or self.paras[pi - 1].rstrip().endswith((":", ",")):
            return None  # (`As the Israeli Supreme Court concluded when it forbade ...,` leads into a body's words)
        return last if self._still_last(e, (pi, 0)) else None

    def _still_last(self, e: Entry, at: tuple[int, int]) -> bool:
        """Is `e` the person the release mentioned last before `at` (the last speaker carries on)?"""
        # (nobody else named anywhere: no need for the timeline of every surname)
        return len(self.registry.people) == 1 or self.registry.most_recent(at) is e

    def _speaker_again_inside(self, last: Speaker, s: Span, prev_close: int) -> Speaker | None:
        """A quote in the first person inside a narrative paragraph, with no attribution, is the
        last speaker's when that person is still the last one the release mentioned: `That
        conversation crystallized a fundamental truth: ... It’s what keeps people moving forward.
        “That moment lit the spark that still drives my career today ...”` (a profile quoting
        one person). It opens its own sentence, after a sentence that leads into nothing (no
        colon: `The letter concluded: "..."` quotes a document)."""
        e = last.entry
        if e is None or last.kind != "person" or not FIRST_PERSON_RE.search(s.text):
            return None
        par = self.paras[s.para]
        start = sentences.start_of(self.edges(s.para), s.open_at)
        if start == 0 or start < prev_close or par[start:s.open_at].strip() or par[:start].rstrip().endswith((":", ",")):
            return None
        return last if self._still_last(e, (s.para, s.open_at)) else None

    def sentence_before_by(self, s: Span, prev_close: int) -> Speaker | None:
        """The person heading the sentence right before a quote that opens its own sentence in
        the middle of a paragraph, with nothing quoted in between: `Prof. Harry Shum reflected on
        the University's unique position. "Thirty-five years is ..."`, `Chief Executive Nick
        Liuzza called the milestone a major step ... "Becoming debt-free ..."`. Only a person
        the release names in full or with a title or a position speaks so."""
        par = self.paras[s.para]
        edges = self.edges(s.para)
        start = sentences.start_of(edges, s.open_at)
        if par[start:s.open_at].strip() or start == 0:
            return None  # the quote does not open its sentence, or opens the paragraph
        p0 = sentences.start_of(edges, start - 1)
        if p0 < prev_close or start - p0 > 400 or self.in_quote(s.para, p0):
            return None
        m = _SUBJECT_HEAD.match(par, p0)
        if m is None:
            return None
        head = m.group().rstrip(" \t,")
        if head.endswith(("'s", "’s")):
            return None  # `Dr. Newman's presentation is titled:` names a work, not its speaker
        if not (m.end() >= start - 2 or _EXPRESSED.match(par, m.end())):
            return None  # `Tom Daschle submitted Adelstein's name ... "Absent re-nomination, ..."` (a letter's words)
        sp = self.resolver.resolve(head, (s.para, m.end()), strict=True)
        e = sp.entry if sp is not None else None
        return sp if e is not None and (len(e.core) >= 2 or e.title or e.role) else None

    def _made_by(self, par: str, q: int, at: int) -> Speaker | None:
        """The subject of `made the following statement` at `at`: the sentence's start, or its
        last clause when an opening phrase names someone else (`In response to comments ... by
        House Speaker Dennis Hastert ..., Sen. Pete Domenici issued the following statement.`)."""
        owner = par[sentences.start_of(self.edges(q), at):at]
        if not owner.strip():
            return None
        last = owner.rsplit(", ", 1)[-1] if ", " in owner else ""
        if last.strip() and last.lstrip()[:1].isupper():
            sp = self.resolver.resolve(last, (q, len(par)), strict=True)
            if sp is not None and sp.kind == "person":
                return sp
        return self.resolver.resolve(owner, (q, len(par)))

    def first_statement(self, pi: int) -> Speaker | None:
        """The speaker of the release's first quote, opening paragraph `pi` with no attribution,
        when background paragraphs stand between it and what introduces it: a statement announced
        a few paragraphs up (`Sen. Pete Domenici issued the following statement.`), else the lede's
        subject when nobody else has been named since (`Sen. Conrad Burns (R-Mont.) today announced
        two fire department grants ...`)."""
        for q in range(pi - 1, max(-1, pi - 6), -1):
            par = self.paras[q]
            if len(par) > 1500:
                break
            for m in INTRO_MADE.finditer(par):
                if not self.in_quote(q, m.start()):
                    sp = self._made_by(par, q, m.start())
                    if sp is not None and sp.kind == "person":
                        return sp
        if self.paras[pi - 1].rstrip().endswith((":", "\"", "”")):
            return None  # `The Fourth Amendment reads:` introduces a document
        lede = next((q for q in range(pi) if len(self.paras[q].split()) >= 8), None)
        return self._still_subject(lede, pi) if lede is not None and pi - lede <= 3 else None

    def _still_subject(self, q: int, pi: int) -> Speaker | None:
        """The person heading paragraph `q`'s first sentence, when nobody else was named between
        it and paragraph `pi`."""
        tail = self.paras[q].rstrip()
        if tail.endswith((":", "\"", "”")):
            return None  # `The Fourth Amendment reads:`, or the end of someone's quote
        sp = self.subject_of(q, first=True)
        if sp is None or sp.entry is None:
            return None
        return sp if self.registry.most_recent((pi, 0)) is sp.entry else None

    def subject_of(self, q: int, *, first: bool) -> Speaker | None:
        """The person heading the first (or last) sentence of paragraph `q`, when the sentence
        opens with them: `Sen. Rick Santorum (R-PA), Chairman of the Senate Republican Conference,
        made comments ...`; not `The language requested by Domenici and Bingaman reads:`."""
        par = self.paras[q]
        if len(par) > 1500 or q in self.quoted:
            return None
        edges = self.edges(q)
        start = 0 if first else sentences.start_of(edges, len(par.rstrip()) - 1)
        if first and par.startswith(_OPENING_WORDS):
            # opening phrases before the subject: `Today, on the Senate floor, the Chairman of the Senate
            # Intelligence Committee, Senator John D. (Jay) Rockefeller IV, urged ...`
            lead = LEAD_PHRASE.match(par)
            if lead is not None:
                start = lead.end()
                lead = _LOWER_LEAD.match(par, start)
                if lead is not None:
                    start = lead.end()
        m = _SUBJECT_HEAD.match(par, start)
        if m is None:
            return None
        head = m.group().rstrip(" \t,")
        if head.endswith(("'s", "’s")) or NAMING.search(par):
            return None  # `Dr. Newman's presentation is titled:` announces a title, not his words
        sp = self.resolver.resolve(head, (q, m.end()), strict=True)
        e = sp.entry if sp is not None else None
        # a person the release names in full or with a title or position (not `Recent data indicates`)
        return sp if e is not None and (len(e.core) >= 2 or e.title or e.role) else None

    def _announcer(self, par: str, q: int) -> Speaker | None:
        """Who a paragraph announces a statement by, or None."""
        if len(par) > 1500 or not _ANNOUNCES.search(par) and len(par.split()) > 25:
            return None
        res = self.resolver
        at = (q, len(par))
        for m in INTRO_MADE.finditer(par):  # `X made the following statement`: X is the sentence's subject
            if not self.in_quote(q, m.start()):
                sp = self._made_by(par, q, m.start())
                if sp is not None:
                    return sp
        announces = _ANNOUNCES.search(par) is not None
        for rx in (INTRO_OWNED, INTRO_BY, INTRO_NAMED):
            if not announces and (rx is INTRO_OWNED or len(par.split()) > 25):
                continue  # `Harry Reid's floor statement.` is no announcement; `Statement of Sen. X on ...` heads one
            intro = rx.search(par)
            if intro and not self.in_quote(q, intro.start()):
                owner = intro.group("owner")
                if owner in ("his", "His", "her", "Her"):
                    owner = "he" if owner.lower() == "his" else "she"
                else:
                    owner = _strip_possessive(owner).rstrip("'’")  # `Chambliss'`
                sp = res.resolve(owner, at, strict=owner not in ("he", "she"))
                if sp is not None and sp.kind == "person":  # `Comments from Leadership` names nobody
                    return sp
        if announces and _EXCERPTS.search(par):
            # `U.S. Senate Republican Leader Mitch McConnell appeared on CNN's "Late Edition with Wolf
            # Blitzer" this morning. The following are excerpts from the program:` (Senate McConnell):
            # the excerpts are the words of the person heading the paragraph
            m = _SUBJECT_HEAD.match(par)
            if m is not None:
                sp = res.resolve(m.group().rstrip(" \t,"), at, strict=True)
                if sp is not None and sp.kind == "person":
                    return sp
        return None

    def title_speaker(self) -> Speaker | None:
        """The speaker a headline names for a release that opens with a quote: `SEN. COLEMAN
        ISSUES STATEMENT HONORING AMERICAN VETERANS`, `Statement of Sen. Mark Dayton on ...`."""
        title = self.title.strip()
        if not title:
            return None
        if title.isupper():
            title = _unshout(title)
        m = TITLE_STATEMENT.match(title)
        owner = m.group("owner") if m else None
        if owner is None:
            m = INTRO_BY.search(title) or INTRO_NAMED.match(title) or INTRO_OWNED.search(title)
            owner = _strip_possessive(m.group("owner")).rstrip("'’") if m else None
        if owner is None:
            m = TITLE_LAWMAKER.match(title)  # `SEN. COLEMAN CONDEMNS MOVEON.ORG AD ...`: the lawmaker the headline is about
            owner = m.group("owner") if m else None
        if not owner:
            return None
        sp = self.resolver.resolve(owner, (0, 0), strict=True)
        if (sp is None or sp.kind != "person") and len(owner.split()) == 1:
            sp = self.resolver._known_surname(owner, (0, 0))  # `Carper Statement the Death of ...`
        return sp if sp is not None and sp.kind == "person" else None

    def _trailing_role(self, sp: Speaker, rest: str) -> None:
        """`..., Johnson continued, a member of the Senate Indian Affairs Committee.`"""
        if sp.entry is None or sp.entry.role or not rest.startswith(","):  # an appositive opens with a comma
            return
        role = appositive_role(rest, 0)
        if role:
            sp.entry.role = role

    def direct(self) -> list[tuple[int, int, Quote]]:
        """Direct quotes as (paragraph, offset, Quote); quotes with no speaker in reach wait
        in `self.pending` for the reported speech of their paragraph."""
        out: list[tuple[int, int, Quote]] = []
        by_para: dict[int, list[int]] = {}
        for i, s in enumerate(self.spans):
            by_para.setdefault(s.para, []).append(i)
        found: list[tuple[Speaker | None, bool]] = []
        prev_closes: list[int] = []  # where the quote before each span closed, in its paragraph
        for i, s in enumerate(self.spans):
            prev_close = 0
            if i > 0 and self.spans[i - 1].end_para == s.para:
                prev_close = self.spans[i - 1].close
            prev_closes.append(prev_close)
            nxt = -1
            if i + 1 < len(self.spans) and self.spans[i + 1].para == s.end_para:
                nxt = self.spans[i + 1].open_at
            found.append(self.attribute(s, prev_close, nxt))
        speaker_of_para: dict[int, Speaker] = {}
        last_para_speaker: tuple[int, Speaker] | None = None
        unclosed_at = -1  # the paragraph where the last attributed quote was left open
        for i, s in enumerate(self.spans):
            sp, adjacent = found[i]
            if sp is UNKNOWN:
                speaker_of_para[s.para] = speaker_of_para[s.end_para] = UNKNOWN
                last_para_speaker = (s.end_para, UNKNOWN)
                continue
            if not _quote_worthy(s.text, adjacent if sp is not None else False) and not (
                    sp is None and s.para in speaker_of_para and _short_sentence_after(self.paras[s.para], s)):
                continue
            if _named_before(self.paras[s.para], s.open_at) and not (
                    len(_first_words(s.text)) >= 13 and s.text.rstrip()[-1:] in ".!?"):
                # (a sentence of 13 words or more is no name: `expressed enthusiasm about this new
                # campaign: "We are making a major investment in ..."`, newsworthy 247PressRelease)
                continue  # `its slogan "Liberate Your Toes"`, `known as "the Company"`
            if _embedded_name(self.paras[s.para], s):
                continue  # `aspirations for "Float," Alyxandra said`, `announced "UNITED4OC 2030," a bold plan`
            if sp is None:
                # the quote opens its paragraph, or follows only a topic label (`On Medicare Agreement:
                # "Today, we were able to reach ..."`, Senate Salazar's statements on several subjects)
                opens = not self.paras[s.para][:s.open_at].strip() or _TOPIC_LABEL.fullmatch(
                    self.paras[s.para], 0, s.open_at) is not None
                # the paragraph's own speaker (`"A," said X. "B."`), else the speaker of the
                # paragraph before for a quote paragraph that carries on
                sp = speaker_of_para.get(s.para)
                if sp is None:
                    later = [found[j][0] for j in by_para.get(s.para, []) if j > i and found[j][0] is not None]
                    sp = later[0] if later else None
                if sp is None and opens and self._bare(s):
                    sp = self.signed_by(s)
                if sp is None and last_para_speaker is not None and opens and (
                        s.closed or not SAID_NAME.search(s.text)) and (  # (not `"It's time ..., said Esta Soler, ...`)
                        last_para_speaker[0] == s.para - 1 or last_para_speaker[0] == s.para - 2
                        and (_STATEMENT_HEADING.match(self.paras[s.para - 1]) or unclosed_at == s.para - 2)
                        and s.para - 1 not in self.quoted):
                    # a quote paragraph carrying on the one before, also across a heading inside a
                    # long statement (`On Energy:`, `PEACHCARE`) or a paragraph of the statement that
                    # lost its opening mark after a quote left open
                    sp = last_para_speaker[1]
                if sp is UNKNOWN:
                    continue
                if sp is None and opens and self._bare(s):
                    # a statement announced before its paragraph, or by the headline of a
                    # release that opens with it
                    sp = self.announced_by(s.para)
                    if sp is None and i == 0 and all(len(p.split()) <= 20 for p in self.paras[:s.para]):
                        sp = self.title_speaker()
                    if sp is None and i == 0 and s.para >= 1 and all(len(p.split()) <= 20 for p in self.paras[:s.para - 1]):
                        # the release's first quote, right after its lede: the lede's subject
                        # (`Sen. Jon Kyl (R-Ariz.) today called on Senate Democratic leadership ...`)
                        sp = self.subject_of(s.para - 1, first=True)
                    if sp is None and not out and s.para >= 1:
                        sp = self.first_statement(s.para)
                    if sp is None and s.para >= 1:
                        # `Sen. Hutchison also expressed her support for ...` just before, nobody named since
                        sp = self._still_subject(s.para - 1, s.para)
                    if sp is None and last_para_speaker is not None and s.closed:
                        # the last speaker again after narrative paragraphs that name nobody else (not
                        # for a quote left open: its attribution may be inside, its marks lost)
                        sp = self._speaker_again(last_para_speaker[1], s.para)
                if sp is None and not opens and self._bare(s):
                    # a quote opening a sentence after one headed by a person: `Brig. Gen. Lunt
                    # commended Sethera’s vision. “The ability to develop ...”`
                    sp = self.sentence_before_by(s, prev_closes[i])
                    if sp is None and last_para_speaker is not None and s.closed:
                        sp = self._speaker_again_inside(last_para_speaker[1], s, prev_closes[i])
                if sp is None:
                    self.pending.append(s)
                    continue
            speaker_of_para[s.para] = sp
            speaker_of_para[s.end_para] = sp
            last_para_speaker = (s.end_para, sp)
            unclosed_at = s.end_para if not s.closed else -1
            out.append((s.para, s.open_at, self._quote(s.text, sp, "direct", s.para)))
            self._mark_busy(s)
        return out

    def _mark_busy(self, s: Span) -> None:
        """The sentences a direct quote occupies: reported speech is not looked for there."""
        edges = self.edges(s.para)
        a = sentences.start_of(edges, s.open_at)
        if s.end_para == s.para:
            self.busy.setdefault(s.para, Ranges()).add(a, sentences.end_of(edges, s.close, len(self.paras[s.para])))
        else:
            self.busy.setdefault(s.para, Ranges()).add(a, len(self.paras[s.para]))
            e2 = self.edges(s.end_para)
            self.busy.setdefault(s.end_para, Ranges()).add(0, sentences.end_of(e2, s.close, len(self.paras[s.end_para])))

    def settle_pending(self, quotes: list[tuple[int, int, Quote]]) -> list[tuple[int, int, Quote]]:
        """Quotes that carry on after reported speech: `Drug courts are also a smart investment,
        Dorgan said. "They not only help ..."` -> Dorgan."""
        out = []
        for s in self.pending:
            if self._unread_attribution(s):
                continue  # `," said Gupta, who has a BS ...`: its own speaker, whom the rules could not tell
            best: Quote | None = None
            best_at = (-1, -1)
            for pi, off, q in quotes:
                if pi == s.para and off < s.open_at or pi == s.para - 1 and not self.paras[s.para][:s.open_at].strip():
                    if best is None or (pi, off) >= best_at:
                        best, best_at = q, (pi, off)
            if best is None:
                continue
            q = Quote(text=" ".join(s.text.split()), speaker=best.speaker, kind="direct",
                      speaker_title=best.speaker_title, speaker_role=best.speaker_role, paragraph=s.para,
                      speaker_type=best.speaker_type)
            out.append((s.para, s.open_at, q))
        return out

    def _quote(self, text: str, sp: Speaker, kind: str, para: int) -> Quote:
        e = sp.entry
        return Quote(
            text=" ".join(text.split()),
            speaker=sp.name if e is None else e.name,
            kind=kind,  # type: ignore[arg-type]
            speaker_title=e.title if e else None,
            speaker_role=e.role if e else None,
            paragraph=para,
            speaker_type="person" if sp.kind == "person" else "organization",
        )

    def reported(self) -> list[tuple[int, int, Quote]]:
        """Reported speech, paragraph by paragraph. The reporting verbs are found in one scan
        of the whole release (a VERB match never crosses the newline between paragraphs, and
        a newline is a word edge like a paragraph's end), so that a paragraph without a verb
        or an `according to` is not looked at."""
        text = self.resolver.text
        starts = self._para_starts()
        verbs: dict[int, list[tuple[int, int, str]]] = {}
        for m in VERB.finditer(text):
            pi = bisect_right(starts, m.start()) - 1
            off = starts[pi]
            verbs.setdefault(pi, []).append((m.start() - off, m.end() - off, m.group()))
        according = set()
        i = text.find("ccording to")
        while i >= 0:
            according.add(bisect_right(starts, i) - 1)
            i = text.find("ccording to", i + 1)
        out = []
        # a release with no quotation mark at all lost them (DOJ pages): its statements stand bare
        marks_lost = not self.spans and not any(c in text for c in _ANY_MARKS)
        for pi, par in enumerate(self.paras):
            if len(par) < 20:
                continue
            v = verbs.get(pi)
            if v is None and pi not in according:
                continue
            for r in find_indirect(par, pi, self.busy.get(pi) or _NO_RANGES, self.quoted.get(pi) or _NO_RANGES,
                                   self.resolver, self.edges, v or (), marks_lost=marks_lost):
                out.append((r.para, r.start, self._quote(r.text, r.speaker, "indirect", r.para)))
        if marks_lost:
            out += self._statements_without_marks({pi for pi, _, _ in out})
        return out

    def _statements_without_marks(self, taken: set[int]) -> list[tuple[int, int, Quote]]:
        """On a page that lost its quote marks, the paragraph after a lead-in that announces a
        statement with a colon is the announcer's statement: `Attorney General Jeff Sessions today
        issued the following statement:` / `During the course of the confirmation proceedings ...`
        (a person's or a body's: `The Department of Justice ... issued the following statement ...:`)."""
        out = []
        for q in range(len(self.paras) - 1):
            par = self.paras[q]
            if not par.rstrip().endswith(":") or q + 1 in taken or len(par) > 1500:
                continue
            m = INTRO_MADE.search(par)
            nxt = self.paras[q + 1].strip()
            if m is None or len(nxt.split()) < 6 or nxt.endswith(":"):
                continue
            sp = self._made_by(par, q, m.start())
            if sp is not None:
                out.append((q + 1, 0, self._quote(nxt, sp, "indirect", q + 1)))
        return out


# Where a verb-first attribution's subject ends: `said Stuart F. Delery, Acting ... Division. "The`
_CLAUSE_END = re.compile(r"[.!?](?=[\"”’]|\s|$)")
# A period that ends an initial or a title, not the sentence: `F.`, `Sen.`, `U.S.`
_NOT_END = re.compile(r"(?:\b[A-Z]|\b(?:" + "|".join(sorted(ABBREVIATIONS)) + r"|Inc|Co|Corp|Ltd|U\.S))$")


def _first_clause(who: str) -> str:
    """The subject phrase of a verb-first attribution, up to the sentence end."""
    for m in _CLAUSE_END.finditer(who):
        if who[m.start()] == "." and _NOT_END.search(who, max(0, m.start() - 6), m.start()):
            continue
        return who[:m.start()]
    return who


# Words written in lower case when a paragraph in capitals is read: the reporting verbs and the
# small words, so that `DORGAN SAID` reads `Dorgan said` and `SAID THAT THE` reads `said that the`
_SMALL_WORDS = REPORTING_VERBS | frozenset("""
that the a an and or of to in on at for with by from as is are was were be been has have had will would can could
he she it they we you his her its their our this these those which who what when while but not no also into over
""".split())
# A word of a title-cased paragraph: `Said`, `That`
_TITLED_WORD = re.compile(r"\b[A-Z][a-z]+\b")


# A quotation whose opening mark was typed twice, before its first word: `Kristen Gamboa noted,
# ""With over 240 attendees` (247PressRelease), `““From humble beginnings ...,” stated Shawn Rye`
# (newmediawire), `""Our military bases in North Dakota` (Senate Dorgan)
_DOUBLED_OPEN = re.compile(r'(?:(?<=[\s,:(])|^)(?:""|““)(?=\w)')


def _single_open(par: str) -> str:
    """A doubled opening mark read as one, same length (the first of the pair becomes a blank):
    the stray mark paired off with the real one, so the quote went unread or ran on into the
    next speaker's (`““From ...,” stated Shawn Rye` was given to the CEO quoted before)."""
    return _DOUBLED_OPEN.sub(lambda m: " " + m.group()[1], par)


# A legislator's title glued to the name it precedes: `," Sen.Thomas said.` (Senate Thomas),
# `Sen.Olympia Snowe (R-Maine) and I` (Senate Feinstein), `Sens.Olympia J. Snowe (R-ME) and ...`
# (Senate Snowe); not other abbreviations (`Dr.Reddy's Laboratories` is a firm)
_GLUED_TITLE_WORDS = ("Sen", "Sens", "Rep", "Reps", "Gov")
_GLUED_TITLE = re.compile(rf"\b({'|'.join(_GLUED_TITLE_WORDS)})\.(?=[A-Z][a-z])")
# A period glued to a capitalised word: `.Thomas` (a literal first character: a fast scan)
_DOT_CAPITAL = re.compile(r"\.[A-Z][a-z]")


def _unglue_titles(par: str) -> str:
    """A blank after a glued legislator's title, so that the name after it is read as titled
    (the paragraph grows by one character a title: read only for people and quotes)."""
    return _GLUED_TITLE.sub(r"\1. ", par)


def _unshout(par: str) -> str:
    """`SEN. BYRON DORGAN SAID THAT` -> `Sen. Byron Dorgan said that`, same length."""
    return _TITLED_WORD.sub(lambda m: m.group().lower() if m.group().lower() in _SMALL_WORDS else m.group(), par.title())


# An About block that is no prose about the issuer: contact lines (`contact_names` reads them:
# "For information, contact:Hammond Manufacturing Company LimitedRobert F. Hammond, ...")
_ABOUT_SKIP = re.compile(r"[Cc]ontact|CONTACT")
# A name that is a brand or a defined term: `Polly Pocket®`, `Frank Muller (™)`, `Dominica Coin ("DMC")`
_BRAND_AFTER = re.compile(r'[ \t]*(?:[®™]|\(™\)|\([“"])')
# A heading about a person, whose name the block goes on with
_ABOUT_WHO = re.compile(r"About the (?:Author|Authors|Founder|Founders|Artist|Speaker|Host|Chef|Director)\b")
# The connectors a name may hold: `About Darren and Mike`, `About Bank of the West`
_HEAD_CONNECTORS = frozenset({"and", "of", "the", "for", "de", "du", "la", "von", "van", "&", "at", "in"})


def _about_head_end(block: str) -> int:
    """Where the heading of an About block ends when the block runs on without a break
    ("About Darren and Mike Darren and Mike are industry leaders ...", "About George Aoun
    George, the founder of Kerning ..."): at the first lower-case word that is no connector.
    The names before it are the section's subject as a heading, read in pieces by the scan
    (`Mike Darren`); 0 for a block that is no heading."""
    if not block.startswith("About "):
        return 0
    m = _ABOUT_WHO.match(block)
    if m:
        return m.end()  # "About the Author Jonathan Williams is the founder ...": the person follows
    at = 6
    for w in block[6:300].split(" "):
        if w[:1].islower() and w not in _HEAD_CONNECTORS:
            return at
        at += len(w) + 1
    return at


# The senator a headline is about: `SEN. CRAIG COMMENTS ON NOMINATION OF WILLIAM MYERS`, `WEEKLY
# REPORT FROM WASHINGTON BY SEN. CANTWELL`, `SEN. DEWINE'S REMARKS: ...`, `Sen. Carper’s Sussex County
# Schedule`, `SEN. MARK DAYTON SPEAKS ON ...` (read in title case); the first of `SENS. DODD, LIEBERMAN`
_HEADLINE_SENATOR = re.compile(r"(?:^|[\s(:])(?P<t>Sens?\.|Senator\b)[ \t]+(?P<a>[A-Z][\w'’-]+)(?:[ \t]+(?P<b>[A-Z][\w'’-]+))?")


# A relative named by a given name alone, right after the kin word: `Greg Scott and his daughter,
# Hali, have now skied ...` (prkarma), `my wife Liz and I` (Senate Jeffords), `his wife, Susan,`
# (Senate Allen), `his 5-year-old son Jackson, who is battling leukemia` (Senate Allen). Not a run
# of capitalised words (`his son, President George W. Bush`, `his wife, Georgia Silva`: the scan
# reads those), nor a word glued on (`his son's`), an abbreviation (`her husband, Dr. ...`) or one
# a parenthesis follows (a party tag or an alias goes with a full name). Only the six kin words
# that name nearly all such relatives in the corpus (wife, husband, son, daughter: 25 of 31; mother,
# father: `His mother, Laurel, was a beacon`, `learned from his father, Deacon,`), each a substring
# test on the release first (`_KIN_WORDS`, ~45 ms over the corpus; brother/sister, 1 relative in
# the corpus, would add ~12 ms; all kin words in one regex scan would cost ~170 ms)
_KIN_WORDS = ("wife", "husband", " son", "grandson", "daughter", "mother", "father")
_KIN_NAME = re.compile(r" (?:wife|husband|(?:grand)?son|(?:grand)?daughter|(?:grand)?mother|(?:grand)?father)"
                       r"(?:,[ \t]*|[ \t]+)(?P<name>[A-Z][a-z]+)(?![\w'’-]|[ \t]+(?:[A-Z]|\()|\.[ \t]*[a-z])")
# The owner before the kin word: `his`, `her late`, `My 10-year-old`; `with`/`and` (`who bought here with
# husband Sean`, 247PressRelease); a name's lost possessive (`by Ginas mother, Diane, whose daughter`, DOJ)
_KIN_OWNER = re.compile(r"(?:^|[^\w])(?P<own>[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|with|and|[A-Z][a-z]+s['’]?)(?:[ \t]+late)?"
                        r"(?:[ \t]+\d{1,2}-year-old)?$")
# The owners that are pronouns (any capitalised word after them is taken for a name)
_KIN_PRONOUNS = frozenset({"his", "her", "their", "my", "our"})


def _kin_people(rel: _Release, whole: str) -> None:
    """Register each relative a release names by given name alone (`_KIN_NAME`): gold lists every
    named person, one-word names included. A word the release already uses for someone named
    before (`his wife, Maggie,` after `Maggie Akaka`, `My 10-year-old son Isaac` after `Isaac
    Singleton`) is that person; a title, a role or a place word is no name."""
    if not any(w in whole for w in _KIN_WORDS):
        return
    starts = rel._para_starts()
    reg = rel.registry
    for m in _KIN_NAME.finditer(whole):
        i = m.start()
        owner = _KIN_OWNER.search(whole, max(0, i - 26), i)
        if owner is None:
            continue
        name = m.group("name")
        if flags(name) & (F_TITLE | F_ROLE | F_NONPERSON | F_PLACE) or reg.find([name]) is not None or rel.nonpersons(name):
            continue
        if owner.group("own").lower() not in _KIN_PRONOUNS and not flags(name) & F_GIVEN:
            continue  # (after `with`/`and` or a lost possessive, only a given name we know: not `with father Time`)
        pi = bisect_right(starts, m.start("name")) - 1
        reg.add(name, title=None, role=None, at=(pi, m.start("name") - starts[pi]))


# A surname alone opening a sentence (or a clause after a comma) before a verb of what a person
# does or says: `If convicted, Cao faces a maximum of 223 years` (DOJ), `Landa is a graduate of
# Gonzaga University` (Senate Craig), `Ly leads AHS’ interpreter services department` (noticias
# newswire), `Hussain was killed in an airstrike` (DOJ). That is how a release goes on about someone
# it named in full once, with a given name no list of ours has (`Thanh Viet Jeremy Cao`, `Jacq
# Landa`, `Sambo Ly`, `Junaid Hussain`), which the scan passed over. One regex per punctuation
# before the surname (`. `, `, `, a line break: the paragraphs are joined by line breaks), each
# opening with its literal, which the engine searches for fast (0.035 s over the corpus, where one
# character class `[.,;] |\n` took 0.11 s, a look-behind at every position 0.25 s and a `match` at
# each paragraph's start 0.02 s alone); `; ` (5 hits in the corpus) is not read.
_SUBJECT_VERBS = (r"(?P<sur>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ ](?:is|was|has|had|will|would|faces|faced|filed|pleaded|"
                  r"admitted|agreed|allegedly|also|then|later|previously|joined|served|founded|leads|led|holds|brings|"
                  r"began|became|told|worked|works|received|earned|wrote|said|says|added|noted|explained)\b")
_SUBJECT_SURNAME = tuple(re.compile(lead + _SUBJECT_VERBS) for lead in (r"\. ", ", ", "\n"))
_SUBJECT_OPENING = re.compile(_SUBJECT_VERBS)
# One word of the full name before such a surname: `Thanh`, `Usaamah`, `De`, `J.`
_FULL_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\.")
# Words that open no person's name: a title, a role, a place, a body's word, a sentence opener
_NOT_NAME_WORD = F_PREFIX | F_PLACE | F_LEADING | F_TITLE | F_PERSON_PREFIX | F_NONPERSON | F_ROLE
# A capitalised word beside a surname's mention: `Rosberg Ventures`, `Hurricane Katrina`
_CAP_WORD = re.compile(r"[A-Z][\w'’-]*")
# The release's words in lower case (read only for the rare surname that gets that far)
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")


def _word_at(whole: str, j: int, n: int) -> bool:
    """Does `whole[j:j + n]` stand as a whole word (no letter, digit, hyphen or apostrophe on either side)?"""
    return (j == 0 or not (whole[j - 1].isalnum() or whole[j - 1] in "-'’")) and (
        j + n >= len(whole) or not (whole[j + n].isalnum() or whole[j + n] in "-'’"))


def _full_before(whole: str, sur: str, limit: int) -> list[str] | None:
    """The one to four name-shaped words right before the first whole-word `sur` ahead of `limit`
    that has any (`Thanh Viet Jeremy Cao`), or None. `str.find`, not a regex built per surname."""
    j = whole.find(sur)
    while 0 <= j < limit:
        if _word_at(whole, j, len(sur)) and j > 1 and whole[j - 1] == " ":
            words: list[str] = []
            for w in reversed(whole[max(0, j - 80):j - 1].split(" ")[-4:]):
                if not _FULL_NAME_WORD.fullmatch(w):
                    break
                words.insert(0, w)
            if words:
                return words
        j = whole.find(sur, j + 1)
    return None


def _subject_people(rel: _Release, whole: str) -> None:
    """Register the person a bare surname heading a sentence stands for (`_SUBJECT_SURNAME`), when
    the release named him in full before: one to three name-shaped words right before the surname,
    none a title, role, place or body word, none written in lower case anywhere in the release
    (`Stonewall Bali`, `Anytime Mango`), the surname never beside another capitalised word
    (`Apple Watch Ultra`), the name no place or firm the release shows and not after `of`/`at`/`in`
    (`the acquisition of Stonewall Bali`)."""
    reg = rel.registry
    seen: set[str] = set()
    lower: set[str] | None = None
    hits = [(m.start("sur"), m.group("sur")) for rx in _SUBJECT_SURNAME for m in rx.finditer(whole)]
    first = _SUBJECT_OPENING.match(whole)  # (the release's first paragraph; the others follow a line break)
    if first is not None:
        hits.append((0, first.group("sur")))
    hits.sort()
    for at_sur, sur in hits:
        if sur in seen:
            continue
        seen.add(sur)
        if flags(sur) & (_NOT_NAME_WORD | F_GIVEN) or reg.has_surname(sur):
            continue
        words = _full_before(whole, sur, at_sur)
        if not words:
            continue
        while words and flags(words[0]) & _NOT_NAME_WORD:
            words = words[1:]
        if not words or len(words) > 3 or words[0].endswith("ing") or any(flags(w) & _NOT_NAME_WORD for w in words):
            continue  # (a word in -ing opening it is a verb, `Bringing Terra`, not a given name)
        text = " ".join([*words, sur])
        at = whole.find(text)
        if at < 0 or whole.startswith((" —", " –", " -", ":"), at + len(text)) or whole.endswith((" of ", " at ", " in "), 0, at):
            continue  # (`Anytime Mango — With a delicate hint ...`: a product's heading)
        if lower is None:
            lower = set(_LOWER_WORD.findall(whole))
        if any(w.lower() in lower for w in (*words, sur) if len(w) >= 3):
            continue  # a word of the language, not a name
        alone = True
        j = whole.find(sur)
        while j >= 0 and alone:
            if _word_at(whole, j, len(sur)):
                before = whole[max(0, j - 40):j].split()
                after = whole[j + len(sur):j + len(sur) + 30].split()
                alone = not (before and before[-1] != words[-1] and _CAP_WORD.fullmatch(before[-1])
                             or after and _CAP_WORD.fullmatch(after[0].rstrip(",.;:")))
            j = whole.find(sur, j + 1)
        if not alone:
            continue
        starts = rel._para_starts()
        pi = bisect_right(starts, at) - 1
        off = at - starts[pi]
        if rel.in_quote(pi, off) or reg.find([sur]) is not None or rel.nonpersons(text) or rel.nonpersons(sur):
            continue  # (`Alain has spent 25 years` after `Alain Van Munster`, read by the registry: a given name)
        end = off + len(text)
        par = rel.paras[pi]
        role = appositive_role(par, end) if par.startswith(",", end) else None
        reg.add(text, title=None, role=role, at=(pi, off))


# The first person singular in a quote: `I'm happy to support this effort` (a body says `we`)
FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|my|me|myself)\b")


def _first_person_bodies(rel: _Release, found: list[tuple[int, int, Quote]]) -> None:
    """A lone word taken for a body because the headline names it (`said Bennett.` under
    `... Includes Nearly $15 Million for Bennett's Projects`, a senator the release never names
    in full) is a person when a direct quote of it speaks in the first person singular."""
    words = {q.speaker for _, _, q in found if q.speaker_type == "organization" and q.kind == "direct"
             and q.speaker and q.speaker.isalpha() and q.speaker[:1].isupper() and not q.speaker.isupper()}
    for word in words:
        said = [(pi, off, q) for pi, off, q in found if q.speaker == word]
        if not any(q.kind == "direct" and FIRST_PERSON_RE.search(q.text) for _, _, q in said) \
                or rel.nonpersons(word):
            continue
        pi, off, _ = said[0]
        rel.registry.add(word, title=None, role=None, at=(pi, off))
        for _, _, q in said:
            q.speaker_type = "person"


def _contact_known(rel: _Release, name: str) -> bool:
    """Is a `Contact:` line's person one the release already names? A senator known by surname
    alone (`said Coleman.` under `SENS. COLEMAN, DAYTON HONOR ...`) is not the press contact who
    shares it (`Contact: ... LeRoy Coleman, 202/224-5641`)."""
    e = rel.registry.find(name.split())
    if e is None:
        return False
    return not (len(e.core) == 1 and len(name.split()) >= 2 and (e.title or "").startswith("Sen"))


def _headline_senator(rel: _Release, title: str) -> None:
    """Register the senator a headline names when the body never does (a statement or a weekly
    report in the first person under `SEN. DEWINE ISSUES STATEMENT ON ...`): gold lists each
    named person of the release, and counts what the title names (its organizations are
    "named in the title or body"). A senator the body names (`Sen. Byron Dorgan`, `Dorgan said`)
    is left as the body gives him; a two-word name is taken only when its first word is a given
    name we know (`Mark Dayton`; `Craig Comments` is `Craig`)."""
    read = _unshout(title) if title.isupper() else title
    m = _HEADLINE_SENATOR.search(read)
    if m is None:
        return
    a = _POSSESSIVE_END.sub("", m.group("a"))
    b = m.group("b")
    reg = rel.registry
    # (`SEN. BINGAMAN-BACKED PROVISIONS`: the body's Bingaman)
    if len(a) < 3 or reg.find([a]) is not None or reg.find([a.split("-")[0]]) is not None:
        return
    words = [a]
    if b and flags(a) & F_GIVEN:
        b = _POSSESSIVE_END.sub("", b)
        if reg.find([b]) is not None:
            return  # `SEN. MARK DAYTON SPEAKS ON ...` about the body's Dayton
        if not b.endswith("s") and key(b) not in _HEADLINE_WORDS:
            words.append(b)  # `Sen. Mark Dayton`, not `Sen. Allen Lauds`, `SEN. COLEMAN BILL`
    if key(words[-1]) in _NOT_SENATOR:
        return
    name = " ".join(words)
    if rel.nonpersons(name):
        return
    reg.add(name, title="Senator" if m.group("t") == "Senator" else "Sen.", role=None, at=(0, -1))


def _headline_appositive(rel: _Release, title: str) -> None:
    """Register a person the headline names with a role set off after the name (`Q&A with
    Hakan Yurdakul, CEO and Co-Founder at Bolt Insight`, `Statement of John C. Anderson, United
    States Attorney for the District of New Mexico, Before the Senate ...`) when the body never
    names him: gold lists each named person of the release, the title included. Only that shape
    is read: a title-cased headline runs a name into its verb (`Russell Brunson Makes
    Headlines`), so a role before the name or a bare name is no proof of a person there."""
    for men in scan(title):
        if not (men.role and men.strong and title.startswith(", ", men.end)
                and title.startswith(men.role, men.end + 2) and len(men.words) >= 2):
            continue
        reg = rel.registry
        # (a body person by surname: `Calixto ‘Cali’ Garcia-Velez, President and CEO of ...`)
        e = reg.find(men.words[-1:])
        # the body names him by surname only (`Gaslightwala said`): the headline gives his name;
        # or the body does not name him at all
        if (e is not None and len(e.core) == 1 and e.name == men.words[-1]
                or e is None and reg.find(men.words) is None and not rel.nonpersons(men.name)):
            reg.add(men.name, title=men.title, role=men.role, at=(0, -1))


# Words a shouted headline puts after `SEN.` that name no senator
_NOT_SENATOR = frozenset({"and", "the", "of", "for", "on", "in", "to"})
# Headline words after a senator's name that are no surname (`SEN. COLEMAN BILL ...`, `SEN. ALLEN
# RE-APPOINTED`, `SEN. CRAIG: NOT JUST ANYBODY`)
_HEADLINE_WORDS = frozenset({"bill", "amendment", "staff", "plan", "proposal", "request", "effort", "measure", "office",
                             "statement", "remarks", "report", "legislation", "provision", "provisions", "language"})
_POSSESSIVE_END = re.compile(r"['’][sS]?$")


def _about_people(rel: _Release, boilerplate: Sequence[str], location: str | None) -> None:
    """Register the people the issuer's own About section names ("About DFW Car & Toy Museum
    ... founded by Ron Sturgeon"): gold lists each named person of the release, and reads the
    issuer's About blocks as part of it (their organizations and acronyms count), not a wire's
    own About nor the disclaimers and contacts after the section (`orgnames.about_blocks` picks the
    same blocks). Only strong mentions of people the body does not name are added, after the
    quotes are settled: the section is read for names, never for quotes, and a body person
    keeps the role and title the body gives."""
    if not any(b.startswith("About ") for b in boilerplate):
        return  # (the cheap pre-test: most releases have no About section)
    from .orgnames import about_blocks  # the issuer's About blocks, as the organizations read them
    blocks = [b for _, b in about_blocks(list(boilerplate))
              if not _ABOUT_SKIP.search(b[:80]) and " appeared first on " not in b]
    found = [(k, men) for k, b in enumerate(blocks) for men in scan(b)
             if men.strong and men.start >= _about_head_end(b) and not _BRAND_AFTER.match(b, men.end)]
    if not found:
        return
    # a firm or a place is told by the release's other uses of the words, About blocks included
    nonpersons = NonPersons("\n".join(rel.paras + blocks), location)
    reg, base = rel.registry, len(rel.paras)
    for k, men in found:
        if not (men.title or men.role or men.plural) and nonpersons(men.name):
            continue  # `Tommy Mac Custom Furniture`, `Hong Kong`
        if reg.find(men.name.split()) is None:
            reg.add(men.name, title=men.title, role=men.role, at=(base + k, men.start))


def extract_quotes(paragraphs: list[str], title: str | None = None,
                   boilerplate: Sequence[str] = (), location: str | None = None) -> tuple[list[Quote], list[Person]]:
    """Quotes and people of one release, in reading order.

    `boilerplate` (contacts, About sections) only adds people: those of `Contact:` lines and
    of the issuer's own About section (`_about_people`);
    `location` (the dateline place) tells that `Hong Kong` is no person.
    """
    paras, origin = _pieces(paragraphs)
    # a paragraph in capitals (`SEN. DORGAN SAID ...`) is read in title case, so that names
    # look like names; quote texts are then taken back from the paragraph as written
    shouting = {i for i, p in enumerate(paras) if len(p) > 20 and p.isupper() and len(p.title()) == len(p)}
    read = [_unshout(p) if i in shouting else p for i, p in enumerate(paras)] if shouting else paras
    # a doubled opening mark, a glued legislator's title: each pre-tested once on the whole release
    # (one join, two substring tests, one scan for a period before a capitalised word; 7 of the
    # corpus's 3,314 releases go on to the paragraph rules)
    whole = "\n".join(read)
    doubled: list[int] = []
    glued: list[int] = []
    # (each doubled mark only where its mark is: a one-character test is a memchr, a two-character
    # one a slower search of the whole release, 14 ms over the corpus for the two, now 7)
    if '"' in whole and '""' in whole or "“" in whole and "““" in whole:
        doubled = [i for i, p in enumerate(read) if _DOUBLED_OPEN.search(p)]
    if any(whole.endswith(_GLUED_TITLE_WORDS, max(0, m.start() - 4), m.start()) for m in _DOT_CAPITAL.finditer(whole)):
        # (not a shouting paragraph, whose quote texts are copied back from the paragraph as
        # written at the same offsets)
        glued = [i for i, p in enumerate(read) if i not in shouting and _GLUED_TITLE.search(p)]
    if doubled or glued:
        read = list(read)
        for i in doubled:
            read[i] = _single_open(read[i])
        for i in glued:
            read[i] = _unglue_titles(read[i])
    rel = _Release(read, title, location)
    rel.register_people()
    _kin_people(rel, rel.resolver.text)
    _subject_people(rel, rel.resolver.text)
    if title and ", " in title and not title.isupper():
        _headline_appositive(rel, title)
    found = rel.direct()
    found += rel.reported()
    found.sort(key=lambda t: (t[0], t[1]))
    found += rel.settle_pending(found)
    found.sort(key=lambda t: (t[0], t[1]))
    if shouting:
        for pi, off, q in found:
            if pi in shouting:
                at = read[pi].find(q.text[:40], max(0, off - 2))
                if at >= 0 and read[pi][at:at + len(q.text)] == q.text:
                    q.text = paras[pi][at:at + len(q.text)]
    _first_person_bodies(rel, found)
    quotes = [q for _, _, q in found]
    if len(origin) != len(paragraphs):
        for q in quotes:
            q.paragraph = origin[q.paragraph]
    if boilerplate:
        _about_people(rel, boilerplate, location)
    contacts = [name for name in contact_names(boilerplate) if not _contact_known(rel, name)]
    if title and ("Sen" in title or "SEN" in title):
        # (after the contacts are matched: `Contact: LeRoy Coleman` is no `SEN. COLEMAN`)
        _headline_senator(rel, title)
    people = [Person(name=e.name, title=e.title, role=e.role, aliases=list(e.aliases), mentions=e.mentions)
              for e in rel.registry.people]
    known = {p.name for p in people}
    for name in contacts:
        if name not in known:
            people.append(Person(name=name))
            known.add(name)
    return quotes, people
