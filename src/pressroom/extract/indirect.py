"""Reported speech without quotation marks: `X said that ...`, `..., Dorgan said.`

The shapes, each read inside one sentence that holds no direct quote:

- a reporting verb and a `that` clause: `Col. Marotto added that ...`, `Louis Green, of New
  Jersey, told Senator Akaka that ...`, `He said Wednesday that ...`;
- a relative clause: `..., which he said get better results ...`;
- a statement with the attribution after it: `Drug courts are also a smart investment,
  Dorgan said.`, `..., the Justice Department announced today.`, `..., said Acting
  Assistant Attorney General Cronan.` (pages that lost their quote marks), `... – X stated`;
- an attribution set off by commas inside the statement: `The result, Isakson said, was that ...`;
- `According to X, ...` and `..., according to X.` when X is a person or a body, not a
  document (`according to court documents` is no speaker).

A reporting verb with a noun-phrase object (`announced the signing of ...`, `emphasised the
importance ...`) is not reported speech and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .lexicon import ROLE_NOUNS, ROLE_REFERENCES, key
from .names import appositive_role
from .quotemarks import Ranges
from .sentences import end_of, local_bounds, start_of
from .speakers import DOCUMENT_WORDS, LEAD_PHRASE, VERB, Resolver, Speaker, _sex_of_entry

# A belief is no speech (the gold conventions' reported speech is someone's saying): `She believes
# that keeping her clients informed ... is crucial` (pressservices), `Sen. Voinovich believes that
# an overdose of tax cuts will do more harm ...` are no quotes. As VERB matches them, with its blank.
_BELIEF_FORMS = frozenset({" believes", " believed"})
# What may stand between a reporting verb and `that`: `said Wednesday that`, `told Senator Akaka that`
THAT_AFTER = re.compile(r"(?P<mid>(?:[ \t,]+[^\s.;:!?\"“”,]+){0,7}?)[ \t,]+that,?[ \t]+(?=[\w\"“‘$(])")
# The same after `told`/`reminded`, whose object may be long: `reminded Baseball Commissioner Bud Selig and
# five Hall of Fame baseball players who today attended a Commerce Committee hearing ... that`
TELL_THAT_AFTER = re.compile(r"(?P<mid>(?:[ \t,]+[^\s.;:!?\"“”,]+){1,30}?)[ \t,]+that[ \t]+(?=[\w\"“‘$(])")
# Verbs whose object comes before `that`: `told reporters that`, `reminded Baseball Commissioner Bud Selig ... that`
TELL_VERBS = frozenset("told tells reminded reminds assured assures informed informs warned warns notified advised "
                       "convinced promised promises".split())
# Verbs of approval whose `that` clause is the thing welcomed, not anything said (gold README:
# `welcomed that ...` is no quote): `The minister welcomed that the parliament has passed the budget`
_WELCOME_VERBS = frozenset("welcomed welcomes praised praises".split())
# Words allowed between another verb and its `that`: time, place of saying, adverbs
BRIDGE_WORDS = frozenset("""
out also further again earlier later previously recently repeatedly publicly privately today yesterday tonight
on in at during this last week month year the a an his her their its hearing meeting statement letter interview release
speech remarks press conference briefing call session event ceremony testimony floor senate house news written
monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night
january february march april may june july august september october november december
""".split())
# A relative clause before the verb: `..., which he said` / `that Smith says`
RELATIVE_SUBJECT = re.compile(r"\b(?:which|that|what)[ \t]+(?P<who>he|she|they|it|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]*$")
# After a trailing verb, only adverbs or a role to the sentence end: `Dorgan said.`, `announced today.`
TRAIL_END = re.compile(
    r"^(?:[ \t]+(?:today|yesterday|tonight|on[ \t]+\w+day|\w+day|in[ \t]+a[ \t]+(?:statement|release|letter|news[ \t]+release)|"
    r"at[ \t]+the[ \t]+\w+|last[ \t]+week|this[ \t]+week))?[ \t]*[.!?]?[ \t]*$"
)
# `According to Marotto, ...` / `..., according to the Ministry.`
ACCORDING = re.compile(r"\b[Aa]ccording to[ \t]+")
# Where a statement ends before its trailing attribution: `..., Dorgan said` / `... – X stated`
STATEMENT_END = re.compile(r"(?:,[\"”]?|[ \t]+[–—-]+)[ \t]+[^,–—]*$")


# Reporting verbs that are also plural nouns: `claims that`, `reports that`, `notes that`
NOUNISH_VERBS = frozenset("claims reports notes states comments remarks statements warns alleges".split())
# A subject right before such a verb: `Smith claims`, `the company reports`, `he notes`
_SUBJECT_END = re.compile(r"(?:\b[A-Z][\w'’.-]*|\b(?:he|she|it|they|company|department|agency|government))[ \t]*$")
# A `to` infinitive between subject and verb means the verb is not the subject's: `agreed to pay ... to settle`
_INFINITIVE = re.compile(r"\bto[ \t]+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|our\b|this\b|that\b|these\b|those\b|date\b)[a-z]+\b")


# A time or place of saying right after a verb: ` said Wednesday.`, ` announced today.`
_TIME_AFTER = re.compile(r" (?:today|yesterday|tonight|on |in a |at the |last |this |[A-Z][a-z]+day\b)")
# A relative pronoun shortly before a verb: `which he said`
_RELATIVE_NEAR = re.compile(r"\b(?:which|that|what) ")
# Verbs that take a bare clause (`said the ministry will ...`) and what such a clause looks like:
# a subject (article, pronoun or capitalised word) and a finite verb within a few words
BARE_CLAUSE_VERBS = frozenset({"said", "says", "added", "stated", "noted", "explained", "argued", "warned"})
_BARE_TIME = r"(?:[ \t]+(?:on[ \t]+)?(?:today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?[ \t]+"
_BARE_HEAD = (
    _BARE_TIME + r"(?P<clause>(?:the|a|an|this|these|those|his|her|its|their|our|it|he|she|they|we|there|"
    # a capitalised word, not a day or a month (`said Saturday at a Senate hearing he convened ...`)
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|"
    r"August|September|October|November|December)\b)[A-Z][\w'’-]*|"
    # a bare noun heading the clause (`Nelson said passage of the legislation would send ...`), not a
    # preposition, an adverb or a time word standing between the verb and its clause
    r"(?!(?:in|at|on|of|for|to|with|without|by|from|about|during|after|before|since|until|as|while|when|if|"
    r"whether|than|and|or|but|so|that|what|which|who|how|why|where|last|next|earlier|later|once|again|also|"
    r"then|now|not|never|only|just|still|even|both|all|each|every|some|any|many|much|more|most|several|"
    r"such|other|another|no|one|two|three|four|five|ten|tonight|tomorrow|recently|previously|repeatedly|"
    r"publicly|privately|yes|please|thanks|thank|goodbye|hello|i|you|me|him|us|them|today|yesterday)\b)"
    # (an -ly word is an adverb, but for a few nouns and adjectives: `said early GFAP measurements could`)
    r"[a-z][a-z-]{2,}(?:(?<!ly)|(?<=early)|(?<=daily)|(?<=family)|(?<=supply)|(?<=elderly)|(?<=weekly)|(?<=monthly))\b)")
BARE_CLAUSE = re.compile(
    _BARE_HEAD + r"(?:[ \t]+[^\s.;:!?\"“”]+){0,6}?[ \t]+(?:will|would|should|could|can|cannot|may|might|must|is|are|"
    r"was|were|has|have|had|does|did|remains|continues|plans|expects|needs|wants)\b)"
)
# After `said`/`says` alone, which rarely takes a noun-phrase object, any present or past form closes
# the clause: `Senator Feinstein said the Department's failure puts America at greater risk ...`,
# `Dorgan said unreliable rail service and excessive rates threaten ...` is not (no -s), `Finally,
# Baucus said he respectfully disagrees with ...`; no comma inside (`..., said John Smith, who leads`)
SAID_CLAUSE = re.compile(
    # a pronoun with its verb run in: `The president said yesterday he's consulting with his generals`
    _BARE_TIME + r"(?P<clause>(?:he|she|it|they|we|there)['’](?:s|re|ll|ve|d)\b|"
    + _BARE_HEAD[len(_BARE_TIME):].replace("(?P<clause>", "(?:", 1) + r"(?:[ \t]+[^\s.,;:!?\"“”()]+){0,6}?[ \t]+(?!(?:is|was|has|its|this|his|hers|ours|theirs|yours|"
    r"us|as|plus|news|less|across|always|perhaps|various|previous|numerous|serious|business|process|access|success|"
    r"address|progress|congress|status|focus|bus|gas|class|red|need|seed|speed|feed|bed|hundred|indeed)\b)"
    r"[a-z]{2,}(?:s|ed)\b))"
)
_SAID_FORMS = frozenset({"said", "says"})
# Bodies named in full before a trailing verb, however long: `..., the Department of Justice Environment and
# Natural Resources Division and the U.S. Attorney for the Western District of Missouri announced.`
_BODY_NAMES = re.compile(r"^(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|of|the|and|for|in|on|at|de|&)){0,40}[ \t]*$")
# One comma-separated piece of a subject set off by appositives: a name, a position, `and` another
# name, `Jr.` (`David Kris, Assistant Attorney General for National Security, Channing D. Phillips,
# ..., and Joseph Persichini, Jr., Assistant Director for the FBIs Washington Field Office, announced`)
_NAME_CHUNK = re.compile(r"(?:and[ \t]+)?(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|of|the|and|for|in|on|at|de|&)){0,15}")
# A body named after a trailing verb: `..., announced the Department of Justice.`
_THE_NAME = re.compile(r"the[ \t]+[A-Z]")
# A pronoun subject and its verb right after `announced`: `GaiaNet ... announced it has raised a $10
# million Series Seed Round` (`announced the signing of ...` takes a noun phrase, no clause)
ANNOUNCED_CLAUSE = re.compile(r"[ \t]+(?P<clause>(?:it|they|he|she|we)[ \t]+(?:has|have|had|will|would|is|are|was|were|"
                              r"can|plans|intends|expects|signed|raised|closed|completed|acquired|received|launched|"
                              r"secured|entered|reached|agreed)\b)")
# A noun-phrase subject and a finite verb within a few words after `announced`, no relative word or
# `to` between them: `Sen. Norm Coleman today announced Bemidji Regional Airport has been awarded a $5
# million grant`, `announced today any future legislation on video franchising reform must include
# ...` (not `announced a $5 million grant that will ...`, `announced a program designed to help ...`)
ANNOUNCED_NP_CLAUSE = re.compile(
    r"(?:[ \t]+(?:today|yesterday|(?:this|last)[ \t]+week|on[ \t]+[A-Z][a-z]+day|[A-Z][a-z]+day))?[ \t]+(?P<clause>"
    r"(?:it|they|he|she|we|the|a|an|its|his|her|their|this|these|any|all|[A-Z][\w'’&-]*|\$[\d.,]+)"
    r"(?:[ \t]+(?!(?:that|which|who|whose|where|when|to|as|and|or|but)\b)[^\s,;:!?\"“”()]*[^\s,;:!?\"“”().]){0,6}?"
    r"[ \t]+(?:has|have|had|will|would|is|are|was|were|can|must|should)[ \t]+[a-z])")
# A sentence longer than this lost its punctuation (Senate pages): only a window is read
MAX_SENTENCE = 1500
# A name heading a subject before its appositive: `Ascentage Pharma (NASDAQ: AAPG; HKEX: 6855)`,
# `Deputy Assistant Secretary of State for Passport Services Anne Barrett`
_NAME_HEAD = re.compile(r"[ \t]*[A-Z][\w.'’&-]*(?:[ \t]+(?:[A-Z][\w.'’&-]*|of|for|the|and|de|&|\([^()]*\)))*[ \t]*$")
# What tells narrative from someone's words: figures and dates (`On December 5, 2005,`, `Founded in
# 2014`), a transcript label (`Sen. BIDEN:`), court proceedings (`The guilty pleas were entered yesterday`)
_NARRATIVE = re.compile(r"\d|:|\b(?:pleaded|pleas?|sentenced|indicted|convicted|entered|filed|charged)\b")
# An opening quotation mark: a curly one, or a straight one after a space or at the start
_OPENING = re.compile(r"[“«]|(?:^|(?<=[\s(]))\"")
# Any quotation mark
_MARKS = re.compile(r"[\"“”«»]")
# An auxiliary right before the verb makes it passive: `were told that`, `it was announced that`,
# `has been reported that`
_PASSIVE_END = re.compile(r"\b(?:was|were|is|are|been|be|being)(?:[ \t]+(?:also|repeatedly|previously|again))?[ \t]*$")
# A relative pronoun right before the verb: `which found that`, `who said that`
_RELATIVE_END = re.compile(r"\b(?:which|who|that)[ \t]*$")


def _sentence(par: str, pos: int, pi: int, edges_of: Callable[[int], list[int]] | None) -> tuple[int, int, bool]:
    """(start, end, runaway) of the sentence around `pos`, read from the paragraph's sentence
    edges (`edges_of(pi)`, worked out once per paragraph and shared with the direct-quote
    rules). In a paragraph longer than the window the sentence is cut to the window around
    `pos`, and `runaway` says it ran past it (punctuation lost), as `local_bounds` would say."""
    if edges_of is None:
        return local_bounds(par, pos, MAX_SENTENCE)
    e = edges_of(pi)
    s0, s1 = start_of(e, pos), end_of(e, pos, len(par))
    if len(par) <= MAX_SENTENCE:
        return s0, s1, False
    # a long paragraph: the sentence as `local_bounds` would window it, from the edges worked
    # out once (a windowed search per verb made a paragraph of 5,000 short sentences quadratic)
    lo, hi = pos - MAX_SENTENCE, pos + MAX_SENTENCE
    return max(s0, lo, 0), min(s1, hi), s0 < lo or s1 > hi


@dataclass(slots=True)
class Reported:
    para: int
    start: int
    text: str
    speaker: Speaker


# A source opening the sentence before its subject: `According to documents filed in court, Olivas and
# Perez admitted that ...` (its `to documents` read as an infinitive made the subject nobody's)
_ACCORDING_LEAD = re.compile(r"According to[ \t][^,]{1,100},[ \t]+")


def _unlead(who: str) -> str:
    """The subject without an opening phrase: `Prior to the fire, OMB and BIA had` -> `OMB and BIA had`;
    `According to documents filed in court, Olivas and Perez` -> `Olivas and Perez`."""
    w = who.lstrip()
    m = LEAD_PHRASE.match(w) or _ACCORDING_LEAD.match(w)
    return w[m.end():] if m else who


def _subject_phrase(who: str) -> str | None:
    """The words before a reporting verb to resolve as its subject, or None when they show the
    verb is not the subject's: a `to` infinitive between them (`agreed to pay ... to settle claims
    that`). An infinitive inside an appositive set off by commas after a name does not count:
    `Ascentage Pharma (NASDAQ: AAPG), a ... company engaged in ... therapies to address unmet needs,
    announced that` reads `Ascentage Pharma (NASDAQ: AAPG)`."""
    u = _unlead(who)
    if not _INFINITIVE.search(u):
        return who
    first, last = u.find(","), u.rfind(",")
    if 0 <= first < last and _NAME_HEAD.match(u, 0, first) and not _INFINITIVE.search(u, last) and not (
            " " not in u[:first].strip() and u[:first].strip().endswith("ly")):  # `Specifically, ...`
        return u[:first]
    return None


def _statement_start(par: str, s0: int, found: list[Reported]) -> int:
    """Where a statement with its attribution after it starts: the paragraph's start when the
    sentences before it are more of the same words, as on pages that lost their quote marks
    (`Every worker has the right to come home safely. While most employers try ..., said Dr.
    David Michaels.`): nothing before holds a reporting verb, a quote mark or an earlier quote."""
    if s0 == 0 or found or s0 > 1200:
        return s0
    head = par[:s0]
    if VERB.search(head) or _MARKS.search(head) or "ccording to" in head or _NARRATIVE.search(head):
        return s0
    return 0


def _clean(text: str) -> str:
    return text.strip().strip("\"“”").rstrip(".!?;:, ").strip()


# The head of a subject phrase, past an article, a few adjectives and a name qualifying it:
# `A Redfin survey ...` -> `survey`, `A recent GAO report ...` -> `report` (not `The Flood Law Firm`, whose
# capitalised words are a name)
_SUBJECT_HEAD = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Ii]ts|[Tt]heir|recent|new|several|many|some|two|three)[ \t]+)*"
                           r"(?:[A-Z][\w'’-]*[ \t]+)?(?P<head>[a-z][\w'’-]*)")
# An article and the lower-case words after it, up to a preposition: `A subsequent forensic review`
_NOUN_PHRASE = re.compile(r"(?:[Aa]n?|[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)(?:[ \t]+(?!of\b|from\b|by\b|at\b|in\b|for\b|on\b|with\b)[a-z][\w-]*){1,4}")
# A subject opening with a document in the plural: `Studies from the Air Conditioning Contractors of America`
_DOCUMENTS_FIRST = re.compile(r"(?P<head>[A-Z][a-z]+)[ \t]+[a-z]")


# The head word of a document's name, after an article: `The McConnell Amendment`, `the Dream Act`
_DOCUMENT_TAILS = frozenset("amendment amendments resolution resolutions bill act report study letter complaint "
                            "indictment survey memo memorandum proposal rule agreement legislation provision".split())
_DOCUMENT_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})


# A subject's opening noun phrase whose head has its topic or maker after it: `A Congressionally
# mandated independent study of the F-22, ...` (head `study`), `subsequent forensic analysis of
# Furmans computers` (head `analysis`); up to six words, no comma, before `of`/`by`/`from`
_HEAD_BEFORE_OF = re.compile(r"(?P<first>[\w'’-]+)(?:[ \t]+[\w'’-]+){0,4}?[ \t]+(?P<head>[a-z]+)[ \t]+(?:of|by|from)[ \t]")
# What may follow the complement, set off by a comma: the document's making (`, conducted by the
# Institute of Defense Analyses (IDA),`); anything else after a comma is the clause's subject
_MADE_BY = re.compile(r"[a-z]+ed[ \t]+(?:by|for|at|in)[ \t]")


def _document_of(text: str) -> bool:
    """Does `text` (a subject phrase) head with a document followed by its topic or maker, with
    nobody else after it to speak: `A Congressionally mandated independent study of the F-22,
    conducted by the Institute of Defense Analyses (IDA),` (Senate Chambliss), `subsequent
    forensic analysis of Furmans computers and digital media` (DOJ)? The name inside is the
    document's maker or topic, not the verb's subject (gold README: a study is no speaker).
    Not `During the review of the case, Smith` (an opening phrase, then the subject)."""
    m = _HEAD_BEFORE_OF.match(text)
    if m is None or key(m.group("head")) not in DOCUMENT_WORDS:
        return False
    first = m.group("first").lower()
    if first in _OPENING_PREPOSITIONS or first in _SUBORDINATORS or first in ("that", "which", "who"):
        return False
    return all(not p.strip() or _MADE_BY.match(p) for p in text[m.end():].split(", ")[1:])


def _document_subject(who: str) -> bool:
    """Is the subject of a reporting verb a document (`Studies from X have indicated that`,
    `A Redfin survey highlighted by Inman revealed that`)? A document is never a speaker."""
    text = _unlead(who).lstrip()
    if (" of " in text or " by " in text or " from " in text) and (
            _document_of(text) or " that " in text and _document_of(text[text.rindex(" that ") + 6:])):
        # (`The trial evidence showed that subsequent forensic analysis of Furmans computers ...
        # confirmed that`: the inner clause's subject, after the last `that`)
        return True
    if len(text.split()) > 12:
        return False  # `The evidence showed that during a search ..., Furman admitted that`: a clause, not a subject
    if any(m is not None and key(m.group("head")) in DOCUMENT_WORDS
           for m in (_SUBJECT_HEAD.match(text), _DOCUMENTS_FIRST.match(text))):
        return True
    words = text.split()
    if len(words) >= 2 and words[0].lower() in _DOCUMENT_ARTICLES and key(words[-1]) in _DOCUMENT_TAILS and all(
            w[:1].isupper() or w[:1].isdigit() for w in words[1:-1]):
        # a document's name, its words capitalised: `The McConnell Amendment states that:`, `The Pell
        # Grant Equity Act says` (not `the Senators in announcing this agreement`)
        return True
    # the lower-case words before the first preposition: `A subsequent forensic review of Morris computer`
    m = _NOUN_PHRASE.match(text)
    return m is not None and any(key(w) in DOCUMENT_WORDS for w in m.group().split()[1:])


# Words heading a subject that is no one named: `The womans father also addressed Aranda-Soto and said, ...`
_NOT_A_NAME_HEAD = frozenset({"the", "a", "an", "his", "her", "their", "its", "one", "another", "some", "many"})
# A comma right after the verb, then a capitalised statement: `said, We will not allow ...`
_LEAD_COMMA = re.compile(r",[ \t]+[A-Z]")
# Verbs that attribute a statement (not `announced`, which closes a lede whose next sentence is narrative:
# `..., announced Assistant Attorney General Lanny A. Breuer. The former president of Taiwan ...`)
_STATEMENT_VERBS = frozenset({"said", "says", "stated", "states", "added", "adds"})


# A relative pronoun and the subject of its clause right before the verb: `who Niedziela says`
_RELATIVE_NAME_END = re.compile(r"\b(?:which|that|what|who|whom)[ \t]+(?:he|she|they|it|we|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]*$")
_ANNOUNCE_FORMS = frozenset({"announced", "announces", "announce"})


def _bare_clause_after(par: str, e: int, verb_text: str) -> bool:
    """Does a clause without `that` follow the verb (`Leeuwen also said the grant will enhance
    ...`, `announced Bemidji Regional Airport has been awarded ...`)? The look-around before the sentence work let such a verb through only when a `that`
    happened to stand within 260 characters, so rule 2b read a bare clause only by chance."""
    v = verb_text[1:]
    if v in BARE_CLAUSE_VERBS:
        return BARE_CLAUSE.match(par, e) is not None or v in _SAID_FORMS and SAID_CLAUSE.match(par, e) is not None
    return v in _ANNOUNCE_FORMS and (ANNOUNCED_CLAUSE.match(par, e) or ANNOUNCED_NP_CLAUSE.match(par, e)) is not None


# Words a bare-clause subject may head with in lower case: an article, a possessive, a pronoun
# (`the company said it will ...`, `he said the grant will ...`); any other lower-case head is no
# speaker's name (`some of those who showed up ... said they were ...`)
_SUBJECT_LOWER_HEADS = frozenset("the a an this these those his her its their our he she they it we i both".split())
# A subordinating word heading the subject: the saying is a condition or a background, not a
# statement (`If the Senate says we must have them, then ...`, `While the Air Force said ...`)
_SUBORDINATORS = frozenset("if while when whether although though unless because once until as since before after "
                           "where what how why".split())
# A preposition heading the subject: an opening phrase too long for LEAD_PHRASE still stands before
# it (`Following the Trump administration’s executive order on July 30 ending the “de minimis”
# exemption for low-value parcels under $800, Australia Post announced ...` gave President Trump)
_OPENING_PREPOSITIONS = frozenset("following in on at during under through with for despite upon prior due given amid "
                                  "among after before by".split())
# `the government of Felipe Calderon announced it had deployed ...`: a body or a relation named
# after a person is not that person (`the CEO of Acme, John Smith,` is: a role noun heads it)
_HEAD_OF = re.compile(r"(?:the|a|an)[ \t]+(?P<head>[a-z][\w-]*)[ \t]+(?:of|for|at|under)[ \t]")


# A subordinating word inside the words before the verb: the verb's subject follows the last one
# (`Sen. Harry Reid of Nevada issued the following statement after the Pentagon said they are
# canceling ...`); after `if`/`unless`/`whether` the saying is only a condition
_INNER_SUBORDINATOR = re.compile(r"[ \t,](?P<w>after|before|when|where|because|while|since|until|although|though|but|if|unless|whether)[ \t]+")


# Pronouns the resolver would read as the last body named or nobody: no subject of a subordinate clause
_VAGUE_PRONOUNS = frozenset({"it", "its", "you", "we", "they", "i"})


def _last_clause_subject(subject: str) -> str | None:
    """The subject of a bare-clause verb when the words before it hold a clause of their own,
    else the words as they are; None when the saying is a condition (`... if the President says
    the bill is ...`)."""
    if " " not in subject.strip():
        return subject
    head = subject.lstrip().split(None, 1)[0].lower()
    if (head in _SUBORDINATORS or head in _OPENING_PREPOSITIONS) and ", " in subject:
        # an opening clause set off by a comma, however long: `If larger studies confirm the results,
        # Kalra said early GFAP measurements could change ...`: the subject follows its comma
        tail = subject.rsplit(", ", 1)[1].strip()
        if 0 < len(tail.split()) <= 6 and (tail[:1].isupper() or tail.split()[0].lower() in _SUBJECT_LOWER_HEADS):
            subject = tail
    last = None
    for last in _INNER_SUBORDINATOR.finditer(subject):
        pass
    if last is None:
        return subject
    if last.group("w") in ("if", "unless", "whether"):
        return None
    return subject[last.end():]


def _bare_subject_ok(subject: str, resolver: Resolver, at: tuple[int, int]) -> bool:
    """May the words before `said` + a bare clause be its speaker? The `that` of rule 1 marks the
    clause; a bare clause has only the verb, so its subject must head with a name, a pronoun or
    an article: not a share (`56% of AI decision-makers said their organization will ...`), a
    subordinating word (`If the Senate says we must ...`) or a preposition, another lower-case word,
    a common noun of a name (`the government of Felipe Calderon`), or a document
    (`the report says`); and a lone capitalised word must be someone already named or a body
    (`Management believes the Company's product pipeline has ...` named no one)."""
    u = _unlead(subject).strip()
    words = u.split()
    if not words:
        return False
    first = words[0].lower()
    if first.endswith("%") or words[1:2] == ["percent"] or first == "according":
        return False  # `56% of AI decision-makers said`, `According to Forrester's ... Survey, 56% ... said`
    if first in _SUBORDINATORS or first in _OPENING_PREPOSITIONS or not (
            u[:1].isupper() or u[:1].isdigit() or first in _SUBJECT_LOWER_HEADS):
        return False
    h = _HEAD_OF.match(u)
    if h is not None and h.group("head") not in ROLE_NOUNS and h.group("head") not in ROLE_REFERENCES:
        return False
    if _document_subject(subject):
        return False
    if len(words) == 1 and first not in _SUBJECT_LOWER_HEADS:
        # no new person from a lone word (`Management`): a name met before, or a body the headline names
        return resolver.registry.find(words, at) is not None or resolver._looks_like_org(u)
    return True


# A lower-case source that ends in a name of two or more capitalised words (no `of` before them):
# `noted agriculture economist Blake Brown`
_NAME_ENDS = re.compile(r"^[a-z][a-z -]{0,40}[ \t](?:[A-Z][a-z'’-]+[ \t]){1,2}[A-Z][a-z'’-]+$")


# A bare person pronoun subject, maybe with an adverb: `He further`, `she also`
_PRONOUN_SUBJECT = re.compile(r"(?i)(?:he|she)(?:[ \t]+(?:also|further|then|later|again|additionally))?")


def _same_subject(subject: str, sp: Speaker, prev: Reported | None, par: str, s0: int, prev_end: int) -> Speaker:
    """`he`/`she` heading the sentence right after a reported statement is that statement's
    speaker, not a person named inside its clause: `Haq admitted that he conspired with the owner
    ..., Mashiyat Rashid, ... He further admitted that ...` is Haq's (the pronoun keeps the
    previous sentence's subject). `sp` is the most recent fitting person, kept unless that person
    was named inside the previous statement, which ended where this sentence starts."""
    if prev is None or prev.speaker.kind != "person" or prev.speaker.entry is None or sp.entry is None \
            or sp.entry is prev.speaker.entry or par[prev_end:s0].strip():
        return sp
    if not _PRONOUN_SUBJECT.fullmatch(subject.strip()):
        return sp
    wrong = "m" if subject.strip()[:3].lower() == "she" else "f"
    surname = sp.entry.core[-1] if sp.entry.core else ""
    if not surname or _sex_of_entry(prev.speaker.entry) == wrong or surname not in par[prev.start:s0]:
        return sp
    return prev.speaker


# A clause of its own after a semicolon, opened by a lower-case connective: the verb's subject is in
# it (`...; however, the Bureau of Land Management noted that ...`), not a byline's piece
# (`Zaheer Baber; Professor of Sociology; University of Toronto, said`: capitalised, left whole)
_SEMICOLON_CLAUSE = re.compile(r";[ \t]+(?:(?:however|but|and|yet|meanwhile|instead|still|moreover|thus|so),?[ \t]+)(?=[^;]*$)")


def _appositive_subject_start(before: str) -> int:
    """Where a trailing subject set off by appositives starts in `before` (which ends with the comma
    closing the last appositive), or -1: the earliest of a run of comma-separated pieces, at most
    eight, that are each a name or a position, reaching back from the end (`The Justice Department
    secured more than $3billion ... ending Sept. 30, 2011, Tony West, Assistant Attorney General for
    the Civil Division, announced today.` -> `Tony West, ...`). At least two pieces: a name alone
    before the verb is STATEMENT_END's."""
    b = before[:-1]
    end, cut, pieces = len(b), -1, 0
    while pieces < 8:
        j = b.rfind(", ", max(0, end - 200), end)
        if j < 0 or not _NAME_CHUNK.fullmatch(b, j + 2, end):
            break
        cut, end, pieces = j, j, pieces + 1
    return cut if pieces >= 2 else -1


# Verbs that attribute a statement from inside it, set off by commas: `..., he argues, is next.`
_ASIDE_VERBS = frozenset("said says added adds noted notes explained explains argued argues stated warned warns "
                         "insisted insists contended contends".split())
# The subject of such an aside, all of what stands between its opening comma and the verb: `he`,
# `Sanders`, `Sen. Harry Reid`, `the company` (not `the approach they`, nor a clause)
_ASIDE_SUBJECT = re.compile(r"(?:[Hh]e|[Ss]he|the[ \t]+[a-z]+|(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)")


def _aside(par: str, pi: int, pos: int, e: int, s0: int, s1: int, who: str, resolver: Resolver) -> Reported | None:
    """The sentence around an attribution set off by commas (`What is different now, Handelman
    believes, is that the tools ... exist.`, keycrew; `In one case of counterfeiting, Stabenow said,
    a patented $70 woodworking tool ... was copied ...`, Senate) as its subject's reported speech,
    or None. The subject is a pronoun, a name or `the` + a noun (a body: `This completion, the
    company says, is a testament ...`), the sentence's words at least two on each side; the
    sentence is read as written, the aside in it (the gold text is the words as written)."""
    c = who.rfind(", ")
    if c < 0 or not _ASIDE_SUBJECT.fullmatch(who, c + 2):  # (`who` ends where the verb's space starts)
        return None
    subject = who[c + 2:].strip()
    if subject.lower() in _VAGUE_PRONOUNS:
        return None
    lead, rest = who[:c], par[e + 2:s1]
    if len(lead.split()) < 2 or len(rest.split()) < 2 or _MARKS.search(par, s0, s1) or rest[:1] in "(–—-":
        return None
    sp = resolver.resolve(subject, (pi, pos))
    return Reported(pi, s0, _clean(par[s0:s1]), sp) if sp is not None else None


def _joint_bodies(subject: str, resolver: Resolver, at: tuple[int, int]) -> Speaker | None:
    """The first body of a long trailing subject that is a joint announcement (`the U.S.
    Environmental Protection Agency (EPA) and Department of Justice`, DOJ 06619; `the Department
    of Justice and U.S. Immigration and Customs Enforcement (ICE)`, DOJ 08798), else None: the
    minigold conventions give a joint statement to the first-named body. The caller reports the
    statement with it rather than resolving the subject a second time."""
    if " and " not in subject:
        return None
    sp = resolver.resolve(subject, at)
    if sp is not None and sp.kind == "organization" and subject.removeprefix("the ").startswith(sp.name + " "):
        return sp
    return None


def _past_appositive(par: str, at: int, end: int) -> int:
    """Where a clause begins after the appositive position set off by commas at `at` (the comma
    after a source's name), or 0 when none is there: `, CEO and founder of TAG, the company is`
    -> the offset of `the company`."""
    if not par.startswith(", ", at):
        return 0
    role = appositive_role(par, at)
    if not role or not par.startswith(role, at + 2):
        return 0
    after = at + 2 + len(role)
    for _ in range(2):
        # a place or a body after the position (`KBS’ CEO and regional president, Eastern U.S.,`), a
        # relative clause (`..., who led the Greenberg Traurig team,`): part of the appositive too
        if not par.startswith(", ", after):
            return 0
        nxt = par.find(", ", after + 2, end)
        seg = par[after + 2:nxt] if nxt > 0 else ""
        words = seg.split()
        if not (words and (len(words) <= 4 and all(w[:1].isupper() for w in words)
                           or words[0] in ("who", "whose") and len(words) <= 14)):
            break
        after = nxt
    # (`after` is a comma's place here: the loop's test, or the `", "` it found)
    return after + 2 if after + 2 < end else 0


def find_indirect(par: str, pi: int, busy: Ranges, quoted: Ranges, resolver: Resolver,
                  edges_of: Callable[[int], list[int]] | None = None,
                  verbs: Iterable[tuple[int, int, str]] | None = None, *, marks_lost: bool = False) -> list[Reported]:
    """Reported speech in one paragraph. `busy` holds (start, end) ranges of sentences that
    hold direct quotes, which the direct-quote rules already read; `quoted` the ranges inside
    quote marks, where a verb is part of someone's words. `edges_of`, when given, returns
    the `sentences.ends` of paragraph `pi` (cached by the caller); `verbs`, when given, the
    (start, end, text) of the paragraph's VERB matches (the caller scanned the whole release
    at once). `marks_lost` says the release has no quotation marks at all (a page that lost
    them): a statement with its attribution after it then runs from the paragraph's start."""
    out: list[Reported] = []
    taken_until = -1
    prev_end = -1  # where the last reported sentence ended (its `s1`)
    if verbs is None:
        verbs = [(m.start(), m.end(), m.group()) for m in VERB.finditer(par)]

    for pos, e, verb_text in verbs:
        if pos < taken_until or verb_text in _BELIEF_FORMS or quoted.contains(pos):
            continue
        # cheap look around before any sentence work: a `that` soon after, the sentence end (or a
        # time word) right after, a comma right before, or a relative pronoun just before
        if not (par.find(" that ", e, e + 260) >= 0 or par.find(" that, ", e, e + 260) >= 0 or par[e:e + 1] in ".!?,;" or par[pos - 1:pos] in ",\"”"
                or _TIME_AFTER.match(par, e) or _RELATIVE_NEAR.search(par, max(0, pos - 40), pos)
                or _bare_clause_after(par, e, verb_text)):
            continue
        s0, s1, runaway = _sentence(par, pos, pi, edges_of)
        if busy.overlaps(s0, s1):
            continue
        verb = verb_text.split()[0].lower()
        # a "sentence" of thousands of characters lost its punctuation: read a window around
        # the verb only, and look for no statement before it
        runaway = runaway or s1 - s0 > MAX_SENTENCE
        who = par[max(s0, pos - 160):pos] if runaway else par[s0:pos]
        after = par[e:min(s1, e + 600)] if runaway else par[e:s1]
        # 1. a `that` clause
        t = (TELL_THAT_AFTER if verb in TELL_VERBS else THAT_AFTER).match(after)
        if t and verb in _WELCOME_VERBS:
            t = None  # `The minister welcomed that the parliament has passed ...`: a reaction, no statement
        if t and who.strip():
            mid = t.group("mid").replace(",", " ").split()
            ok = verb in TELL_VERBS or all(key(w) in BRIDGE_WORDS for w in mid)
            if ok and verb in TELL_VERBS and " to " in t.group("mid") and _INFINITIVE.search(t.group("mid")):
                ok = False  # `Congress told DOE to enter into contracts with utilities that guaranteed ...`: a relative `that`
            if ok and verb in NOUNISH_VERBS and not _SUBJECT_END.search(who[-60:]):
                ok = False  # `to settle claims that they made ...`: a noun, not a verb
            if ok and _document_subject(who):
                ok = False  # `Studies from the Air Conditioning Contractors of America have indicated that`
            if ok and _PASSIVE_END.search(who, max(0, len(who) - 20)):
                ok = False  # `Residents were told that`, `it was announced that`: the subject heard it, or nobody is named
            if ok and "; " in who:
                m_semi = _SEMICOLON_CLAUSE.search(who)
                if m_semi is not None:
                    who = who[m_semi.end():]  # `The state agreed in 2002 to transfer ...; however, the Bureau of Land Management noted that`
            subject = _subject_phrase(who) if ok and not _RELATIVE_END.search(who[-20:]) else None
            if subject and _INNER_SUBORDINATOR.search(subject):
                # the verb's subject is the last clause's, not the sentence's (`John Charles McCluskey ...
                # will receive a life prison sentence ... after a federal jury today announced that it
                # could not reach ...`, `... issued the following statement after Xcel Energy announced
                # that ...`); a pronoun there other than he/she is nobody the rules can tell (`a fact
                # highlighted by Morgan Stanley Research ..., when it reported that`, `While you set a
                # goal ..., you asserted that`)
                subject = _last_clause_subject(subject)
                ends = subject.lower().split() if subject else ()
                if ends and (ends[0] in _VAGUE_PRONOUNS or ends[-1] in _VAGUE_PRONOUNS):
                    subject = None
            if subject:
                clause = _clean(after[t.end():])
                if len(clause.split()) >= 3:
                    sp = resolver.resolve(subject, (pi, pos))
                    if sp is not None:
                        if out and prev_end > 0 and subject.lstrip()[:1] in "HhSs":  # cheap pre-test for `He`/`She`
                            sp = _same_subject(subject, sp, out[-1], par, s0, prev_end)
                        out.append(Reported(pi, e + t.end(), clause, sp))
                        taken_until = prev_end = s1
                        continue
        # 2. a relative clause: `which he said get better results`
        r = RELATIVE_SUBJECT.search(who[-80:])
        if r and verb in ("said", "says", "argued", "argues", "noted", "claims", "claimed"):
            clause = _clean(after)
            if len(clause.split()) >= 3 and clause[:1].islower() and not clause.startswith("that "):
                sp = resolver.resolve(r.group("who"), (pi, pos))
                if sp is not None:
                    out.append(Reported(pi, e, clause, sp))
                    taken_until = prev_end = s1
                    continue
        # 2b. `said` and a clause without `that`: `Reber Ahmed, Minister of Interior, said the ministry
        #     will continue ...`; only after a name or a pronoun, and only with a finite verb soon
        if verb in BARE_CLAUSE_VERBS and who.strip() and not runaway:
            c = BARE_CLAUSE.match(after) or (SAID_CLAUSE.match(after) if verb in _SAID_FORMS else None)
            if c is not None and _RELATIVE_NAME_END.search(who, max(0, len(who) - 80)):
                c = None  # `Mayor Joe Bowles, who Niedziela says stopped by ...`: the relative's verb, no clause
            subject = _subject_phrase(who) if c and not _RELATIVE_END.search(who[-20:]) else None
            if subject and c:
                subject = _last_clause_subject(subject)
            if subject and c and _bare_subject_ok(subject, resolver, (pi, pos)):
                sp = resolver.resolve(subject, (pi, pos))
                if sp is not None:
                    clause = _clean(after[c.start("clause"):])
                    if len(clause.split()) >= 4:
                        if out and prev_end > 0 and subject.lstrip()[:1] in "HhSs":  # cheap pre-test for `He`/`She`
                            sp = _same_subject(subject, sp, out[-1], par, s0, prev_end)
                        out.append(Reported(pi, e + c.start("clause"), clause, sp))
                        taken_until = prev_end = s1
                        continue
        # 2c. `announced it has raised ...`: a pronoun clause without `that`
        if verb in _ANNOUNCE_FORMS and who.strip() and not runaway:
            c = ANNOUNCED_CLAUSE.match(after) or ANNOUNCED_NP_CLAUSE.match(after)
            subject = _subject_phrase(who) if c and not _RELATIVE_END.search(who[-20:]) else None
            if subject and c:
                subject = _last_clause_subject(subject)
            if subject and c and _bare_subject_ok(subject, resolver, (pi, pos)):
                clause = _clean(after[c.start("clause"):])
                if len(clause.split()) >= 4:
                    sp = resolver.resolve(subject, (pi, pos))
                    if sp is not None:
                        out.append(Reported(pi, e + c.start("clause"), clause, sp))
                        taken_until = prev_end = s1
                        continue
        # 2d. on a page that lost its marks, an attribution leading into the statement with a comma:
        #     `Karin J. Immergut, U.S. Attorney for the District of Oregon, said, We will not allow ...`
        if marks_lost and verb in _STATEMENT_VERBS and who.strip()[:1].isupper() and _LEAD_COMMA.match(par, e) and \
                who.split()[0].lower() not in _NOT_A_NAME_HEAD:
            text = _clean(par[e + 1:])
            sp = resolver.resolve(who, (pi, pos)) if len(text.split()) >= 6 and not VERB.search(par, e) else None
            if sp is not None and sp.kind == "person":
                out.append(Reported(pi, e + 1 + (len(par[e + 1:]) - len(par[e + 1:].lstrip())), text, sp))
                taken_until = len(par)
                continue
        # 3a. an attribution set off by commas inside the statement: `The Pentagon about face, Sanders
        #     said, is welcome news.` (Senate Sanders), `This shift, he explains, was key to ...` (citybiz)
        if verb in _ASIDE_VERBS and par[e:e + 2] == ", " and not runaway:
            aside = _aside(par, pi, pos, e, s0, s1, who, resolver)
            if aside is not None:
                out.append(aside)
                taken_until = prev_end = s1
                continue
        # 3. a statement, then its attribution: `..., Dorgan said.` / `..., said X, ROLE.`
        if verb in ("told", "tells", "reminded", "warned", "urged", "praised", "welcomed", "expressed", "shared",
                    "agreed", "highlighted", "pointed"):
            continue
        if runaway:
            continue
        before = who
        tail_from = max(0, len(before) - 260)  # the subject is short: search its end only
        subj_first = STATEMENT_END.search(before, tail_from)
        appositive_cut = -1
        if subj_first is None and before.endswith(",") and TRAIL_END.match(after):
            appositive_cut = _appositive_subject_start(before)
        if (subj_first or appositive_cut > 0) and TRAIL_END.match(after):
            cut = subj_first.start() if subj_first else appositive_cut
            statement = _clean(par[s0:s0 + cut])
            subject = before[cut:].lstrip(",–—- \t")
            n = len(subject.split())
            if appositive_cut > 0:
                n = min(n, 12)  # (its pieces were each read as a name or a position)
            if verb in NOUNISH_VERBS and " and " in subject:
                n = 0  # a plural noun, no verb: `..., including India, China, Russia, Latin America and the Persian Gulf states.`
            if len(statement.split()) >= 4 and 0 < n and (n <= 12 or _BODY_NAMES.match(subject)):
                sp = resolver.resolve(subject, (pi, pos))
                if n > 12 and sp is not None and sp.entry is not None and len(sp.entry.core) < 2:
                    sp = None  # `Department of Justice Environment and ...` read as `Justice Environment`
                if sp is not None:
                    # a closing mark with no opening one (`..., are second to none," Dorgan said.`):
                    # the words began with the paragraph, like a page's that lost its marks
                    lone_close = before[cut + 1:cut + 2] in ("\"", "”") and not _OPENING.search(par, 0, s0 + cut)
                    start = _statement_start(par, s0, out) if marks_lost or lone_close else s0
                    out.append(Reported(pi, start, _clean(par[start:s0 + cut]) if start < s0 else statement, sp))
                    taken_until = prev_end = s1
                    continue
        if before.rstrip().rstrip("\"”").endswith(",") and verb in ("said", "says", "added", "stated", "noted", "explained",
                                                       "commented", "continued", "concluded", "remarked", "announced"):
            statement = _clean(before.rstrip().rstrip("\"”")[:-1])
            subject = after.strip()
            joint = None
            if _THE_NAME.match(subject):  # `the Department of Justice.`, `the President, who praised ...`
                subject = subject.split(",", 1)[0]
                if len(subject.split()) > 8 and not subject.startswith("the Departments of ") and (
                        joint := _joint_bodies(subject, resolver, (pi, e))) is None:
                    continue  # (`announced the Departments of Justice and Health and Human Services (HHS).`)
            if len(statement.split()) >= 4 and (subject[:1].isupper() or _THE_NAME.match(subject)):
                sp = joint if joint is not None else resolver.resolve(subject, (pi, e))
                if sp is not None:
                    start = _statement_start(par, s0, out) if marks_lost else s0
                    if start < s0:
                        statement = _clean(par[start:s0] + before.rstrip().rstrip("\"”")[:-1])
                    out.append(Reported(pi, start, statement, sp))
                    taken_until = prev_end = s1
                    continue
    if "ccording to" in par:
        for m in ACCORDING.finditer(par):
            s0, s1, runaway = _sentence(par, m.start(), pi, edges_of)
            if runaway or busy.overlaps(s0, s1) or s1 - s0 > MAX_SENTENCE:
                continue
            rest = par[m.end():s1]
            lead = par[s0:m.start()].strip()
            if not lead:  # `According to X, clause.`
                comma = rest.find(", ")
                if comma <= 0:
                    continue
                source, clause = rest[:comma], _clean(rest[comma + 2:])
                start = m.end() + comma + 2
            elif lead.endswith(",") and len(lead.split()) <= 4 and 0 < rest.find(", ") <= 80:
                # an opening phrase, then `according to X, clause.`: `Without a buyout, according to
                # noted agriculture economist Blake Brown, tobacco farmers would face ...`
                comma = rest.find(", ")
                source, clause = rest[:comma], _clean(rest[comma + 2:])
                start = m.end() + comma + 2
            else:  # `clause, according to X.`
                if not lead.endswith(","):
                    continue
                source, clause = _clean(rest), _clean(lead)
                start = s0
            if start > m.end():
                # the source before its clause (the first two branches above): `According to Mary Ellen
                # Podmolik, Editor-in-Chief, Modern Healthcare, "There's a lot of listening ..."`
                # (newsworthy), `According to CONSAD, a well-respected economic and public policy
                # analysis firm, the legislation could ...` (Senate Talent): the clause begins after
                # the source's appositive position
                skip = _past_appositive(par, start - 2, s1)
                if skip and not par.startswith(('"', "“"), skip):
                    # (not before a quotation mark: `..., who led the Greenberg Traurig team, “The
                    # successful ...”`, whose direct quote is attributed through this reported one)
                    start = skip
                    clause = _clean(par[start:s1])
            if len(clause.split()) < 4 or any(key(w) in DOCUMENT_WORDS for w in source.split()):
                continue
            if source[:1].islower() and not source.startswith(("the ", "he", "she")) and not _NAME_ENDS.search(source):
                continue  # `according to court documents`; not `according to noted agriculture economist Blake Brown`
            sp = resolver.resolve(source, (pi, m.start()), source=True)
            if sp is not None:
                out.append(Reported(pi, start, clause, sp))
    return out
