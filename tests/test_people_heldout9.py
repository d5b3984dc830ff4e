"""People, ninth round of held-out issuers (helper q10). Each test runs a rule on real text from a
release other than the ones it was written from (pressservices Spring Hope Family Dentistry and
Elementera, the two that showed it); the comment names the release."""

from __future__ import annotations

import time

from pressroom.extract.contacts import contact_names


def test_contact_person_before_a_phone_number_without_separators():
    # pressservices 2025/0705 Brightwater Irrigation and Lighting (`Jeff`, a known given name)
    assert contact_names(["Contact Information:", "Brightwater Irrigation and Lighting",
                          "535 W Plant St Winter Garden, FL 34787United States",
                          "Jeff Watson 13219463766 https://brightwaterfl.com"]) == ["Jeff Watson"]


def test_contact_person_with_unknown_given_name_before_a_bare_number():
    # pressservices 2025/0424 Moving Forward Physical Therapy (`Vitaly`, a given name we do not know:
    # the place in the block, right after the label's firm and address, and the number vouch)
    assert contact_names(["Contact Information:", "Moving Forward Physical Therapy",
                          "30 East 60th Street. Suite 505 New York, NY 10022United States",
                          "Vitaly Dvoskin 12126064035 https://movingforwardpt.nyc/"]) == ["Vitaly Dvoskin"]


def test_contact_person_before_a_bare_number_with_plus_signs():
    # pressservices 2026/0308 Feldman Orthodontics: `+12039490800+`
    assert contact_names(["Contact Information:", "Feldman Orthodontics",
                          "435 Highland Ave. Suite 200 Cheshire, CT 06410United States",
                          "Mary Kate Thompson +12039490800+ https://feldmanorthodontics.net"]) == ["Mary Kate Thompson"]


def test_firm_before_a_bare_number_is_no_person():
    # the firm's name spelt by the site's host stays out, as with a formatted number
    # (pressservices 'Oasis Bathroom +1954-335-3480 https://oasisbathroomremodelingbocaraton.com')
    assert contact_names(["Contact Information:", "Oasis Bathroom", "100 Main St Boca Raton, FL 33431United States",
                          "Oasis Bathroom 19543353480 https://oasisbathroomremodelingbocaraton.com"]) == []


def test_longer_digit_runs_are_no_phone_numbers():
    # a 13-digit ISBN or a 12-digit order number makes no block a contact block
    assert contact_names(["John Smith's new book, ISBN 9781234567890, is out now."]) == []
    assert contact_names(["Order 123456789012 was shipped to Mary Jones."]) == []


def test_hostile_digit_runs_stay_linear():
    t = time.process_time()
    contact_names(["Contact Information:", "1" * 5000, "Ann Lee " + "12345678901 " * 400])
    assert time.process_time() - t < 1.0
