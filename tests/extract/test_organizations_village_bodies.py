"""A village's own bodies carry their proper names (a BUMDes, a Karang Taruna, a Koperasi Desa Merah Putih), as do
its private schools and madrasahs."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name for o in extract_text(text, published="2025-03-01").organizations}


def test_a_village_enterprise_keeps_its_name():
    assert "BUMDes Ganti Sejahtera" in orgs("Hadir pengurus BUMDes Ganti Sejahtera pada acara itu.")


def test_a_youth_organization_keeps_its_name_and_village():
    assert "Karang Taruna Tunas Harapan Desa Ganti" in orgs(
        "Hadir pengurus Karang Taruna Tunas Harapan Desa Ganti pada acara itu.")


def test_a_youth_organization_of_a_kabupaten_keeps_its_region():
    assert "Karang Taruna Kabupaten Donggala" in orgs("Ketua Karang Taruna Kabupaten Donggala, Rudi Hartono, hadir.")


def test_a_merah_putih_cooperative_is_named_whole_with_its_village():
    assert "Koperasi Desa Merah Putih Desa Ganti" in orgs(
        "Camat meresmikan Koperasi Desa Merah Putih Desa Ganti pada Senin (3/3/2025).")


def test_private_madrasahs_and_integrated_islamic_schools_are_named_heads():
    found = orgs("Juara diraih MIS Alkhairaat Tanjung Batu, MTsS DDI Labuan dan SDIT Al Fahmi.")
    assert {"MIS Alkhairaat Tanjung Batu", "MTsS DDI Labuan", "SDIT Al Fahmi"} <= found


def test_a_village_of_two_words_stays_in_a_group_name():
    found = orgs("Kelompok Tani Harapan Desa Labuan Panimba menerima bantuan bibit. Ketua Kelompok Tani Harapan, "
                 "Budi Lamasitudju, berterima kasih.")
    assert "Kelompok Tani Harapan Desa Labuan Panimba" in found
    assert "Kelompok Tani Harapan" not in found


def test_a_village_enterprise_written_in_full_keeps_the_name_after_its_bracket():
    found = orgs("Badan Usaha Milik Desa (BUMDes) Tunas Jaya mengembangkan usaha air minum kemasan.")
    assert "Badan Usaha Milik Desa Tunas Jaya" in found and "Badan Usaha Milik Desa" not in found


def test_a_merah_putih_cooperative_named_in_the_headline_keeps_its_village():
    found = orgs("Koperasi Desa Merah Putih Sidera Resmi Berbadan Hukum\n\nSIGI - Koperasi Desa Merah Putih Sidera "
                 "di Kecamatan Sigi Biromaru resmi berbadan hukum.")
    assert "Koperasi Desa Merah Putih Sidera" in found


def test_tourism_groups_and_clinics_are_named_heads():
    found = orgs("Kelompok Sadar Wisata (Pokdarwis) Pantai Indah menggelar festival. Hadir Direktur Klinik "
                 "Pratama Bhakti Husada, dr. Yuliana Lamba.")
    assert {"Kelompok Sadar Wisata Pantai Indah", "Klinik Pratama Bhakti Husada"} <= found


def test_a_village_office_opened_is_a_building_not_a_body():
    f = extract_text("Bupati Sigi meresmikan Kantor Desa Sidera, Kecamatan Sigi Biromaru, Selasa (4/3/2025).",
                     published="2025-03-10")
    assert not any(o.name.startswith("Kantor Desa") for o in f.organizations)
    assert "Kantor Desa Sidera" in [v.name for v in f.venues]


def test_a_plan_year_after_pemerintah_desa_names_no_village():
    got = orgs("Musyawarah membahas Rencana Kerja Pemerintah Desa Tahun 2026 di Balai Desa Tolole.")
    assert not any(n.startswith("Pemerintah Desa") for n in got)


def names_and_aliases(text):
    return {o.name: o.aliases for o in extract_text(text, published="2025-03-01").organizations}


def test_a_bare_bumdes_after_one_named_with_its_village_is_that_one():
    os_ = names_and_aliases("Badan Usaha Milik Desa (BUMDes) Sinar Harapan Desa Ogotua meluncurkan produk kopi. "
                            "Produk BUMDes itu dijual di pasar.")
    assert list(os_) == ["Badan Usaha Milik Desa Sinar Harapan Desa Ogotua"]
    assert "BUMDes" in os_["Badan Usaha Milik Desa Sinar Harapan Desa Ogotua"]


def test_a_bumdes_named_without_its_village_is_the_one_named_with_it():
    os_ = names_and_aliases("BUMDes Sipakainga Desa Batetangnga meluncurkan produk. "
                            "Ketua BUMDes Sipakainga, Rahman Lamba, mengatakan produk itu laris.")
    assert os_ == {"BUMDes Sipakainga Desa Batetangnga": ["BUMDes Sipakainga"]}


def test_a_known_village_after_a_village_council_bracket_is_its_village():
    os_ = names_and_aliases("Badan Permusyawaratan Desa (BPD) Sidole menggelar musyawarah desa.")
    assert "Badan Permusyawaratan Desa Sidole" in os_
    assert "Badan Permusyawaratan Desa" in names_and_aliases(
        "Ketua Badan Permusyawaratan Desa (BPD) Rahman, mengatakan rapat lancar.")


def test_a_village_of_two_words_after_a_village_council_bracket_is_whole():
    f = extract_text("Rapat dipimpin Ketua Badan Permusyawaratan Desa (BPD) Minti Makmur, Rahman Lamba, "
                     "dan dihadiri warga.", published="2025-03-01")
    assert [(p.name, [t.text for t in p.titles]) for p in f.persons] == [
        ("Rahman Lamba", ["Ketua Badan Permusyawaratan Desa Minti Makmur"])]
    assert "Badan Permusyawaratan Desa Batu Putik" in orgs(
        "Badan Permusyawaratan Desa (BPD) Batu Putik menggelar musyawarah desa.")


def test_forest_farmer_and_farm_groups_are_named_heads():
    f = extract_text("Kelompok Tani Hutan (KTH) Wana Lestari binaan Kesatuan Pengelolaan Hutan (KPH) Kabupaten "
                     "Kupang memanen madu. Ketua Brigade Pangan Bocco Jaya, Safaruddin, dan Ketua KTNA Kabupaten "
                     "Bone, Muh. Arifin, hadir bersama Poklahsar Mutiara Laut.", published="2025-03-01")
    found = {o.name: o.kind for o in f.organizations}
    assert found["Kelompok Tani Hutan Wana Lestari"] == "association"
    assert found["Kesatuan Pengelolaan Hutan Kabupaten Kupang"] == "government"
    assert found["Brigade Pangan Bocco Jaya"] == "association"
    assert found["KTNA Kabupaten Bone"] == "association"
    assert "Poklahsar Mutiara Laut" in found
    assert "Wana Lestari" not in {p.name for p in f.persons}


def test_a_group_head_with_a_word_of_merit_names_a_contest_category():
    f = extract_text("Dinas Pertanian Provinsi Gorontalo menggelar Lomba Gapoktan Berprestasi dan Lomba KWT Teladan "
                     "Tingkat Provinsi Gorontalo 2025. Juara I diraih Gapoktan Tani Jaya Desa Kalimas.",
                     published="2025-03-01")
    found = {o.name for o in f.organizations}
    assert not any("Berprestasi" in n or "Teladan" in n for n in found)
    assert "Gapoktan Tani Jaya Desa Kalimas" in found
    assert f.main_event is None or f.main_event.organizer == "Dinas Pertanian Provinsi Gorontalo"
