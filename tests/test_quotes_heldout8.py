"""Quote attribution, eighth round of held-out issuers (helper quotes6, sample seed 60613/60614:
DOJ, Senate offices Snowe/Hagel/Bond/Lott/Mikulski/Vitter/Chambliss, wires keycrew/prism/prkarma/
blockchainwire/evertiseaipr/pressservices outside the dev gold). Each test runs a rule on real text
from a release other than the one it was written from; the comment names the release."""

from __future__ import annotations

import time

from pressroom.extract import sentences
from pressroom.extract.quotes import extract_quotes


def quotes_of(*paragraphs: str, title: str | None = None) -> list[tuple[str, str, str]]:
    quotes, _ = extract_quotes(list(paragraphs), title, ())
    return [(q.kind, q.speaker, q.text[:30]) for q in quotes]


def test_glued_sentence_end_after_attribution():
    # DOJ release_01734 (written from release_09519 'Civil Division.Mortgage lenders ...'): the page lost
    # the space between the attribution's sentence and the statement's next one
    par = ("The department appreciates the continued cooperation of the New York City Board of Elections, "
           "including proactive steps taken to start remedying violations, said Principal Deputy Assistant "
           "Attorney General Vanita Gupta, head of the Justice Departments Civil Rights Division.The department "
           "appreciates the continued cooperation of the Board and will monitor its compliance closely.")
    edges = sentences.ends(par)
    assert par[edges[0]:].startswith("The department appreciates the continued cooperation of the Board")


def test_glued_end_splits_a_senate_statement():
    # Senate Carper 03Aug2007 (a Carper release quoting Voinovich and Coleman, marks lost): 'face.The I-35W'
    # glued Voinovich's last sentence to Coleman's statement, which was given his words
    par = ("The tragedies of Hurricane Katrina and the bridge collapse in Minnesota make painfully clear the urgent "
           "need for improvements to our aging infrastructure, Sen. Voinovich said. Our infrastructure is "
           "collapsing due to insufficient funding. When enacted, this commission will lead the way in providing "
           "long-term solutions to the dire problems we currently face.The I-35W bridge tragedy was proof that "
           "this nation is long overdue for an infrastructure overhaul, said Sen. Coleman. We simply can not allow "
           "what happened in Minneapolis to occur anywhere else in this country.")
    texts = [t for _, _, t in quotes_of("U.S. Senators George V. Voinovich (R-OH) and Norm Coleman (R-MN) "
                                        "praised the bill.", par)]
    assert "The I-35W bridge tragedy was p" in texts
    assert not any(t.startswith("When enacted") and "I-35W" in t for t in texts)


def test_glued_end_leaves_web_addresses_and_brands():
    # ibn footers 'www.InvestorBrandNetwork.com', newsworthy 'BestGrowthStocks.Com', citybiz Trump Media
    # 'the FinTech brand Truth.Fi, announced today that ...' (the brand lost its lede quote in a first try)
    for text in ("Visit www.InvestorBrandNetwork.com for more.", "Read more at BestGrowthStocks.Com today.",
                 "operator of Truth+, and the FinTech brand Truth.Fi, announced today that the Company has added"):
        assert sentences.ends(text) == [], text
    got = quotes_of("Trump Media and Technology Group Corp., operator of the social media platform Truth Social, "
                    "the streaming platform Truth+, and the FinTech brand Truth.Fi, announced today that the "
                    "Company has added British news broadcaster GB News to the Truth+ platform.")
    assert got and got[0][1] == "Trump Media and Technology Group Corp"


def test_glued_ends_stay_linear():
    for hostile in ("aa.Bb" * 5000, "word said.The end " * 5000, "x" * 5000 + "aa.Bbb", "said.Thereafter" * 5000):
        t = time.process_time()
        sentences.ends(hostile)
        assert time.process_time() - t < 0.5
    t = time.process_time()
    extract_quotes(["Mortgage lenders who lie, said Tony West.Mortgage lenders who lie undermine it. " * 5000], None, ())
    assert time.process_time() - t < 1.0



def test_an_unnamed_spokesperson_is_no_speaker():
    # 247PressRelease Ductless Plus and pressservices Accu-Temp (the maintainers' test_quotes has
    # Shincheonji's 'said a representative of the ... Church' left out): who speaks cannot be told, so a
    # firm-looking body name ('Ductless Plus', 'Me First Living') no longer takes the quote
    assert quotes_of("\"Every home has its problem areas, hot or cold spots that traditional systems can't fix,\" says "
                     "a spokesperson from Ductless Plus. \"Mitsubishi Electric's advanced ductless solutions provide "
                     "year-round comfort.\"") == []
    assert quotes_of("\"We established the Oldest AC Giveaway to express our gratitude to our community,\" commented a "
                     "representative from Accu-Temp Heating & Air Conditioning.") == []
    assert quotes_of("“We believe in transforming lives through better health,” a spokesperson for Me First Living "
                     "stated.") == []


def test_a_spokesperson_who_is_named_still_speaks():
    # blockchainwire FUKU ('said a spokesperson for the project Mr. Lightspeed': the spokesperson's name);
    # Senate Johnson's 'Col. Wayne Marotto, ..., the Coalition's military spokesperson' shape: a role named before
    got = quotes_of("“$FUKU is more than just a meme token; it’s a celebration of the simple joys,” said a spokesperson "
                    "for the project Mr. Lightspeed.")
    assert got and got[0][1] == "Lightspeed"
    got = quotes_of("Col. Wayne Marotto, the Coalition's military spokesperson, spoke in Baghdad on Monday.",
                    "\"Our forces are working together with a common goal against the enemy,\" the spokesperson said.")
    assert got and got[0][1] == "Wayne Marotto"


def test_a_that_clause_inside_a_subordinate_clause_is_its_own_subjects():
    # Senate Salazar 13Mar2008 and Kyl 4Oct2007 (written from DOJ release_06330's 'John Charles McCluskey ...
    # will receive a life prison sentence ... after a federal jury today announced that it could not reach ...',
    # which gave McCluskey the jury's words)
    got = quotes_of("Today, United States Ken Salazar issued the following statement after Xcel Energy announced "
                    "that it will make Boulder the home of the first full-scale smart grid city.")
    assert got == [("indirect", "Xcel Energy", "it will make Boulder the home ")]
    got = quotes_of("Senate Finance Committee Chairman Max Baucus and U.S. Senator Jon Kyl met on Tuesday.",
                    "Kyl ultimately withdrew his amendment, after Baucus agreed that the Senate Finance Committee "
                    "would hold a hearing on death tax relief.")
    assert [s for _, s, _ in got] == ["Max Baucus"]


def test_a_vague_pronoun_heading_the_subordinate_clause_is_nobody():
    # newmediawire ENPH ('a fact highlighted by Morgan Stanley Research ..., when it reported that') and
    # Senate Feinstein 25Jan2008 ('While you set a goal ..., yesterday in testimony ... you asserted that')
    assert quotes_of("Chinese solar companies were dumping their products, a fact highlighted by Morgan Stanley "
                     "Research on April 24, 2023, when it reported that Chinese inverter export value increased 156% "
                     "year-over-year.") == []
    assert quotes_of("While you set a goal for the agency of issuing these standards in 2007, yesterday in testimony "
                     "before the Senate Environment and Public Works Committee you asserted that no timeline exists "
                     "for completing this process.") == []


def test_a_gendered_title_outweighs_the_given_names_census_sex():
    # mediaoutreach HKUST 2026/0316 (the only corpus release with the shape: a surname-first Chinese name whose
    # first word is a female given name in the census list): `he` is Mr. Chan Kwok-Ki, not President Ip
    pars = ("\"From its very inception, HKUST was built on a bold and unprecedented vision,\" President Ip shared.",
            "A Cornerstone of Hong Kong's Global Leadership Mr. Chan Kwok-Ki commended HKUST's profound impact on Hong Kong's development. \"Over the past 35 years, "
            "HKUST has evolved from a bold new institution into a globally respected university,\" he stated.")
    quotes, _ = extract_quotes(list(pars), None, (), "HONG KONG")  # (the dateline: Hong Kong is no person)
    got = [(q.speaker, q.text[:30]) for q in quotes]
    assert ("Chan Kwok-Ki", "Over the past 35 years, HKUST ") in got


def test_an_according_to_source_opening_the_sentence_is_no_infinitive():
    # Senate Feinstein 7Apr2006 (written from DOJ release_11929's 'According to documents filed in court, Olivas
    # and Perez admitted that ...': 'to documents' read as an infinitive made the subject nobody's)
    got = quotes_of("According to news reports, Lewis Libby, Vice President Cheney's former chief of staff, has "
                    "testified that Vice President had told him he had been authorized by President Bush to leak "
                    "contents of a National Intelligence Estimate to the media.")
    assert [(k, s) for k, s, _ in got] == [("indirect", "Lewis Libby")]


def test_a_speech_excerpt_under_a_lede_that_opens_with_time_and_place():
    # Senate Rockefeller 13Feb2008 (the only corpus release with the shape: 'Today, on the Senate floor, the
    # Chairman ..., Senator John D. (Jay) Rockefeller IV, urged ...' / 'Full speech and excerpts are below.' /
    # the excerpts, in quotes, with no attribution); a paragraph ending with a comma leads into someone
    # else's words ('As the Israeli Supreme Court concluded when it forbade ...,'), not the last speaker's
    pars = ("Today, on the Senate floor, the Chairman of the Senate Intelligence Committee, Senator John D. (Jay) "
            "Rockefeller IV, urged his colleagues to support the Fiscal Year (FY) '08 Intelligence Authorization bill.",
            "Full speech and excerpts are below.",
            "Excerpts from Speech",
            "\"Although the CIA has described the information obtained from its program, I have heard nothing that "
            "leads me to believe that harsh interrogation tactics have prevented an imminent terrorist attack.\"",
            "As the Israeli Supreme Court concluded when it forbade the use of harsh interrogation techniques,",
            "\"This is the destiny of democracy, as not all means are acceptable to it, and not all practices employed "
            "by its enemies are open before it.\"")
    got = quotes_of(*pars)
    assert got == [("direct", "John D. (Jay) Rockefeller IV", "Although the CIA has described")]


def test_a_joint_announcement_of_departments_is_the_first_named_departments():
    # DOJ release_09902 and release_10090 (written from release_08097): 'announced the Departments of Justice and
    # Health and Human Services (HHS)' gave no quote (a subject over eight words), 'the Departments of Justice and
    # Health and Human Services (HHS) announced' gave the joint name; the README gives a joint announcement
    # to the first named, as the dev gold gives 'the Justice Department and ... announced' to that department
    got = quotes_of("An Oakland, Calif., woman was sentenced today to 57 months in prison for her role in a scam to bill "
                    "Medicare for more than $1.2 million in claims for expensive, high-end power wheelchairs, announced "
                    "the Departments of Justice and Health and Human Services (HHS).")
    assert [(k, s) for k, s, _ in got] == [("indirect", "Department of Justice")]
    got = quotes_of("Helen Etinfoh, the former owner and operator of a Houston durable medical equipment (DME) company "
                    "was sentenced today to 41 months in prison in connection with a $3 million power wheelchair fraud "
                    "scheme, the Departments of Justice and Health and Human Services (HHS) announced.")
    assert [(k, s) for k, s, _ in got] == [("indirect", "Department of Justice")]
    from pressroom.extract.speakers import org_name
    assert org_name("the Departments of Health and Human Services and Justice") == "Department of Health and Human Services"


def test_a_trailing_subject_set_off_by_appositives_announces_the_lede():
    # 247PressRelease Sumner Law Group (written from DOJ release_08921's '..., Tony West, Assistant Attorney General
    # for the Civil Division, announced today.' and release_11774's three officials each with a position)
    got = quotes_of("Missouri trial attorney Brent A. Sumner has again received recognition from The Best Lawyers in "
                    "America, a prestigious peer-review publication now in its 31st edition, Sumner Law Group, LLC, "
                    "announced today.")
    assert [(k, s) for k, s, _ in got] == [("indirect", "Sumner Law Group")]
    # DOJ release_03529 (written from release_08235): a joint subject of 25 capitalised words and connectors
    got = quotes_of("A resident of Tangipahoa Parish, Louisiana, was sentenced to serve 15 months in prison for his "
                    "involvement in a stolen identity refund fraud (SIRF) scheme, Acting Assistant Attorney General "
                    "Caroline D. Ciraolo of the Justice Departments Tax Division and U.S. Attorney Kenneth A. Polite of "
                    "the Eastern District of Louisiana announced today.")
    assert [(k, s) for k, s, _ in got] == [("indirect", "Caroline D. Ciraolo")]


def test_appositive_subjects_stay_linear():
    t = time.process_time()
    quotes_of("The department secured a settlement in the case, " + "Acme Corp, " * 5000 + "announced today.")
    assert time.process_time() - t < 1.0


def test_an_opening_adverb_before_the_subject():
    # Senate Snowe 24Mar2006 and Biden 22Oct2007 (written from Grassley 13Apr2006's 'Further, CMS stated that'):
    # 'Indeed,' / 'Further,' open the sentence before the subject, as 'Furthermore,' already did
    got = quotes_of("Indeed, the Government Accountability Office (GAO) has reported that prices for existing "
                    "prescription drugs have been rising at two to three times the inflation rate.")
    assert [(k, s) for k, s, _ in got] == [("indirect", "Government Accountability Office")]
    got = quotes_of("Indeed, the FBI, the CIA and the 9/11 Commission have all warned us that our transportation "
                    "infrastructure is penetrable.")
    assert [(k, s) for k, s, _ in got] == [("indirect", "FBI")]


def test_a_clause_after_a_semicolon_has_its_own_subject():
    # Senate Hatch 7Dec2005 (the only corpus release with the shape): the subject of 'noted that' follows
    # '; however,', not the sentence's opening clause (whose 'to transfer' read as an infinitive)
    got = quotes_of("The state agreed in 2002 to transfer park management to Beaver County; however, the Bureau of Land "
                    "Management noted that the property itself had not been acquired through the Recreation and Public "
                    "Purposes Act process.")
    assert [(k, s) for k, s, _ in got] == [("indirect", "Bureau of Land Management")]


def test_a_plural_noun_spelled_like_a_verb_after_a_joint_subject():
    # Senate Lugar 26May2005 (written from Biden 9May2007's '..., Russia, Latin America and the Persian Gulf
    # states.', which gave 'Latin America' a statement, an organization and, through 'It acknowledges that',
    # another): 'A and B states/reports/claims' is a plural noun, not a singular subject's verb
    assert quotes_of("In order to evaluate the overall effectiveness of the MDBs, and to track the implementation of "
                     "the proposed reforms, Lugar's bill requires GAO and Treasury reports.") == []
    assert quotes_of("In these hearings, we examined options for improving our energy security. We also explored in detail "
                     "how energy is shaping our relationships with other nations, including India, China, Russia, Latin "
                     "America and the Persian Gulf states.") == []
