"""People rules (round 4) checked on sentences from releases other than the ones they were written for.

Each text is quoted from a corpus release (issuer in the comment); the rule it checks was
written from a different release or issuer.
"""

from __future__ import annotations

import time

from pressroom.extract.quotes import extract_quotes


def _people(paragraphs: list[str], boilerplate: list[str]) -> dict[str, object]:
    _, people = extract_quotes(paragraphs, "A headline", boilerplate)
    return {p.name: p for p in people}


def test_people_of_the_issuers_about_section() -> None:
    # citybiz, KBS (the rule was written for 247 Press Release, DFW Car & Toy Museum's
    # "About DFW Car & Toy Museum ... was founded by Ron Sturgeon")
    body = ["KBS announced the sale of Park Place Village, a mixed-use property in Leawood, Kansas."]
    about = ["About KBS",
             "KBS is one of the largest investors of premier commercial real estate in the nation. "
             "Founded in 1992 by Peter Bren and Chuck Schreiber, KBS acquires and operates ...",
             "This release may contain forward-looking statements ...",
             "The post KBS Sells 10-Building Property to DFWLAND appeared first on citybiz."]
    assert {"Peter Bren", "Chuck Schreiber"} <= set(_people(body, about))
    # newsdirect, Salignostics: a position the About section gives is the role
    about = ["About Salignostics Ltd. Salignostics was founded by Dr. Omer Deutsch, CEO of the company, and "
             "Prof. Aharon Palmon, Vice President for Research and Development at the Hebrew University."]
    found = _people(["Salignostics announced approval of its test."], about)
    assert found["Omer Deutsch"].title == "Dr."
    assert found["Aharon Palmon"].role == "Vice President for Research and Development at the Hebrew University"


def test_about_section_people_stay_out_of_quotes_and_junk() -> None:
    # 247 Press Release, Darren and Mike: a heading run on into its prose is the section's subject
    about = ["About Darren and Mike Darren and Mike are industry leaders in digital entrepreneurship."]
    assert not _people(["Darren and Mike have seen a sharp rise in individuals leaving corporate roles."], about)
    # citybiz, Mattel: a brand list (`Polly Pocket®`); newsdirect, TRON: a defined term
    about = ["About Mattel Mattel's brands include Barbie®, Hot Wheels® and Polly Pocket®, as well as others.",
             "About TRON DAO The government endorsed Dominica Coin (“DMC”), a blockchain-based fan token."]
    assert not _people(["Mattel announced a film."], about)
    # newmediawire, Hammond: a contact line is read by the contact rules only, never as prose
    about = ["About Hammond Manufacturing Hammond makes electronic enclosures.",
             "For information, contact:Hammond Manufacturing Company LimitedRobert F. Hammond, Chairman and CEOTel."]
    assert not any("Limited" in n for n in _people(["Hammond reported results."], about))
    # a quote in the About section is nobody's quote here; a body person keeps the body's role
    body = ['"We are pleased," said Jane Roe, president of Acme.']
    about = ['About Acme Acme, founded by Jane Roe, chief designer, says "quality first". It employs 40 people.']
    quotes, people = extract_quotes(body, "A headline", about)
    assert [q.speaker for q in quotes] == ["Jane Roe"]
    assert [(p.name, p.role) for p in people] == [("Jane Roe", "president of Acme")]


def test_about_section_stays_linear() -> None:
    about = ["About Acme " + "Acme was founded by John Smith and Mary Jones. " * 5000]
    t = time.process_time()
    _people(["Acme announced a product."], about)
    assert time.process_time() - t < 1.0


def test_the_senator_a_headline_names_when_the_body_does_not() -> None:
    # Senate, Frist 23Jun2004 (the rule was written for DeWine's `SEN. DEWINE ISSUES STATEMENT ON ...`
    # and Cantwell's `WEEKLY REPORT FROM WASHINGTON BY SEN. CANTWELL`): a floor speech in the first person
    body = ["Mr. President, two and a half weeks ago, I had the privilege of traveling to Normandy, France.",
            "I was joined by our colleagues, Senator Bob Bennett and Senator John Ensign."]
    _, people = extract_quotes(body, "SEN. FRIST REFLECTS ON 60TH ANNIVERSARY OF D-DAY")
    assert ("Frist", "Sen.") in {(p.name, p.title) for p in people}
    # a senator the body names stays as the body gives him; a headline verb is no surname
    # (Senate, Coleman 10Sep2004: `SEN. COLEMAN PARTICIPATES IN ...`; Allen: `SEN. ALLEN LAUDS ...`)
    _, people = extract_quotes(["Sen. Norm Coleman (R-MN) today participated in a town hall."],
                               "SEN. COLEMAN PARTICIPATES IN ECONOMY, JOBS TOWN HALL MEETING")
    assert [p.name for p in people] == ["Norm Coleman"]
    _, people = extract_quotes(["The Senate confirmed the nominee today."],
                               "SEN. ALLEN LAUDS SELECTION OF VIRGINIAN TO SERVE AS DEPUTY SECRETARY")
    assert [p.name for p in people] == ["Allen"]
    # the press contact sharing the surname is another person (Senate, Coleman 1May2007)
    _, people = extract_quotes(["The bill passed today."], "SEN. COLEMAN ISSUES STATEMENT ON PASSAGE",
                               ["Contact: Tom Steward, 651/645-0323; LeRoy Coleman, 202/224-5641."])
    assert {p.name for p in people} == {"Coleman", "LeRoy Coleman", "Tom Steward"}


def test_head_is_a_surname_after_a_given_name() -> None:
    # 247 Press Release, Verdigris/EnergyHUB 360 (like `Judge`, `Dean`, `Steward`, written for Senate
    # and DOJ pages): `Head` after a given name is a surname, a position after any other word
    quotes, people = extract_quotes(
        ['"Technology alone doesn\'t drive transformation—people do," said Greg Head, CEO of EnergyHUB 360.'])
    assert [(p.name, p.role) for p in people] == [("Greg Head", "CEO of EnergyHUB 360")]
    assert [q.speaker for q in quotes] == ["Greg Head"]
    _, people = extract_quotes(["Division Head Tom Jones said the office will open in May."])
    assert [(p.name, p.role) for p in people] == [("Tom Jones", "Division Head")]


def test_the_issuer_listed_in_a_contact_block_is_no_person() -> None:
    # newsdirect, Rangeford Investment (the rule was written for newsdirect's Grizzly Research:
    # "About Grizzly Research:" ... "Contact DetailsGrizzly Research")
    from pressroom.extract.contacts import contact_names
    blocks = ["About Rangeford Investment", "Rangeford Investment is a wealth management firm.",
              "Contact DetailsRangeford Investment", "Jane Roe", "jane@rangeford.com"]
    assert "Rangeford Investment" not in contact_names(blocks)
    assert contact_names(["About Acme", "Contact: Barry E. Piatt and Brenden Timpe, 202/224-2551."]) == [
        "Barry E. Piatt", "Brenden Timpe"]


def test_the_second_of_two_places_after_in_is_a_place() -> None:
    # 247 Press Release, Aibit (the locative rule was written for DOJ's `his arrest in Hong Kong,`)
    from pressroom.extract.nonpersons import NonPersons
    text = ("Aibit is a leading AI-driven fintech platform headquartered in Silicon Valley, with offices in "
            "London and Hong Kong. The company is committed to revolutionizing the financial services industry.")
    assert NonPersons(text)("Hong Kong")
    # a list of people after a place is no place (boostify; citybiz, Community Foundation of Broward)
    assert not NonPersons("Based in San Diego, Brett Dickinson and Ross Clark lead a global luxury team.")("Ross Clark")
    assert not NonPersons("In April, Wayne and Lucretia Weiner partnered with the Foundation.")("Lucretia Weiner")
    assert not NonPersons("They met in Boston and John Smith said it went well.")("John Smith")
    t = time.process_time()
    NonPersons("offices in London and Hong Kong " * 5000)("Hong Kong")
    assert time.process_time() - t < 1.0


def test_a_list_of_bare_one_word_names_is_no_list_of_people() -> None:
    # newsdirect, Kevel (written for 247 Press Release's `Surrey, Langley, ..., Maple Ridge, Chilliwack`)
    from pressroom.extract.nonpersons import NonPersons
    text = ("Customers like Edmunds, Delivery Hero, Sonae, Leroy Merlin, Slickdeals, and other leading "
            "retailers and marketplaces all launched their own retail media networks.")
    assert NonPersons(text)("Leroy Merlin")
    # Senate, Bond 16Jun2005: lakes
    text = ("lake facilities including Smithville, Stockton, Table Rock, Pomme de Terre, Clearwater, "
            "Clarence Cannon, Truman, and Wapappelo lakes.")
    assert NonPersons(text)("Clarence Cannon")
    # people with one-word names among them stay people (Senate lists of surnames are no two-word names)
    text = "Speakers include Mary Smith, John Doe, Ann Lee, Bono, and Tom Brown."
    assert not NonPersons(text)("John Doe")


def test_a_model_is_no_person() -> None:
    # 247 Press Release, Verdigris/EnergyHUB 360 (like `Duo`, `Band`, written for Senate/wire pages)
    from pressroom.extract.names import scan
    text = ("Through its 360° Partner Success Model and coaching-based enablement programs, EnergyHUB 360 "
            "equips resellers and clients alike.")
    assert not [m for m in scan(text) if m.strong]


def test_a_dotted_degree_is_no_surname() -> None:
    # citybiz, 'Q&A with Clare Murray Ph.D., Chief Executive Officer of EnPlusOne Biosciences': a
    # degree written with dots and no comma ends the name like 'PhD'; 'Dr. Murray' is then her
    _, people = extract_quotes(["Q&A with Clare Murray Ph.D., Chief Executive Officer of EnPlusOne Biosciences.",
                                "Dr. Murray has led the company since 2023."])
    assert [(p.name, p.title) for p in people] == [("Clare Murray Ph.D.", "Dr.")]
