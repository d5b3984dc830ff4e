"""The corpus glossary: acronyms resolved across releases, organizations merged across releases.

A release that writes `ISIS` or `FBI` without defining it gets its long form from a release
that does define it; when releases disagree (`CID` is `Community Investment Department` in one
and `Criminal Investigation Division` in another) every long form is kept with its count, the
most common first, and the entry says it is a conflict. Organizations are merged by name
(`U.S. Department of Agriculture` = `Department of Agriculture` = `Agriculture Department`),
by the curated alias file (`ISIS` = `Daesh`) and by a spelled-out alias they share.

Works on parsed `Release` objects only (no text is re-read), so 10,000 releases take well
under a second; see benchmarks/bench_extract_orgs.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .extract.orglexicon import alias_table
from .extract.organizations import fold_name as fold_org
from .model import Release

# A long form's key: case, punctuation, "&" for "and", "the"/"U.S." in front and a final plural
# "s" do not make another meaning ("U.S. Department of Housing and Urban Development" =
# "Department of ...", "Health Care Fraud Prevention & Enforcement Action Team" = "... and ...").
LONG_LEAD_RE = re.compile(r"^(?:the|u s|us|united states)\s+")
NON_WORD_RE = re.compile(r"[^a-z0-9]+")  # "prevention & enforcement" -> "prevention enforcement" after the & swap


def fold_long(long_: str) -> str:
    s = NON_WORD_RE.sub(" ", long_.lower().replace("\u2019", "'").replace("&", " and ")).strip()
    while True:
        t = LONG_LEAD_RE.sub("", s)
        if t == s:
            break
        s = t
    return s[:-1] if s.endswith("s") and not s.endswith("ss") else s


@dataclass(slots=True)
class AcronymEntry:
    """One short form across the corpus."""

    short: str
    longs: list[tuple[str, int]] = field(default_factory=list)  # (long form, releases defining it), most first
    defined_in: list[str] = field(default_factory=list)  # release ids that define it
    undefined_in: list[str] = field(default_factory=list)  # release ids that use it without defining it
    count: int = 0  # uses over the corpus, definitions included
    curated: str | None = None  # the alias file's name when no release defines it ("ISIS")

    @property
    def long(self) -> str | None:
        """The most common long form; the curated one when no release defines the acronym."""
        return self.longs[0][0] if self.longs else self.curated

    @property
    def conflict(self) -> bool:
        return len(self.longs) > 1

    @property
    def releases(self) -> int:
        return len(self.defined_in) + len(self.undefined_in)

    def record(self) -> dict:
        return {
            "short": self.short,
            "long": self.long,
            "long_forms": [{"long": lf, "releases": n} for lf, n in self.longs],
            "curated": self.curated if not self.longs else None,
            "conflict": self.conflict,
            "defined": bool(self.longs),
            "defined_in": list(self.defined_in),
            "undefined_in": list(self.undefined_in),
            "releases": self.releases,
            "count": self.count,
        }


@dataclass(slots=True)
class OrgEntry:
    """One organization across the corpus."""

    name: str
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    releases: list[str] = field(default_factory=list)  # release ids, corpus order
    ticker: str | None = None

    def record(self) -> dict:
        return {
            "name": self.name,
            "acronym": self.acronym,
            "aliases": list(self.aliases),
            "mentions": self.mentions,
            "releases": len(self.releases),
            "release_ids": list(self.releases),
            "ticker": self.ticker,
        }


@dataclass(slots=True)
class Glossary:
    acronyms: dict[str, AcronymEntry]
    organizations: list[OrgEntry]

    def resolve(self, short: str) -> str | None:
        """The corpus's long form for `short` (the most common one), or None."""
        e = self.acronyms.get(short)
        return e.long if e else None


def build_acronyms(releases: Iterable[Release]) -> dict[str, AcronymEntry]:
    """Every short form used or defined in the releases, with its long forms and counts."""
    entries: dict[str, AcronymEntry] = {}
    # per short form: folded long -> Counter of how it is written
    forms: dict[str, dict[str, Counter[str]]] = {}
    for rel in releases:
        for a in rel.acronyms:
            e = entries.get(a.short)
            if e is None:
                e = entries[a.short] = AcronymEntry(a.short)
            e.count += a.count
            if a.defined and a.long:
                if not e.defined_in or e.defined_in[-1] != rel.id:
                    e.defined_in.append(rel.id)
                forms.setdefault(a.short, {}).setdefault(fold_long(a.long), Counter())[a.long] += 1
            elif not e.undefined_in or e.undefined_in[-1] != rel.id:
                e.undefined_in.append(rel.id)
    for short, by_key in forms.items():
        merged = _merge_suffixes(by_key)
        longs = [(c.most_common(1)[0][0], sum(c.values())) for c in merged.values()]
        longs.sort(key=lambda t: (-t[1], t[0]))
        entries[short].longs = longs
    table = alias_table()
    for short, e in entries.items():
        if not e.longs and short in table.triggers:
            line = table.names[table.group_of[short]]
            spelled = [n for n in line if not (n.isupper() and " " not in n)]
            e.curated = spelled[0] if spelled else None
    return entries


# Two long forms this alike, spaces aside, are one name spelled two ways ("inter-continental" /
# "intercontinental", "Institute"/"Institutes", "decentralised"/"decentralized", "Office of"/
# "Office for"): over the corpus every pair at 94 or more is such a variant, while the closest
# different meanings score 92.5 and below ("Occupation and Safety Health Administration" is
# still OSHA, but "Customs and Border Patrol"/"Protection" and "Minot"/"Morgan State
# University" are told apart).
SPELLING_VARIANT_SCORE = 94
# More long forms than this for one short form is no real corpus: skip the pairwise test.
MAX_FUZZY_FORMS = 64


def _merge_suffixes(by_key: dict[str, Counter[str]]) -> dict[str, Counter[str]]:
    """ "veterans affairs" is "department of veterans affairs": a long form whose words end
    another one's is the same meaning, written shorter; so is a spelling variant.

    Longest first, each form joins the first kept form it ends (or, for a short form with few
    long forms, resembles); beyond MAX_FUZZY_FORMS the kept forms' word suffixes are looked up
    in a dict, so a short form with thousands of long forms stays linear.
    """
    if len(by_key) < 2:
        return by_key
    keys = sorted(by_key, key=len, reverse=True)
    out: dict[str, Counter[str]] = {}
    if len(keys) <= MAX_FUZZY_FORMS:
        from rapidfuzz.fuzz import ratio

        squeezed: dict[str, str] = {}
        for k in keys:
            flat = k.replace(" ", "")
            for big in out:
                if big.endswith(" " + k) or ratio(squeezed[big], flat) >= SPELLING_VARIANT_SCORE:
                    out[big].update(by_key[k])
                    break
            else:
                out[k] = Counter(by_key[k])
                squeezed[k] = flat
        return out
    owner: dict[str, str] = {}  # "veterans affairs" -> "department of veterans affairs" (first kept)
    for k in keys:
        big = owner.get(k)
        if big is not None:
            out[big].update(by_key[k])
            continue
        out[k] = Counter(by_key[k])
        at = k.find(" ")
        while at >= 0:
            owner.setdefault(k[at + 1:], k)
            at = k.find(" ", at + 1)
    return out


def build_organizations(releases: Iterable[Release]) -> list[OrgEntry]:
    """Organizations merged across releases, most mentioned first."""
    table = alias_table()
    parent: dict[int, int] = {}
    key_owner: dict[str, int] = {}
    items: list[tuple[str, object]] = []  # (release id, Organization)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for rel in releases:
        for o in rel.organizations:
            i = len(items)
            items.append((rel.id, o))
            parent[i] = i
            keys = [fold_org(o.name)]
            line = table.group_of.get(o.name)
            for a in o.aliases:
                if line is None:
                    line = table.group_of.get(a)
                if " " in a and not a.isupper() and "'s " not in a and "\u2019s " not in a:
                    keys.append(fold_org(a))
            if line is not None:
                keys.append(f"\x00line{line}")
            for k in keys:
                if not k:
                    continue
                j = key_owner.get(k)
                if j is None:
                    key_owner[k] = i
                else:
                    ri, rj = find(i), find(j)
                    if ri != rj:
                        parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    out: list[OrgEntry] = []
    for ix in groups.values():
        names: Counter[str] = Counter()
        acr: Counter[str] = Counter()
        tick: Counter[str] = Counter()
        releases: list[str] = []
        mentions = 0
        alias_seen: dict[str, None] = {}
        for i in ix:
            rid, o = items[i]
            names[o.name] += 1
            for a in o.aliases:
                alias_seen.setdefault(a, None)
            if o.acronym:
                acr[o.acronym] += 1
            if o.ticker:
                tick[o.ticker] += 1
            mentions += o.mentions
            if not releases or releases[-1] != rid:
                releases.append(rid)
        # a spelled-out name before an acronym, then the name most releases use, the fuller on a tie
        name = max(names, key=lambda n: (not (n.isupper() and " " not in n), names[n], len(n.split()), len(n)))
        aliases = [n for n in names if n != name] + [a for a in alias_seen if a != name and a not in names]
        out.append(OrgEntry(
            name=name,
            acronym=acr.most_common(1)[0][0] if acr else None,
            aliases=aliases,
            mentions=mentions,
            releases=releases,
            ticker=tick.most_common(1)[0][0] if tick else None,
        ))
    out.sort(key=lambda e: (-e.mentions, -len(e.releases), e.name.casefold()))
    return out


def build_glossary(releases: Iterable[Release]) -> Glossary:
    rels = list(releases)
    return Glossary(acronyms=build_acronyms(rels), organizations=build_organizations(rels))
