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
    # (round 12: a lone surname before a `who` clause is read as the speaker, so the quote is Gupta's,
    # still not the company's)
    assert all(sp == "Gupta" for k, sp, _ in got if k == "direct")


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


def test_announced_with_a_noun_phrase_clause():
    # written for senate/Coleman/20Jun2006 (`Sen. Norm Coleman today announced Bemidji Regional Airport
    # has been awarded ...`); run on senate/Demint/4Mar2008 and newsdirect (Comcast, 2024-04-09)
    pars = ("U.S. Senator Jim DeMint today announced a $1 million competitive grant will be awarded for a Union "
            "robotics training center through the U.S. Department of Labor.",)
    assert ("indirect", "Jim DeMint", "a $1 million competitive grant") in quotes_of(*pars)
    pars = ("Today, Comcast announced Houston would be one of five cities from which eligible small businesses can "
            "apply to its nationally recognized Comcast RISE program.",)
    title = "National Comcast RISE Program Set to Give 100 Southeast Texas Small Businesses Grants"
    assert ("indirect", "Comcast", "Houston would be one of five c") in quotes_of(*pars, title=title)


def test_announced_with_a_noun_phrase_object_is_no_quote():
    # senate/Burr/14Dec2006 and senate/Demint/17Aug2005: a noun phrase, a relative clause or an
    # infinitive after `announced` is the object, no reported clause
    for sentence in ("Sen. Richard Burr today announced $4,296,152 in federal funds to help prevent homelessness.",
                     "Sens. Jim DeMint and Lindsey Graham announced a $3.9 million grant that will help fire "
                     "departments.",
                     "Sen. Conrad Burns announced guiding principles for federal legislation that will introduce "
                     "competition into the market."):
        assert not any(k == "indirect" for k, _, _ in quotes_of(sentence))


def test_announced_after_a_long_opening_phrase_names_no_one_inside_it():
    # citybiz (2025-08-27): the opening phrase is too long for LEAD_PHRASE, and its 'Trump' became
    # the speaker of Australia Post's announcement
    pars = ("Donald Trump signed an order.",
            "Following the Trump administration\u2019s executive order on July 30 ending the \u201cde minimis\u201d "
            "exemption for low-value parcels under $800, Australia Post announced this week it is halting commercial "
            "shipping to the U.S. due to the impending tariffs.")
    assert not any(s == "Donald Trump" for _, s, _ in quotes_of(*pars))
    # senate/Bingaman/27Mar2008: the government of a person is not that person
    pars = ("Mexican President Felipe Calderon met the senator.",
            "Today, the government of Felipe Calderon formally announced it had deployed Army soldiers and federal "
            "police agents to crack down on the violence.")
    assert not any(s == "Felipe Calderon" for _, s, _ in quotes_of(*pars))


def test_a_ticker_makes_the_subject_a_company():
    # ibn (McEwen, 2025-08-04): `McEwen (NYSE: MUX) (TSX: MUX) announced it will host ...` went to its
    # chair Rob McEwen, named further on
    pars = ("McEwen (NYSE: MUX) (TSX: MUX) announced it will host a conference call on Thursday, August 7, 2025, "
            "to discuss its second quarter financial results.",
            "\u201cWe are building a great company,\u201d said Rob McEwen, chair and chief owner.")
    got = quotes_of(*pars)
    assert ("indirect", "McEwen", "it will host a conference call") in got
    assert ("direct", "Rob McEwen", "We are building a great compan") in got


def test_said_with_a_clause_headed_by_a_bare_noun():
    # written for senate/BillNelson/8Jan2005 (`Nelson said passage of the legislation would send a
    # signal ...`); run on senate/Isakson/14Aug2007 and senate/Bingaman/20Mar2007
    pars = ("U.S. Senator Johnny Isakson, R-Ga., today voted for the ethics reform bill.",
            "Isakson said increased transparency and disclosure are essential to the appropriations process.")
    assert ("indirect", "Johnny Isakson", "increased transparency and dis") in quotes_of(*pars)
    pars = ("Sen. Jeff Bingaman announced the award for BNSL.",
            "Bingaman said funding will help support expansion of BNSL's programs.")
    assert ("indirect", "Jeff Bingaman", "funding will help support expa") in quotes_of(*pars)


def test_said_then_a_preposition_or_adverb_is_no_bare_noun_clause():
    for sentence in ("Senator Jeff Bingaman said in a statement the bill will help.",
                     "Senator Jeff Bingaman said repeatedly the bill will help.",
                     "Senator Jeff Bingaman said last week the bill will help."):
        assert not any(t.startswith(("in a", "repeatedly", "last week")) for _, _, t in quotes_of(sentence))


def test_a_statement_without_marks_is_one_quote():
    # doj/release_06392 (Delery) lost its quote marks: the attributed statement is his indirect quote;
    # the next sentence, no marks and no reporting verb, is not (test_quotes_heldout3's lost-marks test)
    pars = ("WASHINGTON - The settlement was announced today by Assistant Attorney General for the Civil Division "
            "Stuart F. Delery.",
            "Health care fraud costs every taxpayer and we will pursue it wherever we find it, said Assistant "
            "Attorney General Delery. The Civil Division, working with the U.S. Attorneys Offices and our state and "
            "agency partners, will continue to hold accountable those who misuse federal health care dollars.")
    assert quotes_of(*pars) == [("indirect", "Stuart F. Delery", "Health care fraud costs every ")]


def test_said_with_a_clause_whose_verb_is_no_auxiliary():
    # written for senate/Feinstein/28Feb2008 (`Senator Feinstein said the Department's failure puts
    # America at greater risk ...`); run on senate/Baucus/23Jan2007 and newmediawire's wire (Lottery.com)
    pars = ("After attending the State of the Union Address tonight, Montana's senior U.S. Senator Max Baucus said "
            "he agreed with many of the themes in the speech, including the importance of health care.",)
    assert ("indirect", "Max Baucus", "he agreed with many of the the") in quotes_of(*pars)
    pars = ("Lottery.com Inc. reintroduced its sports app.",
            "COO Gregory Potts said the reintroduction positions Lottery.com to deliver long-term value for "
            "shareholders.")
    assert ("indirect", "Gregory Potts", "the reintroduction positions L") in quotes_of(*pars)


def test_said_then_a_pronoun_with_its_verb_run_in():
    # senate/Biden/21Jun2005 (a reporter's question): `The president said yesterday he's consulting ...`
    pars = ("President George Bush spoke on Iraq.",
            "The president said yesterday he's consulting with his generals.")
    assert ("indirect", "George Bush", "he's consulting with his gener") in quotes_of(*pars)


def test_said_inside_a_relative_clause_is_no_clause_of_its_own():
    # newsworthy (2026-06-28, a podcast): `Mayor Joe Bowles, who Niedziela says stopped by her office
    # moments before recording ...` gave the host's words to Justin McKenzie
    pars = ("Justin McKenzie hosts the show with Lisa Niedziela.",
            "She and McKenzie discuss the visibility of Mayor Joe Bowles, who Niedziela says stopped by her office "
            "moments before recording to plan a July 4th parade.")
    assert not any(k == "indirect" for k, _, _ in quotes_of(*pars))


def test_opening_by_phrase_names_no_speaker():
    # newmediawire (BTCS, 2025-02-20): `By building it into BTCS's Staker Protection Plan, the company
    # says it ensures ...` gave a person named 'Staker Protection Plan'
    pars = ("BTCS Inc. announced a pilot program.",
            "By building it into BTCS\u2019s Staker Protection Plan, the company says it ensures a secure and legally "
            "compliant environment that enhances validators' ability to mitigate risks.")
    assert not any(s == "Staker Protection Plan" for _, s, _ in quotes_of(*pars))


def test_told_someone_to_do_something_has_no_that_clause():
    # senate/Craig/23May2007: `Congress told DOE to enter into contracts with utilities that guaranteed
    # the transfer of nuclear waste by 1998` is an order with a relative `that`, no reported clause
    pars = ("Public law 107-200 stipulated the approval of the Yucca Mountain Site.",
            "When the plan was first envisioned in the 1980s, Congress told DOE to enter into contracts with "
            "utilities that guaranteed the transfer of nuclear waste by 1998.")
    assert not any(k == "indirect" for k, _, _ in quotes_of(*pars))
    # the object alone still takes its clause: `Louis Green, of New Jersey, told Senator Akaka that ...`
    pars = ("Senator Akaka met veterans.",
            "Louis Green, of New Jersey, told Senator Akaka that the VA had lost his records twice.")
    assert ("indirect", "Louis Green", "the VA had lost his records tw") in quotes_of(*pars)


def test_opening_clause_before_the_subject_of_a_bare_clause():
    # written for newmediawire (American Heart Association, 2025-01-30: `If larger studies confirm the
    # results, Kalra said early GFAP measurements could change ...`); run on newmediawire (Image Protect,
    # 2025-07-08), where the subject was read as a body named 'Company', and on newsdirect (TAG, 2024-12-03)
    # (the release writes `the Company believes`, a belief and no quote since helper q10's rule: `says`
    # here, which the subject rule reads the same way)
    pars = ("Image Protect, Inc. (OTC:IMTL) (\u201cImage Protect\u201d or the \u201cCompany\u201d) is pleased to "
            "provide an update to shareholders regarding the launch of its wholly owned subsidiary. While still in the "
            "early stages of commercialization and brand development, the Company says it is important to keep "
            "shareholders informed of management\u2019s long-term strategic vision.",)
    assert ("indirect", "Image Protect", "it is important to keep shareh") in quotes_of(*pars)
    pars = ("The Awareness Group (TAG) unveiled the TAG GRID.",
            "By working with hundreds of service providers, TAG says it significantly reduces this risk.")
    title = "The Awareness Group Has a Bold Vision: Introducing the TAG GRID"
    assert ("indirect", "TAG", "it significantly reduces this ") in quotes_of(*pars, title=title)


def test_given_name_and_a_word_surname_with_a_position_is_a_person():
    # written for senate/Cantwell/10Jan2007 (`said Bill Center, President of the Washington Council on
    # International Trade` gave a body 'Bill Center'); run on newsworthy (candidate.fyi, 2025-08-05),
    # whose `Mike May` was read as a body too (a month)
    pars = ("candidate.fyi introduced a technology partnership with UKG.",
            "\u201cAt UKG, we strive to create lifelong partnerships with our customers,\u201d said Mike May, senior "
            "director of the UKG Connect Technology Partner Program at UKG.")
    quotes, people = extract_quotes(list(pars), None, ())
    assert [(q.speaker, q.speaker_type) for q in quotes] == [("Mike May", "person")]
    assert any(p.name == "Mike May" for p in people)


def test_as_a_named_person_explains():
    # written for prvolt (2024-12-19: `As Patricia Santos, CEO and founder of Volition Beauty, explains,`
    # gave the body); run on newsdirect (Kevel, 2025-02-11), whose quote was lost
    pars = ("Kevel announced the acquisition of Nexta.",
            "As Martin Jensen, Founder and Chairman of the Board at Nexta, says, \u201cThis merger is more than just a "
            "strategic move \u2014 it\u2019s a match made in heaven.\u201d")
    assert ("direct", "Martin Jensen", "This merger is more than just ") in quotes_of(*pars)
    # an opening phrase that names no person is still passed over
    pars = ("Sen. Jim Talent spoke.", "As a result, Talent said, \u201cWe will keep working on this bill for farmers.\u201d")
    assert ("direct", "Jim Talent", "We will keep working on this b") in quotes_of(*pars)


def test_an_amendment_is_a_document_not_its_sponsor():
    # senate/McConnell/19Jul2007: the amendment's words went to McConnell (`The McConnell amendment
    # states that detainees "including ..."`) and to a body 'McConnell Amendment' (`The McConnell
    # Amendment states that:` closing the paragraph before the quoted text)
    pars = ("Sen. Mitch McConnell offered an amendment on Guantanamo detainees.",
            "The McConnell amendment states that detainees \u201cincluding senior members of al Qaeda, should not be "
            "released to American society\u201d or transferred.",
            "The McConnell Amendment states that:",
            "\u201cIt is the sense of the Senate that detainees housed at Guantanamo Bay, Cuba, should not be released "
            "into American society.\u201d")
    assert quotes_of(*pars) == []
    # a joint statement `said the Senators in announcing this agreement` is still the senators'
    pars = ("Sens. Larry Craig (R-ID) and John Sununu (R-NH) today announced an agreement with the Administration.",
            "\u201cWe are united in our support to provide law enforcement the tools necessary to combat terrorism,"
            "\u201d said the Senators in announcing this agreement.")
    assert ("direct", "Larry Craig", "We are united in our support t") in quotes_of(*pars)


def test_role_noun_prefers_the_body_its_noun_names():
    # doj/release_01897 (written for it): `The department announced today that BOP will ...` went to
    # BOP, the only body that had spoken; the lede's subject is the Department of Justice
    pars = ("Today, the Department of Justice announced a series of reforms at the Federal Bureau of Prisons (BOP) "
            "designed to reduce recidivism.",
            "BOP announced it has hired Amy Lopez, an experienced educator in the Texas prison school system, as "
            "its superintendent.",
            "The department announced today that BOP will begin paying for every federal inmate to obtain a birth "
            "certificate and a state-issued identification card.")
    got = quotes_of(*pars)
    assert ("indirect", "Department of Justice", "BOP will begin paying for ever") in got
    # doj/release_07871: the department that spoke first is still the one `the department` means
    pars = ("The Department of Justice announced today that it will require Standard Parking Corporation and "
            "Central Parking Corporation to divest their interests in certain parking facilities.",
            "Consumers have benefited from lower parking prices, said Acting Assistant Attorney General Joseph "
            "Wayland. The department said that without these divestitures, the combined company would have gained "
            "a dominant market position.")
    assert ("indirect", "Department of Justice", "without these divestitures, th") in quotes_of(*pars)


def test_welcomed_that_is_no_statement():
    # gold README (conventions): `Cabinet approved that ...`, `welcomed that ...` are decisions and
    # reactions, not quotes (no corpus release uses the shape; the held-out ones may)
    pars = ("Minister John Smith met the Cabinet.",
            "The minister welcomed that the parliament has passed the budget for the new financial year.",
            "Smith praised that the council has approved the plan for three new schools.")
    assert quotes_of(*pars) == []
    # `said that` in the same place is still reported speech
    pars = (pars[0], "The minister said that the parliament has passed the budget for the new financial year.")
    assert ("indirect", "John Smith", "the parliament has passed the ") in quotes_of(*pars)
