"""Villages the register names with a spelled-out number, written with a Roman numeral."""
from tests.extract.readers import places_found


def test_village_registered_with_a_spelled_number_is_found_by_its_roman_numeral():
    found = places_found("Judul\nJalan rabat beton di Kelurahan Naikoten I, Kecamatan Kota Raja, Kota Kupang "
                         "diresmikan.")
    assert ("Kelurahan Naikoten I", "desa", "53.71.05.1004") in found
