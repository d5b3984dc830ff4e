"""Quote attribution, second round of held-out issuers. Each test runs a rule on real text
from a release other than the one the rule was written for; the comment names the issuer."""

from __future__ import annotations

import time

from pressroom.extract.quotes import extract_quotes


def quotes_of(*paragraphs: str, title: str | None = None) -> list[tuple[str, str, str]]:
    quotes, _ = extract_quotes(list(paragraphs), title, ())
    return [(q.kind, q.speaker, q.text[:30]) for q in quotes]


def test_a_capitalised_title_after_a_preposition_is_no_quote():
    # 24-7PressRelease (Alyxandra, 2024-03-26): `When speaking about her influences and aspirations
    # for "Float," Alyxandra said, "My new song ..."` (the title was a quote, and its attribution
    # had made the speaker 'About Alyxandra')
    got = quotes_of(
        "Singer-songwriter Alyxandra is once again ready to dazzle audiences with her latest single, \"Float.\"",
        "When speaking about her influences and aspirations for \"Float,\" Alyxandra said, \"My new song is "
        "simply about enjoying yourself and basking in the feeling of pure happiness.\"")
    assert [t for _, _, t in got] == ["My new song is simply about en"]
    assert got[0][1] == "Alyxandra"


def test_a_quoted_name_with_an_appositive_is_no_quote():
    # written for citybiz (Orange County United Way: `today announced “UNITED4OC 2030,” a bold ...`);
    # run on 24-7PressRelease's Key Housing release, its colon lead-in dropped:
    # `is proud to announce its featured Northern California listing for April 2025: "38 North,"
    # a high-end apartment community in Santa Rosa`
    got = quotes_of(
        "Key Housing, a leading provider of short-term housing throughout California, today announced "
        "\"38 North,\" a high-end apartment community in Santa Rosa, offering short term housing options.")
    assert not [q for q in got if q[0] == "direct"]


def test_a_lower_case_phrase_someone_said_stays_a_quote():
    # senate/Kyl/1Aug2005: `... was a "transparent charade," Kyl added, warning: "..."`
    got = quotes_of(
        "Sen. Jon Kyl today urged the Senate to confirm John Bolton.",
        "The constantly increasing demands to see more paperwork was a \"transparent charade,\" Kyl added, "
        "warning: \"The Senate shouldn't get too carried away with our ability to say no.\"")
    assert ("direct", "Jon Kyl", "transparent charade,") in got


def test_a_one_word_film_title_after_for_is_no_quote():
    # written for 24-7PressRelease (`aspirations for "Float," Alyxandra said`); run on a
    # newsworthy headline (Popkin Productions), given an attribution after the title:
    # `Hojin Lee as Production Designer for "Meatballs," Building on Acclaimed Collaboration`
    got = quotes_of(
        "Popkin Productions today named Hojin Lee as Production Designer for \"Meatballs,\" Jeff Popkin said.")
    assert not [q for q in got if q[0] == "direct"]


def test_a_day_closing_a_body_subject_is_no_part_of_its_name():
    # written for senate/Byrd/21Sep2004 (`The Pentagon on Tuesday reported that ...`); run on
    # senate/Domenici/28Jul2006, its subject a named body and its clause a 'that' clause:
    # `The Japanese government on Thursday announced its intent to resume the importation of U.S. beef`
    got = quotes_of(
        "The Japanese Agriculture Ministry on Thursday announced that it intends to resume the importation "
        "of U.S. beef, ending a ban launched in late 2003.")
    assert [(k, s) for k, s, _ in got] == [("indirect", "Japanese Agriculture Ministry")]


def test_semicolons_part_a_byline_name_from_its_position():
    # written for 24-7PressRelease's Eric Madeen release (`Zaheer Baber; Professor of Sociology;
    # University of Toronto, said, "..."`); run on newmediawire's American Heart Association release
    # (2025-02-18, `said Chiadi Ndumele, M.D., ..., an associate professor of medicine ... at Johns
    # Hopkins`), its speaker set out that way
    got = quotes_of(
        "Chiadi Ndumele; Associate Professor of Medicine; Johns Hopkins University, said, \"People often "
        "have risk factors like high blood pressure, abnormal blood sugar and low kidney function at the same time.\"")
    assert [(k, s) for k, s, _ in got] == [("direct", "Chiadi Ndumele")]


def test_a_name_of_a_body_is_the_person_though_the_given_name_is_unknown():
    # written for pressservices (`said Raj Patel of Grizzly Media Co.`, was a body of that name);
    # run on newmediawire's American Heart Association release (2025-02-18), its speaker
    # (`said Chiadi Ndumele, M.D., ...`) named with the body he speaks for
    got = quotes_of(
        "\"People often have risk factors like high blood pressure, abnormal blood sugar and low kidney "
        "function at the same time,\" said Chiadi Ndumele of the American Heart Association.")
    assert [(k, s) for k, s, _ in got] == [("direct", "Chiadi Ndumele")]


def test_a_body_named_of_a_place_stays_a_body():
    # senate style (`Vietnam Veterans of America`): no person's name before the 'of'
    got = quotes_of(
        "\"This legislation finally gives our veterans the care they have earned,\" said Vietnam Veterans of America.")
    assert [s for _, s, _ in got] != ["Vietnam Veterans"]


def test_a_surname_the_headline_writes_after_a_given_name_is_a_person():
    # written for citybiz's Yossi Barishev release (`Yossi Barishev on Redefining Leadership ...`,
    # `Barishev argues that ...` was a body 'Barishev'); run on citybiz's Supreme Group release
    # (2025-10-30), whose given name 'Olly' the lexicon lacks
    title = "Supreme Group Welcomes Olly Johnston as EVP to Lead Platform Growth and Transformation Strategy"
    got = quotes_of(
        "Supreme Group today announced the appointment of Olly Johnston as Executive Vice President, "
        "Platform Growth & Transformation.",
        "“Supreme Group has built something special in healthcare and life sciences marketing: an integrated "
        "platform that combines deep, specialist expertise with scale,” said Johnston.", title=title)
    assert [(k, s) for k, s, _ in got] == [("direct", "Olly Johnston")]


def test_a_word_the_headline_names_alone_stays_a_body():
    # newsdirect's Greenwave release (2024-03-28): `Greenwave’s Second Shredder Greenwave’s customers
    # include ...` puts a capitalised word before 'Greenwave', but the headline never does, so
    # `Greenwave reports that ...` stays the company
    got = quotes_of(
        "Greenwave’s Second Shredder Greenwave’s customers include large corporations, industrial manufacturers "
        "and small businesses.",
        "Greenwave reports that it has witnessed growth, with the company generating $18.46 million in revenue.",
        title="Greenwave Technology Solutions Could Be Emerging As Recycling Leader By Increasing Metal Processing")
    assert [(k, s) for k, s, _ in got] == [("indirect", "Greenwave")]


def test_embedded_titles_stay_linear():
    par = "She spoke about \"Float,\" Alyxandra said. " * 5000
    t = time.process_time()
    quotes_of(par)
    assert time.process_time() - t < 1.0
