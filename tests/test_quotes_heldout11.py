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
