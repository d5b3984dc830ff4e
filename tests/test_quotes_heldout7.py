"""Quote attribution, seventh round of held-out issuers (helper quotes5, sample seed 4471: DOJ,
Senate offices and wires outside the dev gold). Each test runs a rule on real text from a release
outside the dev gold; the comment names the release and, where the rule was written for another,
that one too."""

from __future__ import annotations

import time

from pressroom.extract.quotes import extract_quotes


def quotes_of(*paragraphs: str, title: str | None = None) -> list[tuple[str, str, str]]:
    quotes, _ = extract_quotes(list(paragraphs), title, ())
    return [(q.kind, q.speaker, q.text[:30]) for q in quotes]


def test_pronoun_keeps_the_previous_statements_speaker():
    # DOJ release_00758 (the only corpus release with the shape: a person named inside the previous
    # reported clause, then `He further admitted that ...`): the pronoun is Haq, the subject
    pars = ("Abdul Haq, 72, of Ypsilanti, Michigan, pleaded guilty to one count of conspiracy to commit health "
            "care fraud before U.S. District Judge Denise Page Hood of the Eastern District of Michigan.",
            "As part of his guilty plea, Haq admitted that he conspired with the owner of the Tri-County Network, "
            "Mashiyat Rashid, and his co-defendants and others to prescribe medically unnecessary controlled "
            "substances to Medicare beneficiaries. He further admitted that in furtherance of the conspiracy, "
            "Rashid and others also directed physicians, including Haq and others, to refer patients.",
            "Haq was charged along with Mashiyat Rashid, 37, of West Bloomfield, Michigan; Yasser Mozeb, 35, of "
            "Madison Heights, Michigan, in an indictment unsealed on July 6.")
    got = quotes_of(*pars)
    assert ("indirect", "Abdul Haq", "in furtherance of the conspira") in got
    assert not any(s == "Mashiyat Rashid" for _, s, _ in got)


def test_pronoun_after_a_statement_naming_nobody_is_the_latest_person():
    # senate/Biden/18Dec2005Biden7: `Senator Reid said ... that he was briefed ... He says that ...`
    # stays Reid's (the person named before the clause, not inside it)
    pars = ("Well, Senator Reid said this morning on television that he was briefed on it a couple of months "
            "ago. He says that the president can't pass the buck on this.",)
    got = quotes_of(*pars)
    assert ("indirect", "Reid", "the president can't pass the b") in got
