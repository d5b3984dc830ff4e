"""Quote attribution, sixth round of held-out issuers (helper quotes4, sample seed 8675: Senate
offices, DOJ components and wires outside the dev gold). Each test runs a rule on real text from
a release other than the one it was written for; the comment names both."""

from __future__ import annotations

import time

from pressroom.extract.quotes import extract_quotes


def quotes_of(*paragraphs: str, title: str | None = None) -> list[tuple[str, str, str]]:
    quotes, _ = extract_quotes(list(paragraphs), title, ())
    return [(q.kind, q.speaker, q.text[:30]) for q in quotes]


def test_said_with_a_bare_clause_and_no_that_nearby():
    # written for senate/Coleman/20Jun2006 (`Leeuwen also said the grant will enhance ...`); run on
    # senate/Jeffords/12Jul2006: the bare clause was read only when a `that` stood within 260
    # characters of the verb
    pars = ("The Senate last night passed legislation authored by Sen. Jim Jeffords, I-Vt., that will ban the "
            "transportation of captive primates across state lines for pet trade.",
            "Jeffords said the legislation is needed because primates have become increasingly popular as "
            "private pets, with an estimated 15,000 in the U.S. alone. The Humane Society of the United States "
            "is a strong proponent of the bill.")
    assert ("indirect", "Jim Jeffords", "the legislation is needed beca") in quotes_of(*pars)


def test_bare_clause_subject_that_is_a_share_names_nobody():
    # newsdirect (NAVEX, 2024-10-08): the survey's respondents are no speaker, nor is the survey
    pars = ("NAVEX unveils a curated AI content library.",
            "According to Forrester's September 2023 Artificial Intelligence Pulse Survey, 56% of AI "
            "decision-makers said their organization will use generative AI (genAI) in the next 12 months for "
            "internal or customer-facing production applications.")
    assert not any(k == "indirect" for k, _, _ in quotes_of(*pars))


def test_bare_clause_under_a_condition_is_no_statement():
    # senate/Voinovich/11May2006 (`If the Senate says we must have them, then ...` gave a body
    # named 'If the Senate'); the same holds inside the sentence (`... if the President says ...`)
    pars = ("Sen. George V. Voinovich opposed the tax cuts.",
            "If the Senate says we must have them, then we need to pay for them and not pass the bill on to "
            "our grandchildren.",
            "Voinovich will oppose the bill if the President says the cuts will pay for themselves over time.")
    got = quotes_of(*pars)
    assert not any(s in ("If the Senate", "George V. Voinovich") for _, s, _ in got)


def test_bare_clause_subject_after_a_subordinating_word():
    # senate/Reid/22Feb2007 (`Sen. Harry Reid of Nevada issued the following statement after the
    # Pentagon said they are canceling plans ...` gave Reid the Pentagon's words); run on
    # senate/Dorgan/19May2006, where the body's saying heads the sentence with `While`
    pars = ("Sen. Byron Dorgan welcomed the Air Force decision on the UAV mission at Grand Forks.",
            "While the Air Force said the base's infrastructure is adequate to accommodate the UAV mission, "
            "Dorgan said he would work with officials to ensure the base is able to upgrade communications.")
    got = quotes_of(*pars)
    assert ("indirect", "Byron Dorgan", "he would work with officials t") in got
    assert not any(s.startswith("While") for _, s, _ in got)
    pars = ("Sen. Harry Reid of Nevada issued the following statement after the Pentagon said they are canceling "
            "plans for the explosion at the Nevada Test Site, called Divine Strake.",)
    assert not any(s == "Harry Reid" for _, s, _ in quotes_of(*pars))


def test_lone_capitalised_word_before_a_bare_clause_is_nobody_new():
    # newmediawire (ABVC BioPharma, 2025-07-24): `Management believes the Company's product
    # pipeline has excellent market potential.` made a person named 'Management'
    pars = ("ABVC BioPharma, Inc. today announced a milestone payment from its partner.",
            "Management believes the Company's product pipeline has excellent market potential.")
    quotes, people = extract_quotes(list(pars), None, ())
    assert not any(q.speaker == "Management" for q in quotes)
    assert not any(p.name == "Management" for p in people)


def test_quote_with_an_unread_attribution_is_not_the_reporters():
    # citybiz (True Markets, 2025-05-28): `"We built True Markets ...," said Gupta, who has a BS ...`
    # went to the company, whose reported speech ended the paragraph before; its own attribution
    # names someone the rules could not tell, so the quote is left out
    pars = ("Along with the raise, the company launched the True Markets app. True Markets said the app would run "
            "exclusively on Solana and combines powerful tools designed for retail users.",
            "\u201cWe built True Markets to evolve beyond the current state of both traditional and crypto "
            "finance,\u201d said Gupta, who has a BS in Computer and Systems Engineering from the Rensselaer "
            "Polytechnic Institute.")
    got = quotes_of(*pars)
    assert ("indirect", "True Markets", "the app would run exclusively ") in got
    assert not any(k == "direct" for k, _, _ in got)


def test_quote_inside_reported_speech_still_settles():
    # newmediawire (Kessler Topaz, 2024-12-31): the quote ends in words that are no attribution
    pars = ("On the call, Badrinarayanan Kothandaraman, the Company's President and Chief Executive Officer, "
            "discussed the quarter.",
            "While he acknowledged that the Company had occasionally made customer-specific price concessions, "
            "Defendant Kothandaraman reiterated that \u201cwe are not dropping pricing anywhere,\u201d despite "
            "prevailing competitive headwinds.")
    assert any(k == "direct" and s == "Badrinarayanan Kothandaraman" for k, s, _ in quotes_of(*pars))


def test_bare_clauses_stay_linear():
    pars = ["John Smith spoke.", "Smith said the grant will help the town. " * 5000,
            "John Smith spoke after Jones said the " * 5000 + "grant will help."]
    t = time.process_time()
    extract_quotes(pars, None, ())
    assert time.process_time() - t < 1.5
