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


def test_the_company_in_a_lede_is_the_company_of_the_about_heading():
    # newmediawire (Accentro Real Estate AG, 2025-11-13; the only corpus lede with the shape): the
    # first sentence names no company, its About heading does
    pars = ("The company announces that all measures to implement the restructuring plan confirmed by the Local "
            "Court Charlottenburg on 23 September 2025 have been successfully implemented today.",
            "About Accentro Real Estate AG",
            "Accentro Real Estate AG is a residential investor and market leader in residential privatisation in "
            "Germany.")
    got = quotes_of(*pars, title="Accentro Real Estate AG Successfully Implements Restructuring Plan")
    assert ("indirect", "Accentro Real Estate AG", "all measures to implement the ") in got


def test_opening_phrase_before_a_role_noun_subject():
    # written for newsdirect (4 stocks to watch, 2025-05-20: `In addition, the company noted that`);
    # run on DOJ release_07871 (`In its complaint, the department said that ...`)
    pars = ("The Department of Justice announced today that it will require Standard Parking Corporation and "
            "Central Parking Corporation to divest their interests in certain off-street parking facilities.",
            "The companies are head-to-head competitors in providing motorists with off-street parking services. "
            "In its complaint, the department said that the companies compete on prices, including early-bird "
            "or evening specials.")
    assert ("indirect", "Department of Justice", "the companies compete on price") in quotes_of(*pars)


def test_the_company_in_a_stock_roundup_is_the_section_heads():
    # written for newsdirect (4 stocks to watch, 2025-05-20: Ginkgo's section after Fate's); run on
    # newsdirect (American drone dominance, 2025-06-18): `the company` went to ZenaTech, which spoke
    # in the section before Unusual Machines'
    pars = ("ZenaTech (NASDAQ: ZENA) announced that it had delivered its first drones to the U.S. Army.",
            "Unusual Machines, Inc. (NYSE:UMAC), a US manufacturer of drones and NDAA-compliant components, also "
            "appears well positioned to capitalize on America's quest to become a leader in drones.",
            "Earlier this month, the company announced it had signed a lease for a 17,000-square-foot drone "
            "motor production facility in Orlando, Florida.")
    got = quotes_of(*pars)
    assert ("indirect", "Unusual Machines", "it had signed a lease for a 17") in got


def test_a_person_heading_a_paragraph_is_no_listed_company():
    # newsdirect (Tesla seems to be having trouble, 2024-10-14): `Denis Phares, CEO of Dragonfly
    # Energy (NASDAQ: DFLI), ...` heads no company section named Denis Phares
    pars = ("Denis Phares, CEO of Dragonfly Energy (NASDAQ: DFLI), was recently a guest on Benzinga's All-Access.",
            "Dragonfly Energy is a leading green energy storage company. The company reports that it develops "
            "some of the most popular Lithium-ion battery products in the RV and Marine industries.")
    assert not any(s == "Denis Phares" for _, s, _ in quotes_of(*pars))


def test_the_vice_president_is_not_the_president():
    # written for senate/Byrd/21Sep2004 (`..., the Vice President said that we have the "best
    # Secretary of Defense ..."`); run on senate/Reid/24Jun2005: both went to President Bush
    pars = ("Dear Mr. President: We are writing today to urge you, President Bush, to address the threat from "
            "North Korea.",
            "In April 2004, the Vice President stated in a speech that \"it is important that we make progress in "
            "this area. Time is not necessarily on our side.\"")
    assert not any(s == "Bush" for _, s, _ in quotes_of(*pars))


def test_a_body_named_with_and_speaks_whole():
    # newsworthy/ibn (ICE raids Hyundai's battery plant, 2025-09-09; the only corpus release with a
    # pair-joined body as a that-clause subject): it went to `Customs Enforcement`, cut at `and`
    pars = ("A major immigration raid at a Hyundai battery production facility in Georgia has sparked wide debate "
            "in both the United States and South Korea. Immigration and Customs Enforcement (ICE) announced that "
            "475 workers were detained during this operation.",)
    got = quotes_of(*pars, title="ICE Raids Hyundai's US Battery Plant, Arrests Hundreds Of Workers")
    assert ("indirect", "Immigration and Customs Enforcement", "475 workers were detained duri") in got


def test_according_to_after_an_opening_phrase():
    # written for senate/Dole/6Oct2004 (`Without a buyout, according to noted agriculture economist
    # Blake Brown, tobacco farmers would face ...`); run on senate/Demint/13Dec2007
    pars = ("A similar policy would cost about $5,880 in New Jersey.",
            "Also, according to the Institute of Medicine, most adults who do not have health insurance cite the "
            "high cost as the reason.")
    assert ("indirect", "Institute of Medicine", "most adults who do not have he") in quotes_of(*pars)


def test_according_to_a_position_in_lower_case_then_a_name():
    # written for senate/Dole/6Oct2004; run on 247PressRelease (Dale Jarrett's Thunderbird,
    # 2025-07-04): a lower-case source that ends in a name is the named person, not a document
    pars = ("According to team owner Robert Yates, the car remains \"untouched\" since that win, complete with "
            "tire markings and grit-worn paint.",)
    assert ("indirect", "Robert Yates", "the car remains \"untouched\" si") in quotes_of(*pars)
    pars = ("According to court documents, the defendants moved the money through shell companies.",)
    assert quotes_of(*pars) == []


def people_of(*paragraphs: str, title: str | None = None, boilerplate: tuple[str, ...] = ()) -> list[tuple[str, str | None]]:
    _, people = extract_quotes(list(paragraphs), title, boilerplate)
    return [(p.name, p.title) for p in people]


def test_a_surname_the_headline_titles_is_the_senator_not_a_body():
    # written for senate/Lugar/17Jan2008 (`SEN. LUGAR COMMUNITY CENTER PARTNERS ...` / `said Lugar.`
    # gave a body 'Lugar'); run on senate/Bennett/28Jul2006, whose headline has a verb of saying
    pars = ("The Commerce Department released its advance estimate of second quarter GDP growth today.",
            "\u201cThe average of the last three quarters of GDP growth show a continued, positive course for the "
            "U.S. economy,\u201d said Bennett.")
    quotes, _ = extract_quotes(list(pars), "Second Quarter GDP Growth Shows Continued Positive Course for U.S. "
                               "Economy, Bennett Says", ())
    assert [(q.speaker, q.speaker_type) for q in quotes] == [("Bennett", "person")]


def test_a_press_contact_is_not_the_senator_sharing_the_surname():
    # written for senate/Coleman/18May2005; run on senate/Coleman/10Sep2007 (`SEN. COLEMAN CONDEMNS
    # ...` and `Contact: Leroy Coleman, 202/224-5641.`): the contact was dropped as the senator
    pars = ("\"The attack on the integrity and character of General David Petraeus is a detestable act that "
            "marks a new low in the defeatist politics of Moveon.org. General Petraeus represents the very best "
            "of our service men and women.\"",)
    got = people_of(*pars, title="SEN. COLEMAN CONDEMNS MOVEON.ORG AD SLANDERING GENERAL PETRAEUS",
                    boilerplate=("Contact: Leroy Coleman, 202/224-5641.",))
    assert ("Leroy Coleman", None) in got


def test_customs_and_border_is_one_body():
    # senate/Stabenow/2Oct2007 (the only corpus instance; the same rule as Immigration and Customs
    # Enforcement above): `According to U.S. Customs and Border Patrol (CBP), ...` went to `Border Patrol`
    pars = ("According to U.S. Customs and Border Patrol (CBP), the Detroit sector is responsible for 863 miles of "
            "U.S. land and water border with Canada.",)
    assert ("indirect", "U.S. Customs and Border Patrol", "the Detroit sector is responsi") in quotes_of(*pars)


def test_the_company_is_the_name_headline_and_lede_open_with():
    # written for ibn (Spotify, record labels partner, 2025-10-21: `Spotify has revealed plans ... The
    # company said the goal is ...`); run on pressservices (BigLoads.com, 2025-04-10) (which writes `believes`,
    # a belief and no quote since helper q10's rule: `says` here, read by the same subject rule)
    pars = ("BigLoads.com has announced the launch of new features designed to enrich the user experience for "
            "individuals renting trailers.",
            "Trailer renters are now equipped with the knowledge they need to make better insurance decisions. The "
            "company says that providing comprehensive information and options is essential for fostering "
            "trust and confidence among its users.")
    got = quotes_of(*pars, title="BigLoads.com Enhances Rental Trailer Insurance Options for Users")
    assert ("indirect", "BigLoads.com", "providing comprehensive inform") in got


def test_a_person_opening_headline_and_lede_is_no_company():
    # prkarma (Warren Werbitt unveils his first book, 2024-09-04): a given name heads both
    pars = ("Warren Werbitt, widely known as the Print Whisperer, proudly announces the release of his debut book.",
            "The company believes that printers are the lifeblood of the industry and its future.")
    got = quotes_of(*pars, title="Warren Werbitt Unveils His First Book")
    assert not any(s == "Warren Werbitt" and k == "indirect" for k, s, _ in got)
