"""The frame of a release around its body: links to other articles, a repeated headline (invented sentences)."""
from pipeline.extract import extract_text
from pipeline.normalize.text import blank_frame
from tests.extract.readers import places_found, titles_by_person

_BODY = ("Wali Kota Lerabu Tinjau Pelabuhan\n\n"
         "Lerabu, 26 Februari 2025 - Wali Kota Ternate, Darmin Halik, meninjau Pelabuhan Ahmad Yani, "
         "Rabu (26/2/2025), untuk memastikan kesiapan arus mudik.\n\n")


def test_a_linked_headline_names_no_event_place_or_person():
    text = _BODY + ("Baca juga: Wagub Maluku Utara Lantik Kepala Desa di Kecamatan Jailolo Selatan\n\n"
                    "\"Kami ingin pemudik merasa aman,\" katanya.")
    facts = extract_text(text)
    assert facts.main_event is not None and facts.main_event.venue == "Pelabuhan Ahmad Yani"
    assert "Kecamatan Jailolo Selatan" not in [p[0] for p in places_found(text)]
    assert list(titles_by_person(text)) == ["Darmin Halik"]


def test_headlines_listed_under_a_label_alone_on_its_line_are_links():
    text = _BODY + ("Berita Terkait:\n- Bupati Halmahera Barat Resmikan Puskesmas di Kecamatan Jailolo Selatan\n"
                    "- Pemkab Halmahera Barat Gelar Operasi Pasar\n\nPenulis: Rina Wulandari")
    facts = extract_text(text)
    assert "Kecamatan Jailolo Selatan" not in [p.name for p in facts.places]
    assert not any("Pemkab" in o.name for o in facts.organizations)
    assert "Rina Wulandari" in titles_by_person(text)


def test_the_headline_repeated_after_the_body_adds_no_person():
    text = ("Pj Bupati Maluku Tengah Hadiri Rapat Paripurna\n\n"
            "MASOHI – Penjabat Bupati Maluku Tengah, Rakib Sahubawa, menghadiri rapat paripurna DPRD di Gedung "
            "DPRD Maluku Tengah, Selasa (25/3/2025).\n\nPj Bupati Maluku Tengah Hadiri Rapat Paripurna\n")
    assert list(titles_by_person(text)) == ["Rakib Sahubawa"]


def test_the_title_a_syndicated_copy_quotes_is_blanked_and_offsets_kept():
    text = ("Ternate – Wali Kota membuka festival, Rabu (2/4/2025).\n\n"
            "Artikel ini telah tayang di kabar.id dengan judul \"Wali Kota Buka Festival Legu Gam\".")
    out = blank_frame(text)
    assert len(out) == len(text) and "Legu" not in out and "kabar.id" in out


def test_a_desk_in_the_dateline_bracket_is_not_placed_by_the_headline_s_last_word():
    text = ("Bupati Lombok Timur Serahkan SK PPPK\n\n"
            "Selong (Diskominfo Lotim) – Bupati Lombok Timur, Hairul Wathan, menyerahkan SK kepada 850 tenaga "
            "honorer, Rabu (12/3/2025).")
    assert [o.name for o in extract_text(text).organizations] == ["Diskominfo Lotim"]


def test_a_lead_named_for_want_of_a_headline_leaves_its_dateline_out():
    text = ("Majene, 11 Maret 2025 - Dinas Kesehatan Kabupaten Majene menggelar posyandu lansia serentak di 82 "
            "desa dan kelurahan, Selasa (11/3/2025).\n\nKepala Dinas Kesehatan Majene, Nurhayati Saleh, "
            "mengatakan kegiatan itu bagian dari program transformasi kesehatan.")
    event = extract_text(text).main_event
    assert event is not None and event.name.startswith("Dinas Kesehatan")


def test_a_town_in_capitals_beside_its_province_is_no_outlet():
    text = ("Wakil Bupati Seram Bagian Barat Buka Turnamen Voli\n\n"
            "PIRU, MALUKU – Wakil Bupati Seram Bagian Barat, Selfinus Kainama, membuka turnamen bola voli di "
            "Lapangan Merdeka Piru, Sabtu (15/3/2025).")
    assert not any(o.kind == "company" for o in extract_text(text).organizations)


def test_a_desk_word_alone_in_the_dateline_bracket_is_no_outlet():
    text = ("Kadis PUPR Gorontalo Utara Tinjau Jalan Rusak\n\n"
            "Kwandang (Humas) -- Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Gorontalo Utara, Hendra "
            "Mohi, meninjau ruas jalan rusak di Desa Molingkapoto, Kamis (13/3/2025).")
    assert "Humas" not in [o.name for o in extract_text(text).organizations]


def test_bylines_opened_by_oleh_or_laporan_and_joined_by_a_bar_name_their_writers():
    text = ("Laporan: Abdul Gafur | Editor: Sitti Aisyah\n\n"
            "Tobelo – Wakil Bupati Halmahera Utara, Darmin Halik, menghadiri Musrenbang Kecamatan Tobelo, "
            "Kamis (6/3/2025).\n\nOleh: Yuliana Rambu")
    found = titles_by_person(text)
    assert found.get("Abdul Gafur") == [] and found.get("Sitti Aisyah") == [] and found.get("Yuliana Rambu") == []


def test_a_publication_line_s_weekday_is_no_dateline_town():
    text = ("BUPATI SIGI LANTIK 12 KEPALA DESA\n\nSelasa, 4 Maret 2025 - 10:15 WITA\n\n"
            "SIGI – Bupati Sigi, Rahmat Tondei, melantik 12 kepala desa di Aula Kantor Bupati Sigi, Selasa (4/3/2025).")
    assert [p[0] for p in places_found(text)] == ["Kabupaten Sigi"]


def test_a_headline_linked_inside_a_paragraph_ends_where_running_text_resumes():
    text = ("Pemkot Palu Gelar Lomba Kebersihan\n\nPALU – Pemerintah Kota Palu menggelar lomba kebersihan "
            "antarkelurahan, Senin (10/3/2025). Baca juga: Wali Kota Palu Resmikan Taman di Kelurahan Besusu "
            "Lomba ini akan berlangsung hingga akhir Maret.")
    out = blank_frame(text)
    assert "Besusu" not in out and "Lomba ini akan berlangsung" in out
    assert "Kelurahan Besusu" not in [p[0] for p in places_found(text)]


def test_an_illustration_s_caption_gives_no_date_to_the_event():
    text = ("Dinas PUPR Sigi Perbaiki Jembatan Darurat\n\n"
            "Foto ilustrasi: Jembatan Palu IV yang rusak akibat gempa, Jumat (28/9/2018). (Dok. Humas)\n\n"
            "SIGI – Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Sigi memperbaiki jembatan darurat di Desa "
            "Bangga, Kamis (6/3/2025).")
    facts = extract_text(text)
    assert facts.main_event is not None and facts.main_event.start == "2025-03-06"
    assert [d.start for d in facts.dates] == ["2025-03-06"]


def test_a_photo_caption_s_day_yields_to_the_day_the_body_gives():
    text = ("Bupati Sigi Tinjau Jembatan Darurat\n\n"
            "Foto: Bupati Sigi, Rahmat Tondei, meninjau jembatan darurat di Desa Bangga, Rabu (5/3/2025).\n\n"
            "SIGI – Bupati Sigi, Rahmat Tondei, meninjau perbaikan jembatan darurat di Desa Bangga, Kamis (6/3/2025).")
    facts = extract_text(text)
    assert facts.main_event is not None and facts.main_event.start == "2025-03-06"


def test_a_headline_that_opens_with_a_quote_reports_a_statement():
    text = ("\"Semua ASN Wajib Ikut Salat Berjamaah\" - Wali Kota Palu\n\n"
            "PALU – Wali Kota Palu, Darmin Halik, mengajak seluruh ASN mengikuti salat berjamaah di Masjid Agung "
            "Darussalam, Jumat (7/3/2025).\n\n\"Semua ASN wajib ikut,\" kata Darmin.")
    assert extract_text(text).main_event is None
