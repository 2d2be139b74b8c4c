"""A country written in two forms in one release is one place, named by its short form."""
from __future__ import annotations

from pipeline.extract import extract_text


def _places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


def test_a_country_written_long_and_short_is_one_place_by_its_short_name():
    places = _places("Kerja Sama Dagang\nPemerintah menjajaki kerja sama dengan Republik Ceko di bidang energi. "
                     "Delegasi dari Ceko tiba pekan lalu dan juga mengunjungi Brunei Darussalam serta Brunei.")
    assert places.count("Ceko") == 1 and "Republik Ceko" not in places
    assert "Brunei" in places and "Brunei Darussalam" not in places
