"""Shapes of names around foreign guests and military units: English honorifics, a rank before a country, the
epithet of a numbered unit, a short form of a post before a place."""
from __future__ import annotations

from pipeline.extract import extract_text
from tests.extract.readers import titles_by_person


def _persons(text: str) -> dict[str, list[str]]:
    return {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}


def test_english_honorifics_are_not_part_of_the_name():
    persons = _persons("Wamenhan menerima Kuasa Usaha Kedutaan Besar Jepang, H.E. Mr. Takeshi Morinaga, di Jakarta.")
    assert "Takeshi Morinaga" in persons and not any("Mr" in n for n in persons)


def test_an_english_rank_and_retired_mark_before_a_name():
    persons = _persons("Menhan menerima kunjungan H.E. General (Retd.) Peter James Whitcombe di kantor Kemhan. "
                       "General (Retd.) Hurley adalah sahabat lama Menhan.")
    assert "Peter James Whitcombe" in persons and "General" not in persons


def test_an_english_police_rank_is_a_form_of_address():
    persons = _persons("Bupati Alor menerima delegasi Australia. Superintendent Mark Hollins hadir bersama "
                       "Detective Inspector Sarah Coleman dan Senior Constable James Prior di Kalabahi.")
    assert {"Mark Hollins", "Sarah Coleman", "James Prior"} <= set(persons)
    assert not any(w in n for n in persons for w in ("Superintendent", "Inspector", "Constable"))


def test_a_rank_word_before_a_country_is_no_person():
    persons = _persons("Menhan menerima mantan Gubernur Jenderal Australia di Jakarta, Kamis.")
    assert "Australia" not in persons


def test_the_epithet_after_a_units_number_is_no_person():
    persons = _persons("Menhan berkunjung ke Batalyon Infanteri (Yonif) 823/Raja Wakaaka di Baubau. "
                       "Dandim 1413/Buton Letkol Inf Budi Santoso mendampingi.")
    assert "Raja Wakaaka" not in persons and "Budi Santoso" in persons


def test_short_forms_of_secretaries_and_assistants_are_posts():
    persons = _persons("Acara dihadiri Sekcam Bantargebang Hendra Gunawan, Sekdes Sukamaju Ahmad Yani dan "
                       "Asda I Kota Serang, H. Ahmad Rifai.")
    assert persons["Hendra Gunawan"] == ["Sekcam Bantargebang"]
    assert persons["Ahmad Yani"] == ["Sekdes Sukamaju"]
    assert persons["Ahmad Rifai"] == ["Asda I Kota Serang"]


def test_a_post_named_with_its_short_form_is_no_name():
    persons = _persons("Tampak hadir Kepala Dinas Lingkungan Hidup Heriyanto, Sekcam Mustikajaya, dan para lurah.")
    assert "Sekcam Mustikajaya" not in persons


def test_the_jurisdiction_after_a_bracketed_short_form_of_the_post():
    persons = _persons("Peluncuran berlangsung di Kendari dengan kehadiran Wakil Gubernur (Wagub) Sultra Rusdin "
                       "Abdullah mewakili Gubernur.")
    assert persons.get("Rusdin Abdullah") == ["Wakil Gubernur Sultra"]


def test_a_posts_short_form_after_its_long_form_starts_the_title_again():
    persons = _persons("Hadir Komandan Korem Halu Oleo Danrem Halu Oleo Brigjen TNI Benny Alfred Situmorang.")
    assert persons["Benny Alfred Situmorang"] == ["Danrem Halu Oleo"]


def test_haji_muhammad_written_hm_is_an_honorific():
    persons = _persons("Hadir Kakanwil Kemenag Aceh HM Yunus Ameh dan para kepala seksi.")
    assert persons.get("Yunus Ameh") == ["Kakanwil Kemenag Aceh"]


def test_an_unquoted_theme_ends_where_a_post_opens_the_subject():
    persons = _persons("Mengusung tema Petugas Haji yang Tangguh, Kakanwil Kemenag Aceh Drs HM Yunus Ameh membuka "
                       "Rakor Penyelesaian Dokumen Haji.")
    assert persons.get("Yunus Ameh") == ["Kakanwil Kemenag Aceh"]


def test_a_portfolio_word_after_dan_that_runs_into_the_body():
    persons = _persons("Hadir Kadis Sumber Daya Air dan Binamarga Pemprov Sultra Ir. H. Nasruddin, M.Si. dan "
                       "para kepala bidang.")
    assert persons.get("Nasruddin") == ["Kadis Sumber Daya Air dan Binamarga Pemprov Sultra"]


def test_a_posthumous_rank_is_no_part_of_the_name():
    persons = _persons("Menhan bertakziah ke rumah keluarga Pratu Anumerta Rizal Umasangadji di Sanana, Kamis.")
    assert "Rizal Umasangadji" in persons and not any(n.startswith("Anumerta") for n in persons)


def test_a_streets_name_written_bare_is_no_person():
    persons = _persons("Pedagang dari kawasan Dalem Kaum telah pindah. Penataan menambah keindahan lingkungan di "
                       "sepanjang Jalan Dalem Kaum serta Alun-alun.")
    assert "Dalem Kaum" not in persons


def test_a_listed_state_company_keeps_tbk_out_of_the_name():
    persons = _persons("Direktur Utama PT Telkom Indonesia (Persero) Tbk Dedi Kurnia Saputra mengatakan jaringan dibangun.")
    assert persons.get("Dedi Kurnia Saputra") == ["Direktur Utama PT Telkom Indonesia (Persero) Tbk"]


def test_the_marine_corps_after_a_rank_is_no_name():
    persons = _persons("Gubernur disambut Wakil Ketua DPD RI, Letnan Jenderal Marinir (Purn) Dr. Toto Sarwono, "
                       "S.Pi., M.Si di Jakarta.")
    assert persons.get("Toto Sarwono") == ["Wakil Ketua DPD RI"] and "Marinir" not in persons


def test_an_adviser_of_the_civil_servants_wives_association():
    persons = _persons("Hadir Penasehat Darma Wanita Persatuan (DWP) Kemendikdasmen, Nurul Mazidah, dalam acara itu.")
    assert persons.get("Nurul Mazidah") == ["Penasehat Darma Wanita Persatuan Kemendikdasmen"]
    assert not any(n.startswith("Penasehat") for n in persons)


def test_the_head_of_a_regional_office_of_the_civil_service_agency():
    assert _persons("Kakanreg V OJK Budi Santoso menyerahkan SK.").get("Budi Santoso") == ["Kakanreg V OJK"]


def test_a_region_closing_a_post_is_not_the_start_of_a_longer_name():
    persons = _persons("Rapat pleno digelar Kamis (05/07).\nKetua KPU Majalengka Ruhiyat mengatakan, hasil rekapitulasi "
                       "akan dibacakan.")
    assert persons.get("Ruhiyat") == ["Ketua KPU Majalengka"]


def test_common_words_the_model_reads_as_a_name_are_no_person():
    persons = _persons("Para pelajar diajak memegang Trigatra Bangun Bahasa, antara lain mengutamakan bahasa Indonesia. "
                       "Tim menyiapkan Draf Rancangan peraturan itu.")
    assert "Bangun Bahasa" not in persons and "Draf Rancangan" not in persons


def test_an_english_body_or_thing_is_no_person():
    persons = _persons("Judul Berita Hari Ini Panjang Sekali\nSatelit itu dibuat oleh Orbital Launch Systems di "
                       "Florida. Latihan bersama itu membahas Humanitarian Assistance dan kesiapsiagaan bencana, "
                       "kata Budi Santoso.")
    assert "Budi Santoso" in persons
    assert not any(n.endswith(("Systems", "Assistance")) for n in persons)


def test_an_english_event_or_a_heading_is_no_person():
    persons = _persons("Judul Berita Hari Ini Panjang Sekali\nLaksamana menyaksikan Serah Terima (Handover Ceremony) "
                       "kapal baru. Sesi berikutnya, Mayors Roundtable: Building Bridges, dibuka oleh Rina Wati. "
                       "Delegasi lain membahas Digitalizing Village Health di forum itu.")
    assert "Rina Wati" in persons
    assert not any(n.endswith(("Ceremony", "Roundtable", "Health")) or n.startswith("Digitalizing") for n in persons)


def test_a_numbered_unit_keeps_its_seat_across_a_spaced_slash():
    text = ("Dandim 0812/ Lamongan Letkol Inf Budi Santoso meninjau lokasi bersama Danramil 05 /Sugio Kapten Inf "
            "Agus Riyanto dan personel Kodim 0812 / Lamongan.")
    persons = _persons(text)
    assert persons.get("Budi Santoso") == ["Dandim 0812/ Lamongan"]
    assert persons.get("Agus Riyanto") == ["Danramil 05 /Sugio"]
    assert "Kodim 0812 / Lamongan" in [o.name for o in extract_text(text).organizations]


def test_a_foreign_envoy_s_post_runs_to_the_state_it_is_accredited_to():
    text = ("Gubernur Terima Kunjungan Kehormatan Dubes\n"
            "Kupang - Duta Besar Selandia Baru untuk Indonesia Kevin Harwood melakukan kunjungan kehormatan kepada "
            "Gubernur Nusa Tenggara Timur, Senin (10/3/2025).")
    persons = {p.name: p.titles for p in extract_text(text, title=text.split("\n")[0]).persons}
    assert [t.text for t in persons["Kevin Harwood"]] == ["Duta Besar Selandia Baru untuk Indonesia"]


def test_a_country_whose_name_opens_with_a_province_s_is_read_in_full():
    persons = _persons("Gubernur Terima Tamu\nJayapura - Perdana Menteri Papua Nugini James Kalopa bertemu "
                       "Gubernur Papua Yohanes Wenda di Jayapura.")
    assert persons.get("James Kalopa") == ["Perdana Menteri Papua Nugini"]
    assert persons.get("Yohanes Wenda") == ["Gubernur Papua"]


def test_an_envoys_state_whose_name_opens_with_a_provinces_is_read_in_full():
    persons = _persons("Kunjungan Kehormatan\nDuta Besar Papua Nugini Markus Waine hadir di Jayapura.")
    assert persons == {"Markus Waine": ["Duta Besar Papua Nugini"]}


def test_a_region_word_after_a_ministers_portfolio_opens_the_name():
    persons = _persons("Rapat Koordinasi\nWakil Menteri Dalam Negeri Bima Satria Wardana membuka rapat di Palu.")
    assert persons == {"Bima Satria Wardana": ["Wakil Menteri Dalam Negeri"]}


def test_a_ministry_named_by_a_list_of_portfolios_opening_with_desa():
    ps = titles_by_person("Rapat Kerja\nJAKARTA - Hadir Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi, "
                          "Abdul Rauf Lamato, bersama Kabid Pemerintahan Desa, Yulius Tandi.")
    assert ps.get("Abdul Rauf Lamato") == ["Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"]
    assert ps.get("Yulius Tandi") == ["Kabid Pemerintahan Desa"]


def test_a_chancellor_and_a_malaysian_chief_minister_take_their_state():
    persons = _persons("Presiden bertemu Kanselir Jerman, Friedrich Albrecht, di Berlin. Wagub bertemu Menteri Besar "
                       "Selangor, Dato' Seri Amirudin Hassan, di Shah Alam.")
    assert persons == {"Friedrich Albrecht": ["Kanselir Jerman"], "Amirudin Hassan": ["Menteri Besar Selangor"]}


def test_a_mission_to_an_international_body_names_the_body_and_its_seat():
    persons = _persons("Sidang Komite\nWakil Tetap RI untuk PBB di Jenewa, Rahmat Lamato, menyampaikan pernyataan. "
                       "Duta Besar RI untuk ASEAN, Yohana Tandi, turut hadir.")
    assert persons == {"Rahmat Lamato": ["Wakil Tetap RI untuk PBB di Jenewa"],
                       "Yohana Tandi": ["Duta Besar RI untuk ASEAN"]}


def test_a_balinese_prefix_of_four_letters_opens_the_name():
    persons = _persons("Rapat Kerja\nDeputi Wakil Tetap RI untuk UNESCO, IGAK Surya Dharma, membuka sesi.")
    assert persons == {"IGAK Surya Dharma": ["Deputi Wakil Tetap RI untuk UNESCO"]}
