"""Organization rules from a held-out review (seed 154130: Senate Snowe/Stevens/Frist/Reid/
Feinstein/Domenici, ibn, newmediawire, pressservices, DOJ). Each test reads a real sentence from a
release the rule was not written for; the issuer is named in a comment."""

from __future__ import annotations

import time

from pressroom.extract.knownorgs import add_known_orgs
from pressroom.extract.organizations import extract_organizations


def names(text: str) -> list[str]:
    return [o.name for o in extract_organizations([text], None, [], None)[0]]


# --- a committee's "on" complement lists its fields: Oxford comma, two-word items, a head last


def test_field_list_with_oxford_comma_and_education_last() -> None:
    # Senate Santorum 14Jul2004 (the rule was written from Stevens' "Commerce, Science, and
    # Transportation"): was cut to "... on Labor, Health and Human Services"
    text = ("Arlen Specter (R-PA), Chairman of the Senate Appropriations Subcommittee on Labor, Health and "
            "Human Services, and Education, today announced that the Pennsylvania Department of Education "
            "has received a grant.")
    assert "Senate Appropriations Subcommittee on Labor, Health and Human Services, and Education" in names(text)


def test_field_list_with_two_word_items() -> None:
    # Senate Cornyn 20Oct2004: was "Senate Judiciary Subcommittee on the Constitution"
    text = ("The Senate Judiciary Subcommittee on the Constitution, Civil Rights and Property Rights, received "
            "an extensive report documenting numerous incidents of hostility to religious expression.")
    assert names(text) == ["Senate Judiciary Subcommittee on the Constitution, Civil Rights and Property Rights"]


def test_field_list_ends_with_related_agencies() -> None:
    # Senate Burns 25May2004: was "Senate Appropriations' Subcommittee on Agriculture"
    text = "Burns is a member of the Senate Appropriations' Subcommittee on Agriculture, Rural Development and Related Agencies."
    assert names(text) == ["Senate Appropriations' Subcommittee on Agriculture, Rural Development and Related Agencies"]


def test_field_list_last_item_with_head_after_oxford_comma() -> None:
    # Senate Cantwell 29Jan2007: "Coast Guard" is the subcommittee's last field (was cut at "Oceans",
    # with "Atmosphere" and "Fisheries" left as bodies of their own)
    text = ("Senator Maria Cantwell (D-WA) to chair the Subcommittee on Oceans, Atmosphere, Fisheries, and Coast "
            "Guard on January 24, 2007.")
    assert names(text) == ["Subcommittee on Oceans, Atmosphere, Fisheries, and Coast Guard"]


def test_one_word_head_after_and_is_a_field() -> None:
    # Senate Frist 12Jan2005 (the only corpus use; the Oxford comma case in the same paragraph,
    # "Health, Education, Labor, and Pensions", was cut to "Senate Committee on Health")
    text = ("In the 108th Congress, Soderstrom served as staff director for the Senate Committee on Health, "
            "Education, Labor, and Pensions (HELP). She served under Trent Lott (R-MS), who currently serves "
            "as chairman of the Senate Committee on Rules and Administration. She also worked for Dan Coats.")
    got = names(text)
    assert "Senate Committee on Health, Education, Labor, and Pensions" in got
    assert "Senate Committee on Rules and Administration" in got


def test_field_list_does_not_take_a_senator_or_a_person() -> None:
    # Senate Grassley 31Mar2008 and Snowe 15Apr2008: ", and Sen. Max Baucus", ", and Carl Levin"
    text = ("Chuck Grassley, ranking member of the Committee on Finance, and Sen. Max Baucus, chairman, wrote "
            "follow-up letters to four ministries.")
    assert "Committee on Finance" in names(text)
    assert not any("Baucus" in n or n.endswith("Sen") for n in names(text))
    text = ("Snowe (R-Maine), Ranking Member of the Senate Committee on Small Business, and Carl Levin "
            "(D-Mich.) wrote to the Secretary.")
    assert "Senate Committee on Small Business" in names(text)


def test_field_list_stops_before_a_subcommittee() -> None:
    # Senate Mikulski 20Jun2007: a committee followed by its subcommittee is two bodies; the
    # subcommittee keeps its whole field list ("Housing, Transportation, and Community Development")
    text = ("Mikulski testified today before the Senate Committee on Banking, Housing and Urban Affairs "
            "Subcommittee on Housing, Transportation, and Community Development on her HOPE VI bill.")
    got = names(text)
    assert not any("Affairs Subcommittee" in n and n.startswith("Senate Committee") for n in got)
    assert any(n.endswith("Subcommittee on Housing, Transportation, and Community Development") for n in got)


def test_lone_and_before_a_body_with_a_modifier_is_a_second_body() -> None:
    # "and Social Security Administration staff": only a one-word head ("Rules and Administration")
    # is a field after a lone "and"
    text = "Members of the Senate Committee on Aging and Social Security Administration staff met."
    got = names(text)
    assert "Senate Committee on Aging" in got
    assert not any(n.startswith("Senate Committee on Aging and") for n in got)


def test_field_list_hostile_repeat_stays_linear() -> None:
    for unit in ("Committee on Aa, Bb, and Cc Dd, ", "Subcommittee on Aa and Administration and ",
                 "Committee on Aa, Bb Cc, Dd Ee and Ff Gg "):
        start = time.process_time()
        names(unit * 5000)
        assert time.process_time() - start < 2.0


# --- the organization after a role word ends at a sentence's end


def test_affiliation_ends_at_a_sentence_end_before_mr() -> None:
    # newmediawire Telvantis 2025-07-16 (the rule was written from Senate Feinstein/Lugar "Director
    # of the CIA. Mr. Kappes"): gave "Telvantis. Mr"
    text = ("“We remain very excited about our prospects,” said Daniel Gilcher, CFO of Telvantis. Mr. Gilcher "
            "extended his comments.")
    assert not any(". " in n or n.endswith("Mr") for n in names(text))


def test_affiliation_ends_at_a_sentence_end_before_a_capital() -> None:
    # citybiz Lane42 Investment Partners 2025-06-03: gave "CVC Funding. Prior"
    text = ("She served as Global Chief Compliance Officer, Head of ESG for CVC Credit Partners, and Chief "
            "Compliance Officer for CVC Funding. Prior to CVC, Ms. Spector was at a bank.")
    got = names(text)
    assert "CVC Funding" in got
    assert "CVC Funding. Prior" not in got


def test_affiliation_cut_keeps_award_and_abbreviation_tests() -> None:
    # 247PressRelease Poets&Quants awards 2024-10-30: "Director of the Year." is an award, no employer
    text = "Clarke was awarded Admissions Director of the Year. Ethan Mollick from Wharton rounds out the list."
    assert names(text) == []
    # a title's abbreviation is no sentence end ("Office of Dr. Christopher Beney" stays whole)
    text = "Maria Lopez, Practice Manager at the Office of Dr. Christopher Beney, said the program works."
    assert not any(n.endswith("Office of Dr") for n in names(text))


# --- a saint's possessive is part of the name, no owner


def test_saint_possessive_hospital() -> None:
    # Senate Tester 23Oct2007 (the rule was written from Senate Dorgan's "St. Joseph's Hospital"):
    # "St. Patrick" was read as the hospital's owner and the name lost
    text = ("St. Patrick's Hospital in Missoula will use $380,000 to help establish a new medical record "
            "system using telemedicine.")
    assert "St. Patrick's Hospital" in names(text)


def test_saint_possessive_university_curly_apostrophe() -> None:
    # newmediawire Peapack Private Bank & Trust 2025-09-12
    text = "Lori is a graduate of St. John’s University and brings over 15 years of credit experience."
    assert "St. John’s University" in names(text)


def test_saint_possessive_keeps_other_owners() -> None:
    # an owner that is no saint still splits: "HUD's Office of General Counsel" (DOJ); Lugar 10May2004's
    # "St. Vincent's Children's Specialty Hospital" stays whole
    assert "Office of General Counsel" in names("The case was referred by HUD's Office of General Counsel in Washington.")
    text = ("I met with the Olsens and other parents at St. Vincent's Children's Specialty Hospital, "
            "Indianapolis, in December 1998.")
    assert "St. Vincent's Children's Specialty Hospital" in names(text)


# --- an exchange is a kind of body in an appositive ("X, a leading cryptocurrency exchange")


def test_appositive_exchange_kind() -> None:
    # blockchainwire RoOLZ/MEXC 2024-11-08 (the rule was written from blockchainwire CoinW 2024-08-09)
    text = ("Marking a milestone in its expansion, RoOLZ ($GODL) is now officially listed on MEXC, a leading "
            "global cryptocurrency exchange.")
    assert "MEXC" in names(text)
    # newsdirect NORQUE Universe 2024-04-19
    text = ("Then the collapse of FTX, a major cryptocurrency exchange, along with the plummet of Dogecoin, has "
            "highlighted the urgent need for protection.")
    assert "FTX" in names(text)


def test_exchange_of_things_is_no_body() -> None:
    # "an exchange of" reads a thing, not a kind of body (the appositive's noun ends the phrase)
    text = "The meeting, an exchange of views between the two delegations, ended on Friday."
    assert names(text) == []


# --- a bill's kind after a body's name ends the body ("Department of Defense Authorization bill")


def test_authorization_bill_is_no_word_of_the_department() -> None:
    # Senate Hatch 21Dec2005 (the rule was written from Senate Snowe/Feinstein's "Department of
    # Defense Authorization bill"): gave "Department of Defense Authorization"
    text = ("The Department of Defense Authorization conference report also contains Hatch-sponsored language "
            "that urges the Air Force to continue its investment plan.")
    got = names(text)
    assert "Department of Defense" in got
    assert not any("Authorization" in n for n in got)


def test_appropriations_bill_is_no_word_of_the_body() -> None:
    # Senate Mikulski 7Oct2005 and Talent 20Jul2006
    text = ("Mikulski announced that the Senate has sent to President Bush for his signature the 2006 "
            "Department of Homeland Security Appropriations bill.")
    assert "Department of Homeland Security" in names(text)
    text = ("Talent today announced he has secured $3,450,000 in funding for projects in Missouri from the Senate "
            "Subcommittee on Labor, Heath and Human Services and Education Appropriations bill for fiscal year 2007.")
    assert "Senate Subcommittee on Labor, Heath and Human Services and Education" in names(text)
    # one complement word is the body's own field
    assert "Committee on Appropriations" in names("The Committee on Appropriations has expressed support for the plan.")


# --- a date that names a body is a word of its name ("the 9/11 Commission")


def test_date_named_commission() -> None:
    # Senate Mikulski 26May2005 and Reid 15Aug2006 (the rule was written from Senate Domenici
    # 22Jul2004): the commission was never found ("9/11" is no capitalised word)
    text = ("I worked on the 2004 reform legislation that built on the work of the 9-11 Commission and that we "
            "passed last year.")
    assert "9-11 Commission" in names(text)
    text = ("Tom Kean and Lee Hamilton, the Chairman and Vice Chairman of the 9/11 Commission, said this week that "
            "the Iraq war has depleted our resources.")
    assert "9/11 Commission" in names(text)


def test_date_named_law_stays_a_law() -> None:
    # Senate Bond 13Mar2007: the act named after the commission is no body
    text = ("The amendment was accepted as part of the “Improving America's Security by Implementing Unfinished "
            "Recommendations of the 9/11 Commission Act of 2007” (S.4), which passed.")
    assert not any("Commission" in n for n in names(text))


# --- an office named after its holder is one body ("Kern County Sheriff's Office")


def test_sheriffs_office_with_apostrophe() -> None:
    # DOJ release 01399 (the rule was written from the bare "U.S. Attorney's Office" of Senate Kyl
    # 14Dec2007): the owner "Kern County Sheriff" left the bare head, and nothing was found
    text = ("The Kern County Sheriff's Office will continue to work with our federal partners in investigating "
            "these acts.")
    assert names(text) == ["Kern County Sheriff's Office"]


def test_prosecutors_office_and_sheriffs_department() -> None:
    # 247PressRelease Worsham Law Firm 2024-05-05; newsdirect drone stocks 2025-06-18 (curly apostrophe)
    text = "Will Worsham founded Worsham Law Firm in 2002 after leaving the Greene County Prosecutor's Office."
    assert "Greene County Prosecutor's Office" in names(text)
    text = ("The company was selected by the Cochise County Sheriff’s Department to support a new drone pilot "
            "program aimed at enhancing surveillance.")
    assert "Cochise County Sheriff’s Department" in names(text)


def test_holder_office_keeps_body_owners_and_people() -> None:
    # a body's possessive still splits ("HUD's Office of General Counsel"); a person's is no body
    assert "Office of General Counsel" in names("The case was referred by HUD's Office of General Counsel.")
    assert names("Sheriff Joe Arpaio's Office denied the report.") == []


# --- well-known nonprofits and sports bodies named bare (curated data/known_orgs.txt)


def known(text: str) -> list[str]:
    orgs, acrs = extract_organizations([text], None, [], None)
    return [o.name for o in add_known_orgs(orgs, [text], None, [], acrs)]


def test_known_nonprofits_named_bare() -> None:
    # Senate Snowe 10Oct2006 and Craig 22Sep2004 (the list was made from a count of bare
    # well-known bodies over the corpus, not from these releases)
    text = ("The bill has garnered broad support from over 30 groups, including AARP and Families USA. The "
            "legislation would let the Secretary negotiate.")
    assert "AARP" in known(text)
    text = "The Free Congress Foundation has agreed. The ACLU has agreed."
    assert "ACLU" in known(text)


def test_known_league_named_bare_not_a_series() -> None:
    # Senate BillNelson 12Dec2005: "Major League Baseball" (the 'League' head cut it before)
    text = ("The office was contacted after the senator helped convince Major League Baseball to give dozens of "
            "former Negro League players a payment.")
    assert "Major League Baseball" in known(text)
    # left out of the list: NASCAR names a series ("the NASCAR Xfinity series race")
    assert "NASCAR" not in known("GOTRAX will sponsor Daniil Kvyat in the NASCAR Xfinity series race at COTA.")


# --- a headline's subject before "Introduces/Unleashes/Debuts/Expands/Secures", repeated in the body


def test_title_subject_repeated_in_body() -> None:
    # pressservices ISSGLOBAL 2025-09-06 (the rule was written from blockchainwire DefiQuant
    # 2024-02-07, whose release had no organization)
    title = "ISSGLOBAL Expands Services with 24/7 Managed Security Solutions"
    text = ("ISSGLOBAL, a prominent name in the field of cybersecurity and IT compliance, has taken a significant "
            "step forward by launching its new ISS365 Managed Security Services.")
    assert "ISSGLOBAL" in [o.name for o in extract_organizations([text], title, [], None)[0]]


def test_title_subject_needs_the_whole_opening_and_a_repeat() -> None:
    # citybiz D1 Training 2025-08-22: "Veteran Duo" is a description the body never repeats
    title = "Veteran Duo Introduces D1 Training to Coeur d’Alene with Brand New Location"
    text = "D1 Training, a leading fitness enrichment concept, has opened a new location in Coeur d’Alene."
    assert "Veteran Duo" not in [o.name for o in extract_organizations([text], title, [], None)[0]]
    # citybiz Woofie's 2025-08-01: the walk stops inside the name ("Concord-Manchester"), no subject
    title = "Woofie’s of Concord-Manchester Expands Premier Mobile Pet Care Services, Celebrates Grand Opening"
    text = "On the heels of its soft launch, Woofie’s of Concord-Manchester is officially celebrating its grand opening."
    assert "Concord-Manchester" not in [o.name for o in extract_organizations([text], title, [], None)[0]]


def test_title_subject_more_headline_verbs() -> None:
    # newsdirect Turtle Wax 2024-08-21 ("Names"), citybiz Kensington Vanguard 2025-06-04 ("Appoints")
    title = ("Turtle Wax Names Mexican-American Race Car Driver Daniel Suarez its Art of Car Care™ Line's First "
             "Brand Ambassador for Mexico")
    text = "Daniel Suarez has been named the first-ever Brand Ambassador for Turtle Wax's Art of Car Care™ line in Mexico."
    assert "Turtle Wax" in [o.name for o in extract_organizations([text], title, [], None)[0]]
    title = "Kensington Vanguard Appoints Roger Saylor As VP"
    text = "Kensington Vanguard National Land Services, one of the largest title insurance agencies, named Saylor."
    assert "Kensington Vanguard" in [o.name for o in extract_organizations([text], title, [], None)[0]]


def test_title_subject_not_a_person_or_a_programme() -> None:
    # Senate Biden 28Sep2007: the senator the body titles ("honor Senator Biden")
    title = "Biden Receives Guardian Award from the Partnership for a Drug Free America"
    text = "“We are proud to honor Senator Biden with the 2007 Guardian Award,” said Steve Pasierb."
    assert "Biden" not in [o.name for o in extract_organizations([text], title, [], None)[0]]
    # newsdirect New Markets Tax Credit Coalition 2025-07-03: a tax credit is a programme
    title = "New Markets Tax Credit Receives Permanent Extension in Spending Bill"
    text = "The Coalition applauded the permanent extension for the New Markets Tax Credit (NMTC) in the bill."
    assert "New Markets Tax Credit" not in [o.name for o in extract_organizations([text], title, [], None)[0]]
