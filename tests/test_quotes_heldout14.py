"""Held-out quote checks, round 12 (held-out sample seeds 424242 and 8311).

A trailing attribution whose speaker is named with a given name no list of ours has, followed by an
appositive naming someone else, gave the quote to the person in the appositive.
"""
from __future__ import annotations

from pressroom.extract.quotes import extract_quotes


def test_unknown_given_name_heading_the_attribution() -> None:
    # Senate Talent, 11Oct2004Talent6 (left by the previous round)
    paras = ["\"We are grateful for Senator Talent's work. My 10-year-old son Isaac has Sickle Cell Disease, which "
             "affects our family's decisions everyday,\" said Everline Singleton, mother of 10-year old Isaac "
             "Singleton, who suffers from sickle cell disease. \"Senator Talent's bill will help families like ours.\""]
    quotes, people = extract_quotes(paras, "Title")
    assert [q.speaker for q in quotes] == ["Everline Singleton", "Everline Singleton"], [(q.speaker, q.text) for q in quotes]
    assert {"Everline Singleton", "Isaac Singleton"} <= {p.name for p in people}


def test_known_given_name_heading_the_attribution_unchanged() -> None:
    # the same shape with a given name we know was already right
    quotes, _ = extract_quotes(["\"My son has the disease,\" said Mary Singleton, mother of Isaac Singleton."], "Title")
    assert [q.speaker for q in quotes] == ["Mary Singleton"]


def test_firm_heading_the_attribution_is_no_person_behind_it() -> None:
    # `said <Name>, <lower-case appositive naming a person>`: the head, not the person named after
    quotes, _ = extract_quotes(["\"We will keep fighting for our clients,\" said Ramos Calderon, founder of the firm "
                                "that represented Jim Smith."], "Title")
    assert [q.speaker for q in quotes] == ["Ramos Calderon"], [(q.speaker, q.text) for q in quotes]


def test_a_campaign_lead_in_before_a_whole_sentence() -> None:
    # newsworthy 247PressRelease 2024/0917 (Learn And Play Montessori): `campaign:` marks a name only
    # before a short span; the only such lead-in in the corpus
    paras = ["Kiran Grewal, Co-Founder of Learn And Play® Montessori, expressed enthusiasm about this new campaign: "
             "\"We are making a major investment in our online presence to ensure that parents in San Carlos are aware "
             "of the incredible educational opportunities we are bringing to the community.\""]
    quotes, _ = extract_quotes(paras, "Title")
    assert [q.speaker for q in quotes] == ["Kiran Grewal"], [(q.speaker, q.text) for q in quotes]


def test_a_campaign_name_stays_no_quote() -> None:
    quotes, _ = extract_quotes(["The company launched its new campaign \"Liberate Your Toes\" this spring, said "
                                "John Smith, the company's CEO."], "Title")
    assert not any(q.text.startswith("Liberate") for q in quotes)
