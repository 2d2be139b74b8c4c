"""A release that spells a registered acronym out as another thing does not name the registered body."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_acronym_spelled_as_a_programme_is_not_the_red_cross():
    os_ = orgs("Pemerintah membuka Program Magang Indonesia (PMI) bagi lulusan baru. "
               "Peserta PMI bertambah pesat tahun ini.")
    assert not any("PMI" in (o.name, *o.aliases) or o.name.startswith("Palang Merah") for o in os_.values())


def test_acronym_spelled_as_the_body_stays():
    os_ = orgs("Relawan Palang Merah Indonesia (PMI) Kota Bogor membantu korban banjir. PMI juga membuka posko.")
    assert "PMI" in os_["Palang Merah Indonesia Kota Bogor"].aliases
