"""Held-out organization/acronym cases, round 7 (helper orgs7). Each sentence is from a release
other than the one the rule was written for; the issuer is named in a comment."""
from __future__ import annotations

from pressroom.extract.knownorgs import add_known_orgs


def _known(paragraphs: list[str], boilerplate: list[str]) -> list[str]:
    return [o.name for o in add_known_orgs([], paragraphs, "A headline", [], [], boilerplate)]


def test_known_orgs_read_the_issuers_about_section() -> None:
    # News Direct, Kevel's About section
    about = ["About Kevel",
             "Harnessing the power of AI for data-driven decision-making, Kevel has helped leading "
             "brands such as Chewy, The Home Depot, Edmunds, Lyft, Delivery Hero, Sonae, Slickdeals, "
             "and others launch their own retail media networks."]
    names = _known(["Kevel announced an acquisition."], about)
    assert "Lyft" in names


def test_known_orgs_skip_a_wires_footer() -> None:
    # a block that is no About section is never read (a wire's footer, a contact line)
    names = _known(["Kevel announced an acquisition."], ["Contact: press@lyft.example", "Sold on Amazon."])
    assert names == []


def test_second_exchange_before_a_ticker_is_no_mention() -> None:
    # Noticias Newswire, Verizon's About section
    about = ["About Verizon Communications Inc.",
             "Verizon Communications Inc. (NYSE, Nasdaq: VZ) powers and empowers how its millions "
             "of customers live, work and play."]
    assert "NYSE" not in _known(["Verizon launched a phone."], about)
