"""Organizations: long names, nesting, acronyms and aliases, typos, generic plurals, credits."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_long_name_with_dan_and_jurisdiction_stops_before_name():
    os_ = orgs("Kepala Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Barat, Andi Ilham, hadir.")
    assert list(os_) == ["Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Barat"]
    assert os_["Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Barat"].jurisdiction == "Sulawesi Barat"


def test_acronym_typo_and_full_name_merge_into_one_with_aliases():
    text = ("Dinas Perindustran dan Perdagangan Provinsi Sulawesi Barat menggelar rapat. "
            "Disperindag Sulbar mengundang pelaku usaha.")
    os_ = orgs(text)
    assert list(os_) == ["Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Barat"]
    aliases = os_["Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Barat"].aliases
    assert "Disperindag Sulbar" in aliases
    assert "Dinas Perindustran dan Perdagangan Provinsi Sulawesi Barat" in aliases


def test_unit_inside_a_ministry_is_its_own_organization():
    os_ = orgs("Materi dari Biro Perencanaan Kemeterian Perdagangan RI disampaikan secara daring.")
    assert "Biro Perencanaan Kementerian Perdagangan RI" in os_
    assert "Kementerian Perdagangan RI" in os_
    assert "Kemeterian Perdagangan RI" in os_["Kementerian Perdagangan RI"].aliases


def test_definition_in_brackets_is_an_alias():
    os_ = orgs("Direktorat Jenderal Pajak (DJP) bekerja sama dengan pemerintah daerah. DJP berharap banyak.")
    assert os_["Direktorat Jenderal Pajak"].aliases == ["DJP"]


def test_regional_office_forms_are_one_organization():
    text = ("Kakanwil Kemenag Prov. Jawa Timur Ahmad hadir. Kantor Wilayah Kementerian Agama Provinsi Jawa Timur "
            "menyiapkan acara.")
    # the regional office's forms are one organization; the ministry it belongs to is listed on its own
    assert list(orgs(text)) == ["Kantor Wilayah Kementerian Agama Provinsi Jawa Timur", "Kementerian Agama"]


def test_generic_plurals_are_not_organizations():
    text = ("Rapat diikuti Kepala Dinas Pertanian Kabupaten/Kota se-Provinsi Jambi, Pemerintah Kabupaten/Kota "
            "dan OPD terkait.")
    assert orgs(text) == {}


def test_generic_plurals_written_in_lowercase_are_not_organizations():
    text = ("Rapat Siaga Bencana\nKepala BPBD Sulawesi Barat meminta Dinas Sosial kabupaten/kota dan Dinas "
            "Kesehatan kabupaten / kota bersiaga.")
    assert [n for n in orgs(text) if n.startswith("Dinas")] == []


def test_uppercase_dateline_is_not_an_organization():
    assert orgs("SEMARANG – Warga memadati alun-alun kota pada Minggu pagi.") == {}


def test_kinds():
    os_ = orgs("Mahasiswa Universitas Tadulako magang di PT. Sinar Palu Jaya bersama Kadin Sulteng.")
    assert os_["Universitas Tadulako"].kind == "education"
    assert os_["PT. Sinar Palu Jaya"].kind == "company"
    assert os_["Kadin Sulteng"].kind == "association"


def test_credit_lines():
    os_ = orgs("MAMUJU, HUMAS – Bupati meresmikan pasar.\n(Rel/Diskominfo)")
    assert {"HUMAS", "Diskominfo"} <= set(os_)


def test_position_portfolio_is_not_a_unit():
    assert "Bidang Perekonomian dan Pembangunan" not in orgs(
        "Asisten II Bidang Perekonomian dan Pembangunan Rudi hadir.")


def test_named_body_after_its_acronym():
    os_ = orgs("Ketua Kelompok Tani (Poktan) Harapan Jaya Desa Tinggede menerima bantuan.")
    assert any(name.startswith("Kelompok Tani Harapan Jaya") for name in os_)


def test_word_inside_a_multiword_head_is_not_its_own_body():
    os_ = orgs("Ketua TP PKK Kabupaten Sigi membuka lomba.")
    assert list(os_) == ["TP PKK Kabupaten Sigi"]


def test_acronym_at_sentence_end_has_no_dot():
    assert "PKK" in orgs("Para kader aktif di PKK. Mereka hadir.")


def test_regional_acronyms_with_place():
    os_ = orgs("Rapat digelar di Setdakab Donggala bersama DPRK Aceh Besar.")
    assert set(os_) == {"Setdakab Donggala", "DPRK Aceh Besar"}


def test_word_of_a_multiword_position_continues_a_body():
    os_ = orgs("Direktorat Pendidik dan Tenaga Kependidikan hadir bersama Balai Guru Penggerak Provinsi Jambi.")
    assert {"Direktorat Pendidik dan Tenaga Kependidikan", "Balai Guru Penggerak Provinsi Jambi"} <= set(os_)


def test_unit_acronym_before_its_parent_body_is_one_name():
    os_ = orgs("Materi dibawakan Kanit PPA Satreskrim Polres Minahasa Utara, Ipda Stevi Pangemanan. (Pusdatinkom BNPB)")
    assert os_["Satreskrim Polres Minahasa Utara"].parent == "Polres Minahasa Utara"
    assert "Polres Minahasa Utara" in os_
    assert "Pusdatinkom BNPB" in os_ and "BNPB" in os_
    assert "Satreskrim" not in os_ and "Pusdatinkom" not in os_


def test_buildings_and_bare_places_after_a_portfolio_head_are_not_organizations():
    text = ("Rapat digelar di Balai Kota Bengkulu. Sosialisasi di Balai Pertemuan Desa Garantung. "
            "Jembatan menghubungkan Pusat Kecamatan Terpangkas dengan desa lain.")
    assert orgs(text) == {}


def test_company_legal_form_and_regional_unit_belong_to_the_name():
    text = ("Dinas ESDM Provinsi Jambi dan PT PLN (Persero) Unit Induk Wilayah Sumatera Selatan, Jambi dan "
            "Bengkulu (UIW S2JB) menandatangani PKS. General Manager PT PLN (Persero) UIW S2JB, Agung Setiawan "
            "Nugroho, hadir. Saham PT Bank Rakyat Indonesia Tbk naik.")
    os_ = orgs(text)
    pln = os_["PT PLN (Persero) Unit Induk Wilayah Sumatera Selatan, Jambi dan Bengkulu"]
    assert "PT PLN (Persero) UIW S2JB" in pln.aliases
    assert "Persero" not in pln.aliases
    assert "PT Bank Rakyat Indonesia Tbk" in os_
    assert "Bengkulu" not in {p.name for p in extract_text(text).places}


def test_words_spelled_by_the_bracketed_acronym_belong_to_the_name():
    os_ = orgs("Dinas Pariwisata bersama Badan Pelaksana Otorita Labuan Bajo Flores (BPOLBF) menggelar pelatihan.")
    assert os_["Badan Pelaksana Otorita Labuan Bajo Flores"].aliases == ["BPOLBF"]
    assert "Badan Pelaksana Otorita" not in os_


def test_jurisdiction_after_the_acronym_bracket_is_the_same_office():
    os_ = orgs("Badan Pusat Statistik (BPS) Provinsi Jawa Tengah mencatat NTP. Kepala BPS Provinsi Jawa Tengah, "
               "Dr. Nurul Hidayati, menjelaskan.")
    assert list(os_) == ["Badan Pusat Statistik Provinsi Jawa Tengah"]
    assert "BPS Provinsi Jawa Tengah" in os_["Badan Pusat Statistik Provinsi Jawa Tengah"].aliases


def test_a_name_spelled_out_in_a_bracket_after_the_short_form_takes_its_region():
    os_ = orgs("Disnakertrans (Dinas Tenaga Kerja dan Transmigrasi) Provinsi Nusa Tenggara Barat melatih 80 calon "
               "pekerja migran di Mataram.")
    assert "Dinas Tenaga Kerja dan Transmigrasi Provinsi Nusa Tenggara Barat" in os_
    os_ = orgs("Bappeda Kabupaten Gorontalo (Badan Perencanaan Pembangunan Daerah) menggelar forum konsultasi publik.")
    assert "Badan Perencanaan Pembangunan Daerah Kabupaten Gorontalo" in os_


def test_a_list_of_regional_bodies_shares_the_region_written_after_the_last():
    os_ = orgs("Dinas Kesehatan, Dinas Sosial, dan Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Ambon "
               "menggelar rapat koordinasi. BPKAD dan Inspektorat Kabupaten Mamuju hadir.")
    assert {"Dinas Kesehatan Kota Ambon", "Dinas Sosial Kota Ambon",
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Ambon"} <= set(os_)
    assert any(n.startswith(("BPKAD", "Badan Pengelolaan")) and n.endswith("Kabupaten Mamuju") for n in os_)
    # a village's office or a police command names no dinas's region
    os_ = orgs("Dinas Sosial dan Kantor Desa Kalukubula mendata warga. Dinas Perhubungan dan Polres Sigi berjaga.")
    assert {"Dinas Sosial", "Dinas Perhubungan"} <= set(os_)


def test_a_kind_of_body_and_a_retired_mark_are_not_names():
    # "Badan Publik", "Rumah Sakit Swasta": a category of bodies; "(Purn)" marks a retired officer
    text = ("Setiap Badan Publik wajib melapor, kata dokter Rumah Sakit Swasta itu. "
            "Hadir Mayjen TNI (Purn) Rudi Hartono.")
    os_ = orgs(text)
    assert list(os_) == ["TNI"]
    assert os_["TNI"].aliases == []


def test_national_secretariats_and_scout_councils():
    os_ = orgs("Rapat diadakan oleh Sekretariat Wakil Presiden. Ketua Kwartir Nasional (Kwarnas) hadir.")
    assert list(os_) == ["Sekretariat Wakil Presiden", "Kwartir Nasional"]


def test_a_headline_verb_is_no_regional_office_and_regional_companies_are_bodies():
    text = "Kemenag Latih 50 Penyuluh\nHadir direksi Perusahaan Umum Daerah Air Minum Tirta Sari dan Kemenag Katingan."
    assert list(orgs(text)) == ["Kemenag", "Perusahaan Umum Daerah Air Minum Tirta Sari", "Kemenag Katingan"]


def test_associations_of_regional_governments():
    os_ = orgs("Ketua Apeksi Rina Wati membuka Rakernas APEKSI bersama Apkasi.")
    assert list(os_) == ["Apeksi", "Apkasi"]


def test_a_head_written_before_its_own_short_form_is_the_same_body():
    os_ = orgs("Judul\nKementerian Komunikasi dan Digital menggelar acara. Kementerian Komdigi mendukung jurnalis. "
               "Dinas Ketahanan Pangan (DKP) Siak membagikan benih. Kepala Dinas DKP Siak, Rudi, hadir.")
    assert set(os_) == {"Kementerian Komunikasi dan Digital", "Dinas Ketahanan Pangan Siak"}
    assert "Kementerian Komdigi" in os_["Kementerian Komunikasi dan Digital"].aliases
    assert "Dinas DKP Siak" in os_["Dinas Ketahanan Pangan Siak"].aliases


def test_kinds_of_bank_and_lender_are_categories_but_a_units_name_keeps_its_word():
    os_ = orgs("Judul\nKredit Bank Umum Konvensional dan Lembaga Pembiayaan tumbuh, kata para gubernur Bank Sentral. "
               "Kepala Bagian Umum, Budi Santoso, hadir.")
    assert set(os_) == {"Bagian Umum"}


def test_an_amount_after_a_short_form_is_no_region_of_the_body():
    os_ = orgs("Anggaran stunting dibagi ke Dinas Sosial Rp2,2 miliar dan Bappeda Rp2,5 miliar pada tahun 2025.")
    assert "Bappeda" in os_ and not any("Rp" in name for name in os_)


def test_named_unit_lists_its_fields_before_its_bracket():
    os_ = orgs("Kepala Stasiun Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan (SKIPM) Parepare, "
               "Andi Rahman, hadir.")
    assert list(os_) == ["Stasiun Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan Parepare"]


def test_university_units_are_named_with_it_and_of_its_kind():
    os_ = orgs("Ketua Pusat Studi Gender dan Anak Universitas Tadulako, Rina Lestari, hadir bersama Ketua Lembaga "
               "Penelitian dan Pengabdian kepada Masyarakat (LPPM) Universitas Tadulako, Andi Baso, dan Ketua Pusat "
               "Studi Konstitusi dan Pancasila (PSKP) Fakultas Hukum Universitas Tadulako, Sitti Rahma.")
    assert os_["Pusat Studi Gender dan Anak Universitas Tadulako"].kind == "education"
    assert "Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Tadulako" in os_
    assert os_["Pusat Studi Konstitusi dan Pancasila Fakultas Hukum Universitas Tadulako"].kind == "education"


def test_technical_office_seated_in_a_village_keeps_its_seat_after_its_bracket():
    f = extract_text("Kepala Balai Besar Pelatihan Pertanian (BBPP) Batangkaluku, Irmawati Sade, membuka pelatihan.")
    assert [o.name for o in f.organizations] == ["Balai Besar Pelatihan Pertanian Batangkaluku"]
    assert [(p.name, [t.text for t in p.titles]) for p in f.persons] == [
        ("Irmawati Sade", ["Kepala Balai Besar Pelatihan Pertanian Batangkaluku"])]
