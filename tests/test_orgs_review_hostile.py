"""Hostile inputs for this round's organization rules: many distinct names must stay linear."""

import random
import time

from pressroom.extract.organizations import _AloneWords, _lost_owner_lead, extract_organizations


def _words(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3)).title()
            for _ in range(n)]


def test_lost_owner_distinct_bases_are_linear() -> None:
    # 5,000 distinct owners, each a search of the release before (14 s): now one read of its words
    bases = [w + "s" for w in _words(5000, 1)]
    whole = " ".join(f"the {b}s National Security Unit" for b in bases) + " District of Massachusetts."
    alone = _AloneWords(whole)
    t0 = time.process_time()
    got = [_lost_owner_lead(f"{b}s National Security Unit", alone) for b in bases]
    assert time.process_time() - t0 < 1.0
    assert not any(got)  # none of them written alone
    assert _lost_owner_lead("Massachusettss National Security Unit", alone)
    assert _lost_owner_lead("FBIs San Francisco Field Office", alone)
    assert not _lost_owner_lead("Veterans Health Administration", alone)


def test_alone_words_reads_a_word_as_the_search_did() -> None:
    alone = _AloneWords("O'Ortiz and Ortizs; Saint-Croix, Lux.")
    assert "Lux" in alone and "Saint" in alone and "Croix" in alone
    assert "Ortiz" not in alone  # after an apostrophe, or inside a word
    assert "Saint-Croix" in alone and "Saint-Cro" not in alone  # a word with a mark: searched


def test_exec_names_beside_longer_names_are_linear() -> None:
    # each "X Y CEO <person>" name was compared with every longer name of the release (2.9 s)
    w = _words(10000, 2)
    text = " ".join(f"{w[2 * k]} {w[2 * k + 1]} CEO Robert Smith met the Acme Big Labs." for k in range(5000))
    t0 = time.process_time()
    extract_organizations([text])
    assert time.process_time() - t0 < 2.0
