"""Organizations: an open-ended name (company, foundation) after a post ends where its holder's name begins."""
from pipeline.extract import extract_text


def facts(text):
    return extract_text(text)


def test_company_and_foundation_after_a_post_stop_before_the_holder():
    f = facts("Pelatihan Usaha Dibuka\nTurut hadir Direktur PT Cahaya Lestari Agus Salim Harahap, Camat Tebing Rudi "
              "Hartono dan warga. Acara itu dihadiri Ketua Pembina Yayasan Cahaya Bangsa Hendra Wijaya Kusuma, dan "
              "Romo Petrus.")
    names = {o.name for o in f.organizations}
    assert "PT Cahaya Lestari" in names and "Yayasan Cahaya Bangsa" in names
    persons = {p.name for p in f.persons}
    assert "Agus Salim Harahap" in persons and "Hendra Wijaya Kusuma" in persons


def test_an_initial_before_the_holder_is_not_the_company_s():
    f = facts("Pelatihan Usaha Dibuka\nSementara itu Direktur Utama PT Bumi Makmur Sentosa I Made Sudarsana "
              "menyampaikan terima kasih.")
    assert "PT Bumi Makmur Sentosa" in {o.name for o in f.organizations}


def test_without_a_post_the_company_keeps_its_words():
    f = facts("Kunjungan Tim\nTim meninjau lokasi PT Putra Mekongga Sejahtera, PT Akar Mas Indonesia dan lahan warga.")
    assert "PT Putra Mekongga Sejahtera" in {o.name for o in f.organizations}


def test_tp_pkk_written_alone_is_named_so_and_is_the_pkk():
    f = facts("Pembinaan Kader Posyandu\nPlt Ketua TP PKK Rina Susanti membuka pembinaan kader. Ia mengajak pengurus "
              "PKK aktif.")
    assert [(o.name, o.aliases) for o in f.organizations] == [("TP PKK", ["PKK"])]
    f = facts("Pembinaan Kader\nKetua TP PKK Kota Bogor Yuli hadir bersama pengurus PKK Kota Bogor.")
    assert [o.name for o in f.organizations] == ["TP PKK Kota Bogor"]


def test_tp_pkk_of_every_village_or_level_is_no_body():
    f = facts("Lomba TP-PKK Tingkat Provinsi\nLomba yang diselenggarakan oleh TP PKK Desa, mengacu pada program pokok PKK.")
    assert "TP PKK" not in {o.name for o in f.organizations}
    assert "TP-PKK" not in {o.name for o in f.organizations}


def test_an_unknown_acronym_after_a_board_post_and_before_a_region_or_a_body_names_a_body():
    f = facts("Silaturahmi Adat\nHal itu disampaikan Ketua DPH LAMK Ketapang saat bersilaturahmi. Lembaga Adat Melayu "
              "Ketapang (LAMK) hadir, dan silaturahmi oleh Ketua MKA LAMK Datuk Zainal. Hadir pula Kepala SKB Kota "
              "Bogor, Abdul Karim.")
    names = {o.name for o in f.organizations}
    assert {"DPH LAMK Ketapang", "MKA LAMK", "SKB Kota Bogor"} <= names


def test_kinds_of_units_and_many_holders_name_no_body():
    f = facts("Rapat Koordinasi\nRapat dihadiri seluruh Kepala DPK Kota Bogor, Ketua RW Kelurahan Cimuning dan "
              "Kepala OPD Kota Bogor.")
    names = {o.name for o in f.organizations}
    assert not {"DPK Kota Bogor", "RW Kelurahan Cimuning", "OPD Kota Bogor"} & names


def test_a_registered_acronym_written_in_capitals_alone_is_that_body():
    f = facts("Bupati Buka Pelatihan\nBupati membuka pelatihan itu bersama Camat Lage dan warga. #DISKOMINFOTIK")
    assert "DISKOMINFOTIK" in {o.name for o in f.organizations}


def test_an_open_name_before_a_comma_and_its_holder_stays_whole():
    f = extract_text("Direktur Utama Perumda Air Minum Wae Mbeliling, Yohanes Don Bosko, meninjau pipa.",
                     published="2025-03-01")
    assert {p.name: [t.text for t in p.titles] for p in f.persons} == {
        "Yohanes Don Bosko": ["Direktur Utama Perumda Air Minum Wae Mbeliling"]}


def test_a_companys_name_keeps_its_spelling():
    f = extract_text("Gubernur mengunjungi PT Tomini Minerals di Kecamatan Suwawa.", published="2025-03-01")
    assert "PT Tomini Minerals" in {o.name for o in f.organizations}


def test_training_welfare_and_learning_bodies_are_named_heads():
    f = extract_text("Siswa magang melalui Lembaga Pelatihan Kerja (LPK) Sakura Mandiri. Bantuan diberikan kepada "
                     "Panti Asuhan Bethesda dan Pusat Kegiatan Belajar Masyarakat (PKBM) Bina Insani. Ketua Poktan "
                     "Harapan Baru, Yulius Lolaro, hadir.", published="2025-03-01")
    names = {o.name for o in f.organizations}
    assert {"Lembaga Pelatihan Kerja Sakura Mandiri", "Panti Asuhan Bethesda",
            "Pusat Kegiatan Belajar Masyarakat Bina Insani", "Poktan Harapan Baru"} <= names
    assert "Panti Asuhan Bethesda" not in {p.name for p in f.persons}


def test_a_president_director_is_a_companys_post():
    f = extract_text("Presiden Direktur PT Tomini Minerals, Budi Harahap, memaparkan progres.", published="2025-03-01")
    assert [t.text for p in f.persons for t in p.titles][0].startswith("Presiden Direktur PT Tomini")


def test_a_head_that_names_the_body_in_its_bracket_is_its_short_form_and_the_region_after_it_places_it():
    f = facts("Bantuan Anak Stunting\nKWANDANG - Tim Penggerak Pemberdayaan Kesejahteraan Keluarga (TP-PKK) Kabupaten "
              "Gorontalo Utara menyerahkan bantuan. Ia mengatakan TP-PKK akan terus mendampingi keluarga.")
    assert [o.name for o in f.organizations] == [
        "Tim Penggerak Pemberdayaan Kesejahteraan Keluarga Kabupaten Gorontalo Utara"]


def test_a_companys_name_keeps_its_spelling_in_its_managers_post():
    f = extract_text("Direktur Utama PT Tomini Minerals, Budi Harahap, memaparkan progres tambang.", published="2025-03-01")
    assert [t.text for p in f.persons for t in p.titles] == ["Direktur Utama PT Tomini Minerals"]
