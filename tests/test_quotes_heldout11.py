"""Quotes and people, eleventh round of held-out issuers (helper pq8, sample seeds 930217-930219:
wires blockchainwire, evertiseaipr, ibn, newmediawire, mediaoutreach, noticiasnewswire; Senate Byrd, Frist,
Cantwell, Grassley, Salazar, Burns, Feingold, Burr, Allen, Reid, Tester, Lugar, Hutchison, Dayton, Chafee,
Hagel, Coleman, BillNelson, Corzine, Mikulski, Bingaman, Domenici, Sanders; DOJ). Each test runs a rule on
real text from a release other than the one that first showed the error, or says why not."""

from __future__ import annotations

import time

from pressroom.extract.indirect import _document_subject
from pressroom.extract.quotes import extract_quotes


def quotes_of(*paragraphs: str) -> list[tuple[str | None, str, str]]:
    quotes, _ = extract_quotes(list(paragraphs), None, ())
    return [(q.speaker, q.kind, q.text) for q in quotes]


def test_study_conducted_by_a_body_is_no_speaker():
    # Senate Chambliss 23Jun2006 (the lead's follow-up list): the study revealed it, not the institute
    got = quotes_of(
        "A Congressionally mandated independent study of the F-22, conducted by the Institute of Defense "
        "Analyses (IDA), revealed that the aircraft meets all criteria required to enter into a multi-year "
        "contract agreement.")
    assert got == []


def test_analysis_of_a_defendants_computers_is_no_speaker():
    # DOJ release (Rex Lee Furman, found by counting document-headed subjects over the corpus): the
    # inner clause after 'showed that' is headed by the analysis, so Furman is its topic, not its speaker
    got = quotes_of(
        "The trial evidence showed that subsequent forensic analysis of Furmans computers and digital media "
        "confirmed that he produced pornographic photographs and a video of one of the girls.")
    assert not any(sp and "Furman" in sp for sp, _, _ in got)


def test_subject_after_an_opening_phrase_still_speaks():
    # the rule reads the subject's own head only: an opening phrase headed by a document word
    # ('During the review of ...', DOJ style) keeps the subject after its comma, and a person who
    # heads the study ('The head of the study, X,') is still the speaker
    assert not _document_subject("During the review of the case, Smith ")
    assert not _document_subject("The head of the study, John Smith, ")
    assert not _document_subject("The evidence showed that during a search of his residence that was executed "
                                 "with the assistance of the Cass County Sheriffs Office on Feb.13, 2014, Furman ")


def test_document_subject_is_linear():
    hostile = "a study of the thing, conducted by the body " * 5000
    t = time.process_time()
    _document_subject(hostile)
    _document_subject("The report showed that " + hostile)
    assert time.process_time() - t < 1.0


def people_of(*paragraphs: str) -> list[str]:
    _, people = extract_quotes(list(paragraphs), None, ())
    return [p.name for p in people]


def test_lone_word_cited_by_according_to_is_a_body():
    # newmediawire 2025 smart lighting (Statista), 247PressRelease 2025 home sellers (Redfin): a data
    # house cited by one word is no person; the quote stays, spoken by the body
    paras = ("Smart homes are becoming increasingly popular. According to Statista, smart lighting is projected "
             "to become a massive $44 billion market by 2030, allowing users to adjust brightness.",)
    assert "Statista" not in people_of(*paras)
    quotes, _ = extract_quotes(list(paras), None, ())
    assert [(q.speaker, q.speaker_type) for q in quotes] == [("Statista", "organization")]
    tail = ("Sellers are facing growing frustration as rising inventory levels stall home sales, "
            "according to Redfin.")
    assert "Redfin" not in people_of(tail)


def test_body_cited_first_stays_a_body_as_a_subject():
    # evertiseaipr 2024/1213 Indonesia charging stations: 'According to GreenC, ...' then 'GreenC
    # emphasizes that ...' in the next paragraph
    got = people_of(
        "According to GreenC, Indonesia’s electric vehicle market has witnessed remarkable growth in recent years.",
        "The country faces a shortage of charging points, especially in rural regions. GreenC emphasizes that "
        "addressing this infrastructure gap is crucial to unlocking the full potential of the EV market.")
    assert "GreenC" not in got


def test_person_cited_by_surname_stays_a_person():
    # Senate style: the surname of someone named in full before is still that person
    got = quotes_of(
        "Sen. Jeff Bingaman toured the laboratory on Monday.",
        "According to Bingaman, the laboratory will need another $20 million to finish the new wing next year.")
    assert got and got[0][0] == "Jeff Bingaman"


def test_name_cited_by_according_to_with_nothing_personal_is_a_body():
    # Senate Dole 21Sep2005 ('According to USDA Rural Development, ...' listed a person 'Rural
    # Development') and a newsdirect crypto wire ('According to Standard Chartered, ...')
    paras = ["Sen. Elizabeth Dole today announced that USDA Rural Development will loan $390,000 to the "
             "Eastover Volunteer Fire Department.",
             "According to USDA Rural Development, the new vehicle will allow the fire department to improve its "
             "response time."]
    quotes, people = extract_quotes(paras, None, ())
    assert ("USDA Rural Development", "organization") in [(q.speaker, q.speaker_type) for q in quotes]
    assert "Rural Development" not in [p.name for p in people]
    assert "Standard Chartered" not in people_of(
        "According to Standard Chartered, bitcoin could reach $200,000 by the end of next year.")


def test_person_cited_by_according_to_with_a_given_name_stays():
    got = quotes_of("According to Jaquita Lovelace, the clinic will open three more offices in the county next year.")
    assert got and got[0][0] == "Jaquita Lovelace"
