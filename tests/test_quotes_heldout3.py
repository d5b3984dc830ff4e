"""Quote attribution, third round of held-out issuers. Each test runs a rule on real text
from a release other than the one the rule was written for; the comment names the issuer."""

from __future__ import annotations

import time

from pressroom.extract import sentences
from pressroom.extract.quotes import extract_quotes


def quotes_of(*paragraphs: str, title: str | None = None) -> list[tuple[str, str, str]]:
    quotes, _ = extract_quotes(list(paragraphs), title, ())
    return [(q.kind, q.speaker, q.text[:30]) for q in quotes]


def _sentences(par: str) -> list[str]:
    edges = [0] + sentences.ends(par) + [len(par)]
    return [par[a:b].strip() for a, b in zip(edges, edges[1:]) if par[a:b].strip()]


def test_bros_del_sec_end_no_sentence():
    # written for citybiz (Mattel / Warner Bros.: `..., Warner Bros. Pictures, said: "..."` was cut at
    # `Bros.`, the speaker became 'Pictures'); run on senate/Hutchison/3Mar2005 (`Sec. Rumsfeld told
    # them ...`) and citybiz's State Roundup (2025-08, `Del. David Moon, majority leader in ...`)
    par = ("On February 8, Sen. Hutchison and Sen. Cornyn attended a meeting at the Pentagon with Secretary of "
           "Defense Donald Rumsfeld. Sec. Rumsfeld told them the adverse impact of the 2005 BRAC process on "
           "military bases would be significantly reduced.")
    assert _sentences(par)[1].startswith("Sec. Rumsfeld told them the adverse impact")
    par = ("As President Donald Trump pushes Texas and other states to redraw congressional district maps to "
           "benefit Republicans, a top Democrat in Maryland wants to push back. Del. David Moon, majority leader "
           "in the Maryland House of Delegates, says he's drafting legislation.")
    assert _sentences(par)[1].startswith("Del. David Moon, majority leader")
    # a company suffix still ends a sentence before a sentence opener
    assert len(_sentences("The firm bought Warner Bros. The deal closed today.")) == 2


def test_a_speaker_named_after_warner_bros_is_the_person():
    # the sentence shape of citybiz's Mattel release, on newsdirect's Kevel release (2025-02-11):
    # `As Martin Jensen, Founder and Chairman of the Board at Nexta, says, "..."`, its firm renamed
    got = quotes_of("Martin Jensen, Founder and Chairman of the Board at Warner Bros. Pictures, said: \"This merger is "
                    "more than just a strategic move, it is a bold step into the future.\"")
    assert got == [("direct", "Martin Jensen", "This merger is more than just ")]
