"""The anonymisation guard on a corpus of true and false positives."""

from __future__ import annotations

from datetime import date

import pytest

from quez.privacy import Hit, elfproef, iban_ok, mask, redact, scan

TODAY = date(2026, 5, 1)


def found(text: str, names: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(h.kind, text[h.start : h.end]) for h in scan(text, names=names, today=TODAY)]


TRUE_POSITIVES = [
    # BSN: valid 11-proef, several spellings
    ("Haar BSN is 123456782.", "bsn", "123456782"),
    ("bsn: 111222333", "bsn", "111222333"),
    ("nummer 123.456.782 staat op de brief", "bsn", "123.456.782"),
    ("nummer 123 456 782", "bsn", "123 456 782"),
    ("1234.56.782 (zoals op het paspoort)", "bsn", "1234.56.782"),
    ("BSN123456782", "bsn", "123456782"),
    # Postcodes
    ("Hij woont op 1012 AB in Amsterdam.", "postcode", "1012 AB"),
    ("adres: Dorpsstraat 4, 3011AD Rotterdam", "postcode", "3011AD"),
    ("postcode 9712cp", "postcode", "9712cp"),
    # Phones
    ("bel haar op 06-12345678", "phone", "06-12345678"),
    ("0612345678", "phone", "0612345678"),
    ("06 12 34 56 78 is haar nummer", "phone", "06 12 34 56 78"),
    ("tel. 010-1234567", "phone", "010-1234567"),
    ("0513 123456", "phone", "0513 123456"),
    ("(020) 123 45 67", "phone", "(020) 123 45 67"),
    ("+31 6 12345678", "phone", "+31 6 12345678"),
    ("+31612345678.", "phone", "+31612345678"),
    ("0031 20 1234567", "phone", "0031 20 1234567"),
    ("+31 (0)6 1234 5678", "phone", "+31 (0)6 1234 5678"),
    # E-mail and IBAN
    ("mail naar j.de.vries+zorg@voorbeeld.nl.", "email", "j.de.vries+zorg@voorbeeld.nl"),
    ("rekening NL91 ABNA 0417 1643 00", "iban", "NL91 ABNA 0417 1643 00"),
    ("nl91abna0417164300", "iban", "nl91abna0417164300"),
    ("DE89 3704 0044 0532 0130 00", "iban", "DE89 3704 0044 0532 0130 00"),
    # Dates that look like birth dates
    ("geboren op 12-03-1985", "birthdate", "12-03-1985"),
    ("12-03-1985", "birthdate", "12-03-1985"),
    ("12 maart 1985", "birthdate", "12 maart 1985"),
    ("op 3 mrt. 1990 kwam", "birthdate", "3 mrt. 1990"),
    ("geb. 01/02/03", "birthdate", "01/02/03"),
    ("geboortedatum: 1 januari 2024", "birthdate", "1 januari 2024"),
    ("born March 12, 1985", "birthdate", "March 12, 1985"),
    ("1985-03-12", "birthdate", "1985-03-12"),
    ("° 4.5.1961", "birthdate", "4.5.1961"),
]


@pytest.mark.parametrize(("text", "kind", "value"), TRUE_POSITIVES)
def test_true_positives(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


FALSE_POSITIVES = [
    "In 2019 ze verhuisde ze naar een andere stad.",
    "tussen 1234 ab en 2345 cd in de tabel",
    "Sinds 2020 en 2021 gaat het beter.",
    "Het is 1500km rijden, 1000 mg per dag.",
    "123456789 is geen geldig nummer",  # fails the 11-proef
    "123.456.789 ook niet",
    "000000000",
    "Het dossier heeft 12345678 als nummer.",  # eight digits
    "1234567820 is te lang voor een BSN",
    "Ze heeft 2 kinderen van 4 en 7 jaar.",
    "om 12:30 uur, kamer 1.23",
    "bedrag € 1.234.567,89",
    "op 12 maart hadden we een gesprek",  # no year: not a full date
    "op 3 mei 2025 hadden we een gesprek",  # last year: an event, not a birth date
    "in week 12-13 van 2026",
    "op 01-02-2026 12 uur",  # a recent date with an hour, not a phone number
    "versie 1.2.3, 10 - 12 deelnemers",
    "NL91ABNA0417164301",  # wrong check digits
    "email me @ home",
    "SA 2019 SS",
    "1234 SS",  # SS is never issued
    "score 4/5/2026",  # a recent date
    "Janneke en Jansen zijn andere namen",
]


@pytest.mark.parametrize("text", FALSE_POSITIVES)
def test_false_positives(text: str) -> None:
    assert found(text, names=("Jan",)) == []


def test_phone_not_mistaken_for_an_old_date_and_hour() -> None:
    # An old date is flagged as a date, and the trailing hour does not make it a phone number.
    assert found("op 01-02-2019 12 uur") == [("birthdate", "01-02-2019")]


def test_names_whole_word_any_case_and_spacing() -> None:
    text = "Jan de Vries zei tegen jan  de VRIES dat JAN komt; Janneke niet."
    assert found(text, names=("Jan de Vries", "jan")) == [
        ("name", "Jan de Vries"),
        ("name", "jan  de VRIES"),
        ("name", "JAN"),
    ]


def test_names_with_special_characters_are_literal() -> None:
    assert found("meneer (K.) en K en a.b", names=("(K.)", "a.b", "")) == [
        ("name", "(K.)"),
        ("name", "a.b"),
    ]


def test_overlap_keeps_the_longest_at_one_start() -> None:
    assert found("jan@voorbeeld.nl", names=("jan",)) == [("email", "jan@voorbeeld.nl")]


def test_redact_replaces_each_hit() -> None:
    text = "Bel Jan op 0612345678 of mail jan@x.nl"
    hits = scan(text, names=("Jan",), today=TODAY)
    assert redact(text, hits) == "Bel […] op […] of mail […]"
    assert redact(text, hits, "Casus K") == "Bel Casus K op Casus K of mail Casus K"


def test_redact_merges_overlapping_spans() -> None:
    assert redact("abcdef", [Hit("name", 1, 4), Hit("name", 3, 5)], "#") == "a#f"


def test_checks() -> None:
    assert elfproef("123456782")
    assert not elfproef("123456781")
    assert not elfproef("12345678")
    assert iban_ok("NL91ABNA0417164300")
    assert not iban_ok("NL91ABNA0417164301")
    assert not iban_ok("NL91")


def test_mask_shows_little() -> None:
    assert mask("123456782") == "1•••••••2"
    assert mask("Jan") == "•••"


def test_empty_text() -> None:
    assert scan("") == []
    assert redact("", []) == ""
