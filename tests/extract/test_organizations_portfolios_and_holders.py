"""Organizations: lowercase portfolios, units before their parent, holders after a body."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_lowercase_portfolio_joined_by_ampersand_runs_to_the_comma():
    os_ = orgs("Judul\nHadir Ka. Dinas Sumber daya air & bina marga, Ka. Dinas Kelautan & perikanan, dan Camat Pulo.")
    assert "Dinas Sumber daya air & bina marga" in os_
    assert "Dinas Kelautan & perikanan" in os_


def test_lowercase_words_that_go_on_are_the_sentence():
    os_ = orgs("Judul\nKementerian Keuangan dan lembaga Internasional bertemu; Dinas Kesehatan kerja keras.")
    assert "Kementerian Keuangan" in os_
    assert "Dinas Kesehatan" in os_


def test_a_second_body_in_lowercase_is_not_a_portfolio():
    os_ = orgs("Judul\nBantuan disalurkan Kementerian Sosial dan pemerintah daerah. Kementerian Kominfo bersama DPR RI hadir.")
    assert "Kementerian Sosial" in os_
    assert "Kementerian Kominfo" in os_


def test_a_registered_unit_followed_by_its_parents_short_form_is_one_name():
    os_ = orgs("Judul\nHadir Kapuskon Baloghan Kemhan Brigjen TNI Ahmad Sutejo dan Direktur Bela Negara Ditjen Pothan Kemhan.")
    assert "Baloghan Kemhan" in os_
    assert "Ditjen Pothan Kemhan" in os_
    assert "Kemhan" in os_


def test_a_registered_unit_before_another_body_does_not_take_it():
    os_ = orgs("Judul\nPersonel Baloghan Polri hadir.")
    assert "Baloghan Polri" not in os_


def test_dewan_masjid_indonesia_is_registered_and_takes_its_chapters_region():
    os_ = orgs("Judul\nKetua Dewan Masjid Indonesia Kota Sorong Haji Umar hadir.")
    assert "Dewan Masjid Indonesia Kota Sorong" in os_


def test_a_one_word_holder_after_a_registered_short_form_is_not_its_seat():
    os_ = orgs("Judul\nHadir Kasubbag Umum Bappeda Rosminah dan Kabag Protokol Yeni Astuti. Kepala Bappeda Juwairiah mengatakan rencana itu baik.")
    assert "Bappeda" in os_
    assert not any("Rosminah" in n or "Juwairiah" in n for n in os_)


def test_a_registered_short_form_keeps_its_seat_in_a_list():
    os_ = orgs("Judul\nHadir Kepala Kemenag Katingan, Kepala BPS Kapuas dan Camat Pulo.")
    assert "Kemenag Katingan" in os_
    assert "BPS Kapuas" in os_


def test_a_place_closes_a_posts_body_and_the_names_after_it_are_the_holder():
    os_ = orgs("Judul\nHadir Rektor Universitas Sumatera Utara Rudianto Harap, Wakil Bupati Garut. "
               "Manajer PT. PLN Rayon Poso Sutarno Wibisono mengucapkan terima kasih.")
    assert "Universitas Sumatera Utara" in os_
    assert "PT. PLN Rayon Poso" in os_


def test_an_indonesian_phrase_in_title_case_before_bank_is_no_english_name():
    os_ = orgs("Judul\nUang Muka Kredit Kendaraan Bermotor Bank minimal 0 persen. Direktur Asian Development Bank hadir.")
    assert not any("Bermotor" in n for n in os_)
    assert "Asian Development Bank" in os_


def test_a_scout_chapter_names_its_movement_before_its_place():
    os_ = orgs("Judul\nKegiatan Kwarcab Pramuka Sorong berjalan lancar. Kwarda Gerakan Pramuka Jawa Tengah hadir.")
    assert "Kwarcab Pramuka Sorong" in os_
    assert "Kwarda Gerakan Pramuka Jawa Tengah" in os_
    assert "Pramuka Sorong" not in os_ and "Pramuka Jawa Tengah" not in os_


def test_a_unit_head_in_capitals_before_its_number():
    os_ = orgs("Judul\nPersonel DENPOM XIV/3 hadir dalam apel.")
    assert "DENPOM XIV/3" in os_


def test_a_bracket_spelling_the_whole_name_closes_it():
    os_ = orgs("Judul\nNarasumber dari PT. Bumi Hijau Agro Lestari (BHAL) Sumiati tawarkan budidaya talas.")
    assert "PT. Bumi Hijau Agro Lestari" in os_
    assert not any("Sumiati" in n for n in os_)


def test_a_body_spelled_by_its_bracket_keeps_its_seat_after_it():
    os_ = orgs("Judul\nIa bertemu Perhimpunan Pelajar Indonesia (PPI) Belanda di Den Haag.")
    assert "Perhimpunan Pelajar Indonesia Belanda" in os_


def test_an_english_name_takes_the_short_form_in_its_bracket():
    os_ = orgs("Judul\nIa bertemu Indo-Pacific Trade Council (IPTC) di Jakarta. Delegasi IPTC menyampaikan minat investasi.")
    assert os_["Indo-Pacific Trade Council"].aliases == ["IPTC"]
    assert len(os_["Indo-Pacific Trade Council"].spans) == 2


def test_regional_body_named_by_the_first_part_of_its_portfolio_is_the_same_body():
    found = extract_text("Dinas Pertanian Kota Ternate Bagikan Bibit\nDinas Pertanian dan Ketahanan Pangan Kota "
                         "Ternate membagikan bibit. Dinas Pertanian Kabupaten Halmahera Barat ikut hadir.").organizations
    names = [o.name for o in found]
    assert "Dinas Pertanian dan Ketahanan Pangan Kota Ternate" in names
    assert "Dinas Pertanian Kota Ternate" not in names
    assert "Dinas Pertanian Kabupaten Halmahera Barat" in names


def test_body_short_form_with_merged_portfolio_short_form_keeps_its_region():
    os_ = orgs("Kepala Dinsos PPPA Kabupaten Mamuju Tengah, Rina Wati, hadir.")
    assert list(os_) == ["Dinsos PPPA Kabupaten Mamuju Tengah"]
    assert "Disdik Pora Kabupaten Majene" in orgs("Disdik Pora Kabupaten Majene menggelar lomba lari.")


def test_merged_portfolios_with_an_acronym_end_at_the_verb():
    os_ = orgs("Judul\nPemkab Sigi melalui Dinas Koperasi, UKM, Perindustrian dan Perdagangan menggelar pasar murah.")
    assert "Dinas Koperasi, UKM, Perindustrian dan Perdagangan" in os_
    assert "Dinas Koperasi" not in os_
    os_ = orgs("Judul\nDinas Sosial, Tagana dan Pramuka menyalurkan bantuan di Kecamatan Sindue.")
    assert "Dinas Sosial" in os_


def test_merged_portfolios_end_at_the_bracket_of_their_short_form():
    os_ = orgs("Judul\nDinas Perindustrian, Perdagangan, Koperasi dan UKM (Disperindagkop UKM) Sulbar menggelar "
               "operasi pasar minyak goreng di Mamuju.")
    assert "Dinas Perindustrian, Perdagangan, Koperasi dan UKM Sulbar" in os_
    assert "Dinas Perindustrian, Perdagangan" not in os_


def test_a_contact_council_of_religious_groups_is_one_association():
    os_ = orgs("Judul\nBadan Kontak Majelis Taklim (BKMT) Kota Palu menggelar pengajian akbar di Masjid Raya.")
    assert os_["Badan Kontak Majelis Taklim Kota Palu"].kind == "association"
    assert "Majelis Taklim" not in os_


def test_pancasila_is_a_word_of_a_body_s_portfolio():
    found = extract_text("Seminar Konstitusi\nSeminar itu diselenggarakan oleh Pusat Studi Hukum dan Pancasila Fakultas "
                         "Hukum Universitas Tadulako di Palu, Jumat (7/3/2025).", published="2025-03-07")
    assert any(o.name.startswith("Pusat Studi Hukum dan Pancasila") for o in found.organizations)
