"""An organization written short elsewhere is one entry, and BPSDMP units are registered bodies."""
from pipeline.extract import extract_text


def _orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_a_body_whose_name_is_anothers_alias_is_one_entry():
    text = ("Operasi Ketaatan\nKendari – Petugas BPTD Wilayah XXI memeriksa 40 kendaraan, Senin (4/5/2026). Tim "
            "terpadu beranggotakan Balai Pengelola Transportasi Darat (BPTD) Wilayah XXI Kementerian Perhubungan dan "
            "Dinas Perhubungan.")
    os_ = _orgs(text)
    assert "BPTD Wilayah XXI" not in os_
    full = next(o for n, o in os_.items() if n.startswith("Balai Pengelola Transportasi Darat"))
    assert "BPTD Wilayah XXI" in full.aliases
    assert len(full.spans) >= 2


def test_a_bpsdmp_unit_of_kominfo_is_a_body_with_its_seat():
    text = ("Pelatihan Digital\nMalang – BPSDMP Kominfo Medan dan Dinas Kominfo Kota Malang menyelenggarakan "
            "pelatihan pemasaran digital, Senin (4/5/2026).")
    assert "BPSDMP Kominfo Medan" in _orgs(text)


def test_acronym_spelling_an_english_name_is_its_alias():
    from pipeline.extract import extract_text
    f = extract_text("Judul Berita\nMenteri bertemu pimpinan International Monetary Fund di Washington. "
                     "Menurut IMF, ekonomi kawasan tumbuh.")
    imf = [o for o in f.organizations if "IMF" in [o.name, *o.aliases]]
    assert len(imf) == 1 and "International Monetary Fund" in [imf[0].name, *imf[0].aliases]


def test_regional_office_acronym_is_not_the_national_body():
    from pipeline.extract import extract_text
    f = extract_text("Judul Berita\nData Badan Pusat Statistik dipaparkan. Kepala BPS Prov. Sultra juga hadir.")
    assert len(f.organizations) == 2


def test_a_dinas_named_with_its_regions_government_is_the_same_dinas():
    found = {o.name: o.aliases for o in extract_text(
        "Rapat Penertiban\nRapat dipimpin Kepala Dinas Perhubungan Pemerintah Provinsi Sulawesi Tengah. Dinas "
        "Perhubungan Prov. Sulteng menyiapkan armada.", published="2024-05-01").organizations}
    dinas = [n for n in found if n.startswith("Dinas Perhubungan")]
    assert len(dinas) == 1


def test_pemda_with_a_province_is_the_provinces_government():
    found = {o.name: o.aliases for o in extract_text(
        "Rapat Koordinasi\nPemda Sulteng bersama Pemerintah Provinsi Sulawesi Tengah menyiapkan anggaran bencana.",
        published="2024-05-01").organizations}
    govs = [n for n in found if n.startswith(("Pemda", "Pemerintah"))]
    assert len(govs) == 1


def test_words_before_a_bracket_are_no_alias_when_the_name_goes_on_after_it():
    text = ("Sanitasi Kupang\nKupang – Kepala Balai Prasarana Permukiman Wilayah (BPPW) Nusa Tenggara Timur, "
            "Yohanes Manek, meninjau pembangunan sanitasi di Kabupaten Kupang, Senin (4/5/2026).")
    o = next(o for o in extract_text(text).organizations if o.name.startswith("Balai Prasarana"))
    assert o.name == "Balai Prasarana Permukiman Wilayah Nusa Tenggara Timur"
    assert "Balai Prasarana Permukiman Wilayah" not in o.aliases
    assert "BPPW Nusa Tenggara Timur" in o.aliases


def test_a_short_form_spelling_the_middle_words_is_the_same_unit():
    text = ("Embung Baru\nKupang – Balai Wilayah Sungai Nusa Tenggara II (BWS NT II) meresmikan embung di Desa "
            "Oelnasi, Senin (4/5/2026). BWS NT II juga memperbaiki saluran irigasi.")
    os_ = _orgs(text)
    assert "BWS NT II" not in os_
    assert "BWS NT II" in os_["Balai Wilayah Sungai Nusa Tenggara II"].aliases


def test_the_spelled_middle_words_may_be_a_list_closed_by_dan():
    text = ("Prakiraan Cuaca\nAmbon – Balai Besar Meteorologi, Klimatologi, dan Geofisika Wilayah IX Ambon merilis "
            "prakiraan cuaca. Menurut Balai Besar MKG Wilayah IX Ambon, hujan lebat turun Senin (4/5/2026).")
    os_ = _orgs(text)
    assert "Balai Besar MKG Wilayah IX Ambon" not in os_
    assert "Balai Besar MKG Wilayah IX Ambon" in \
        os_["Balai Besar Meteorologi, Klimatologi, dan Geofisika Wilayah IX Ambon"].aliases
