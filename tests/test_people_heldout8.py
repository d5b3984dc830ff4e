"""People rules (round 8, people6, seed 60613) checked on sentences from releases other than the ones they were written for.

Each text is quoted from a corpus release (issuer in the comment); the rule it checks was
written from a different release or issuer, unless the comment says otherwise.
"""

from __future__ import annotations

import time

from pressroom.extract.names import scan
from pressroom.extract.quotes import extract_quotes


def _people(paragraphs: list[str], title: str = "A headline", boilerplate: list[str] | None = None) -> dict[str, object]:
    _, people = extract_quotes(paragraphs, title, boilerplate or [])
    return {p.name: p for p in people}


def test_a_quoted_nickname_is_no_part_of_the_name() -> None:
    # written from DOJ 12428 ('Chieng-Hon "Frank" Lin', 'Chang Suk "C.S." Chung'); noticiasnewswire
    # Banesco and Vidal, Senate Salazar
    quotes, people = extract_quotes([
        "Negocios Magazine features Calixto “Cali” Garcia-Velez, President and CEO of Banesco USA, on its cover.",
        "“Banesco USA continues to focus on strengthening its position,” said Calixto García-Velez."], "Cover story")
    assert [p.name for p in people] == ["Calixto Garcia-Velez"]
    assert [q.speaker for q in quotes] == ["Calixto Garcia-Velez"]
    found = _people(["The show is hosted by Manuel Alejandro “Chino” Vidal and Danielle “Dani” Vidal, a couple from Miami."])
    assert set(found) == {"Manuel Alejandro Vidal", "Danielle Vidal"}
    found = _people(['Salazar met with Charles "Chip" Groat, the former director of the U.S. Geological Survey.',
                     "Chip Groat said the study would take a year."])
    assert list(found) == ["Charles Groat"]
    # initials for a nickname vouch for given names we do not know (DOJ 12428, the release it was written for)
    found = _people(['Two Chunghwa executives, Chih-Chun "C.C." Liu and Hsueh-Lung "Brian" Lee, pleaded guilty.'])
    assert set(found) == {"Chih-Chun Liu", "Hsueh-Lung Lee"}
    # a word before the name is no given name; title-case phrases with a quoted word are no names
    assert "Guilherme Vasconcelos" in _people(["Lawyer Guilherme “Gui” Vasconcelos joined the firm in 2019."])
    assert not _people(['The Limited Edition "Majestic" Paisley is out now.', 'Try the Original "Strawberry" Red.'])


def test_nickname_scan_stays_linear() -> None:
    text = 'Chang Suk "C.S." Chung and ' * 5000
    t = time.process_time()
    scan(text)
    assert time.process_time() - t < 1.0
