"""A foreign city written bare after the name of a hall at home is part of the name, not where the hall stands."""
from __future__ import annotations

import pytest

from pipeline.extract import extract_text


def _venues(text: str) -> list[str]:
    return [v.name for v in extract_text(text).venues]


@pytest.mark.parametrize("text,venue", [
    ("Rapat koordinasi para camat digelar di Pendopo Serambi Mekkah, Rabu (8/5/2024).", "Pendopo Serambi Mekkah"),
    ("Wisuda santri berlangsung di Gedung Serba Guna Kairo, Sabtu (4/5/2024).", "Gedung Serba Guna Kairo"),
])
def test_foreign_city_stays_in_a_hall_name(text, venue):
    assert _venues(text) == [venue]


def test_indonesian_city_after_a_hotel_is_still_its_place():
    assert _venues("Pelatihan digelar di Hotel Srikandi Kendari, Senin (6/5/2024).") == ["Hotel Srikandi"]


def test_exhibition_and_trade_centres_abroad_are_venues():
    found = _venues("Menteri menghadiri konferensi di Busan Exhibition and Convention Center (BEXCO), Busan, Korea "
                    "Selatan, pada 28 April 2025. Bupati sebelumnya hadir di Dubai World Trade Centre, Dubai.")
    assert {"Busan Exhibition and Convention Center (BEXCO)", "Dubai World Trade Centre"} <= set(found)
