"""Organizations: police and military units, prosecutors' and other national bodies' offices by their short forms."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_police_units_by_short_form_with_their_command():
    os_ = orgs("Judul\nPersonel Sat Samapta Polres Wakanda dan Satbinmas Polres Wakanda berpatroli. Anggota "
               "Ditreskrimsus Polda Gondwana menangkap pelaku.")
    assert "Sat Samapta Polres Wakanda" in os_
    assert os_["Sat Samapta Polres Wakanda"].parent == "Polres Wakanda"
    assert "Satbinmas Polres Wakanda" in os_
    assert "Ditreskrimsus Polda Gondwana" in os_


def test_two_directorates_of_one_command_stay_two():
    os_ = orgs("Judul\nAnggota Ditreskrimum Polda Gondwana dan Ditreskrimsus Polda Gondwana bekerja sama. "
               "Bidhumas Polda Gondwana dan Bid Humas Polda Gondwana merilis hasilnya.")
    assert "Ditreskrimum Polda Gondwana" in os_
    assert "Ditreskrimsus Polda Gondwana" in os_
    assert os_["Bid Humas Polda Gondwana"].aliases == ["Bidhumas Polda Gondwana"]


def test_prosecutors_offices_by_short_form_are_their_full_names():
    os_ = orgs("Judul\nKepala Kejaksaan Tinggi Maluku hadir. Bantuan diberikan untuk Kejati Maluku dan Kejari "
               "Buru. Petugas Kanim Ambon juga hadir.")
    assert os_["Kejaksaan Tinggi Maluku"].aliases == ["Kejati Maluku"]
    assert "Kejari Buru" in os_
    assert "Kanim Ambon" in os_
