"""Main event extraction on sentences written for the tests, through the real pipeline."""
import pytest

import pipeline.extract  # noqa: F401  (registers the components)
from pipeline.extract import extract_text
from pipeline.extract.event_phrases import find_candidates, lexicon, scan_name_end
from pipeline.extract.events import choose

RAKOR = (
    "Rapat Koordinasi Ketahanan Pangan Kabupaten Maros Tahun 2025\n\n"
    "Maros – Dinas Ketahanan Pangan Kabupaten Maros menyelenggarakan Rapat Koordinasi Ketahanan Pangan "
    "Kabupaten Maros Tahun 2025 pada 3 sampai dengan 4 Februari 2025 bertempat di Hotel Grand Maros. "
    "Rakor resmi dibuka oleh Sekretaris Daerah Kabupaten Maros. "
    "Dalam rakor ini disepakati bahwa Rapat Koordinasi Ketahanan Pangan Tahun 2026 akan dilaksanakan di "
    "Kabupaten Pangkep."
)


@pytest.fixture(scope="module")
def rakor():
    return extract_text(RAKOR, title="Rapat Koordinasi Ketahanan Pangan Kabupaten Maros Tahun 2025")


def test_headline_names_the_event(rakor):
    assert rakor.main_event is not None
    assert rakor.main_event.name == "Rapat Koordinasi Ketahanan Pangan Kabupaten Maros Tahun 2025"
    assert rakor.main_event.kind == "rapat koordinasi"


def test_dates_of_the_event_sentence(rakor):
    assert (rakor.main_event.start, rakor.main_event.end) == ("2025-02-03", "2025-02-04")


def test_future_event_is_separate(rakor):
    assert [e.future for e in rakor.events] == [True]
    assert "2026" in rakor.events[0].name


def test_name_stops_at_clause_boundaries():
    lex = lexicon()
    text = "menggelar Sosialisasi Peraturan Daerah Nomor 5 Tahun 2023 yang dihadiri para camat."
    start = text.index("Sosialisasi") + len("Sosialisasi")
    assert text[text.index("Sosialisasi"):scan_name_end(text, start, lex, set())] == \
        "Sosialisasi Peraturan Daerah Nomor 5 Tahun 2023"


def test_name_keeps_a_regulation_number_after_comma():
    lex = lexicon()
    text = "acara sosialisasi Peraturan Wali Kota Bitung, No.12 Tahun 2021 tentang Kawasan Tanpa Rokok. Hadir"
    start = text.index("sosialisasi") + len("sosialisasi")
    name = text[text.index("sosialisasi"):scan_name_end(text, start, lex, set())]
    assert name.endswith("tentang Kawasan Tanpa Rokok")


def test_passive_verb_becomes_a_noun_phrase():
    text = "Bitung – Sebanyak 20 Kepala Sekolah Dasar dilantik di Aula Kantor Wali Kota, Senin (3/2/2025)."
    cands = find_candidates(text, [(0, len(text))], 0, set())
    rep, _ = choose(cands)
    assert rep.name == "Pelantikan 20 Kepala Sekolah Dasar"


def test_verb_form_becomes_a_noun_phrase():
    text = "Pemkot Bitung menandatangani Nota Kesepahaman tentang Pengelolaan Sampah dengan 3 perusahaan swasta."
    rep, _ = choose(find_candidates(text, [(0, len(text))], 0, set()))
    assert rep.name == "Penandatanganan Nota Kesepahaman tentang Pengelolaan Sampah"
    assert rep.kind == "penandatanganan kerja sama"


def test_statement_without_event_has_no_main_event():
    text = ("Harga beras di pasar tradisional naik tipis pada pekan ini. Pemerintah meminta warga tidak panik "
            "karena stok dinilai cukup hingga akhir tahun.")
    assert extract_text(text).main_event is None


# ------------------------------------------------------------------ place, dates, organizer
def _event(text: str, title: str):
    event = extract_text(text, title=title).main_event
    assert event is not None
    return event


def test_place_is_the_most_specific_of_a_written_chain():
    title = "Dinas Pertanian Gelar Sekolah Lapang"
    text = (f"{title}\n\nBANDUNG – Dinas Pertanian Provinsi Jawa Barat menggelar Sekolah Lapang Pengendalian Hama "
            "Terpadu di Balai Pertemuan Desa Cibodas, Kecamatan Lembang, Kabupaten Bandung Barat, Selasa (4/6/2024). "
            "Kegiatan diikuti 50 petani.")
    assert _event(text, title).place == "Desa Cibodas"


def test_place_named_by_the_venue():
    title = "Dinkes Sulteng Gelar Sosialisasi Germas"
    text = (f"{title}\n\nPALU – Dinas Kesehatan Provinsi Sulawesi Tengah menggelar Sosialisasi Gerakan Masyarakat "
            "Hidup Sehat di Aula Kantor Bupati Poso, Kamis (6/6/2024). Sosialisasi diikuti 80 kader. "
            "Kasus stunting di Kabupaten Poso turun tahun ini.")
    assert _event(text, title).place == "Kabupaten Poso"


def test_dateline_names_the_city_when_the_body_does_not():
    title = "Dishub Luncurkan Bus Sekolah"
    text = (f"{title}\n\nKupang, 6 Maret 2024 – Pemerintah Kota Kupang meluncurkan bus sekolah gratis di Taman "
            "Nostalgia. Bus melayani enam rute.")
    assert _event(text, title).place == "Kota Kupang"


def test_a_day_of_a_longer_event_takes_the_range():
    title = "Disnaker Buka Pelatihan Menjahit"
    text = (f"{title}\n\nSANGGAU – Dinas Tenaga Kerja Kabupaten Sanggau menggelar Pelatihan Menjahit Pakaian di "
            "Aula Balai Latihan Kerja, Senin (2/9/2024). Pelatihan yang berlangsung pada 2 sampai dengan "
            "13 September 2024 ini diikuti 48 peserta.")
    event = _event(text, title)
    assert (event.start, event.end) == ("2024-09-02", "2024-09-13")


def test_a_directorate_acts_for_its_ministry():
    title = "Kemenperin Latih Perajin"
    text = (f"{title}\n\nSEMARANG - Kementerian Perindustrian melalui Direktorat Jenderal Industri Kecil, Menengah, "
            "dan Aneka menyelenggarakan Pelatihan Teknis Pewarnaan Alami pada 6 - 8 Agustus 2024 di Hotel Patra, "
            "Semarang.")
    assert _event(text, title).organizer == "Kementerian Perindustrian"


def test_a_body_that_opens_the_event_organizes_it():
    title = "Disnakertrans Latih Pencari Kerja"
    text = (f"{title}\n\nSANGGAU – Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Kabupaten Sanggau membuka "
            "Pelatihan Berbasis Kompetensi Tahun Anggaran 2024 di Gedung Workshop Balai Latihan Kerja, "
            "Senin (2/9/2024).")
    assert _event(text, title).organizer == "Dinas Tenaga Kerja dan Transmigrasi Kabupaten Sanggau"


def test_name_stops_before_an_organizing_verb():
    text = "Badan Pelayanan Terpadu Satu Pintu menggelar Focus Group Discussion (FGD) bertajuk 'Sinergi Perizinan' di Batam."
    names = [c.name for c in find_candidates(text, [(0, len(text))], 0, set())]
    assert "Focus Group Discussion (FGD) Sinergi Perizinan" in names
    assert not any("menggelar" in n for n in names)


def test_parsed_subject_organizes_only_with_deps():
    from pipeline.extract.event_roles import RoleReader
    from pipeline.extract.facts import Facts, Organization
    from pipeline.nlp.syntax import Parse, Word

    text = "Dinas Sosial Kota Bitung menggelar Bazar Murah di halaman kantor."
    org = Organization(name="Dinas Sosial Kota Bitung", spans=[(0, 24)])
    facts = Facts(document_id="t", source="-", extractor_version="test", organizations=[org])
    cand = next(c for c in find_candidates(text, [(0, len(text))], 0, set()) if c.name.startswith("Bazar"))
    spans = [(0, 5), (6, 12), (13, 17), (18, 24), (25, 34), (35, 40), (41, 46)]
    heads = [4, 0, 0, 0, -1, 4, 5]
    rels = ["nsubj", "flat", "flat", "flat", "root", "obj", "flat"]
    words = [Word(a, b, text[a:b], "VERB" if i == 4 else "PROPN", text[a:b].lower(), h, r)
             for i, ((a, b), h, r) in enumerate(zip(spans, heads, rels))]
    with_deps = RoleReader(text, facts, lexicon(), Parse([(0, len(text))], words, True))
    assert with_deps._parsed_organizer(cand) is org
    pos_only = RoleReader(text, facts, lexicon(), Parse([(0, len(text))], words, False))
    assert pos_only._parsed_organizer(cand) is None


def test_passing_mentions_of_an_event_kind_make_no_main_event():
    text = ("NTP Turun 2 Persen\n\nSemarang, 2 Mei 2024 - BPS mencatat nilai tukar petani turun 2 persen. "
            "Harga sayur naik tipis.\n\nPenurunan sejalan dengan berlangsungnya panen raya padi di sentra produksi. "
            "Kondisi ini lazim terjadi saat panen raya, kata Kepala BPS.")
    assert extract_text(text, title="NTP Turun 2 Persen").main_event is None


# ------------------------------------------------------------------ releases that tell their event without a cue
VISIT = (
    "Wakil Menteri Jenguk Siswa Korban Kecelakaan Bus\n\n"
    "Jakarta – Wakil Menteri Pemberdayaan Desa, Rudi Santoso, menjenguk para siswa SMP Negeri 9 yang dirawat "
    "di rumah sakit, Rabu (12/3/2025). Rudi menyampaikan dukungan Kementerian Pemberdayaan Desa kepada keluarga "
    "para siswa.\n"
)


def test_lead_tells_the_event_when_no_phrase_names_it():
    facts = extract_text(VISIT, title="Wakil Menteri Jenguk Siswa Korban Kecelakaan Bus")
    assert facts.main_event is not None
    assert (facts.main_event.start, facts.main_event.end) == ("2025-03-12", "2025-03-12")


def test_event_place_is_the_full_province_name():
    facts = extract_text(VISIT, title="Wakil Menteri Jenguk Siswa Korban Kecelakaan Bus")
    assert facts.main_event.place == "DKI Jakarta"


def test_statistical_report_has_no_event():
    text = ("Harga Beras Naik 3,2 Persen pada Mei 2025\n\n"
            "Semarang – Harga beras medium naik 3,2 persen, beras premium 2,1 persen, gula 1,4 persen, "
            "minyak goreng 0,8 persen dan cabai 12,5 persen dibandingkan bulan sebelumnya. Inflasi tahunan "
            "tercatat 2,3 persen.\n")
    assert extract_text(text, title="Harga Beras Naik 3,2 Persen pada Mei 2025").main_event is None


def test_a_count_according_to_released_data_is_a_report_not_an_event():
    title = "Kasus Demam Berdarah di Maros Turun, Dua Pasien Sembuh"
    text = (f"{title}\n\nMAROS – Kasus demam berdarah di Kabupaten Maros kembali menurun. Jika kemarin 9 orang, "
            "hari ini, Rabu, 4 Juni 2025, berdasarkan data yang diumumkan Dinas Kesehatan, kasus baru tinggal 6 orang. "
            "Kepala Dinas Kesehatan menjelaskan kasus baru berasal dari Kecamatan Turikale dan Mandai.\n")
    assert extract_text(text, title=title).main_event is None


def test_assurance_in_the_headline_is_not_an_event():
    text = ("Dinas Perhubungan Pastikan Jembatan Aman Dilalui\n\n"
            "Dinas Perhubungan Kabupaten Maros memastikan jembatan di Kecamatan Bantimurung aman dilalui "
            "kendaraan. Menurut Kepala Dinas, retakan di sisi jembatan tidak membahayakan.\n")
    assert extract_text(text, title="Dinas Perhubungan Pastikan Jembatan Aman Dilalui").main_event is None


def test_written_statement_is_not_an_event():
    text = ("Kementerian Minta Warga Waspadai Banjir\n\n"
            "Kementerian Pekerjaan Umum meminta warga di bantaran sungai waspada. Direktur Sungai, Budi Hartono, "
            "dalam keterangan tertulis, Senin (3/2/2025), menyampaikan curah hujan masih tinggi.\n")
    assert extract_text(text, title="Kementerian Minta Warga Waspadai Banjir").main_event is None


def test_head_of_a_body_who_leads_a_named_event_stands_for_it():
    text = ("Bupati Pimpin Rapat Koordinasi Camat\n\n"
            "MAROS – Bupati Kabupaten Maros, Andi Saputra, memimpin Rapat Koordinasi dengan para Camat "
            "se-Kabupaten Maros di Aula Kantor Bupati Maros, Senin (14/4/2025). Pemerintah Kabupaten Maros "
            "menargetkan pelayanan kecamatan membaik.\n")
    event = _event(text, "Bupati Pimpin Rapat Koordinasi Camat")
    assert event.organizer == "Pemerintah Kabupaten Maros"


def test_lead_subject_organizes_an_event_told_by_the_lead():
    text = ("Dinas Sosial Kirim Relawan ke Lokasi Banjir\n\n"
            "Dinas Sosial Kabupaten Sigi mengirimkan 40 relawan ke lokasi banjir di Kecamatan Dolo, "
            "Selasa (4/3/2025). Para relawan membawa bahan makanan dan selimut.\n")
    event = _event(text, "Dinas Sosial Kirim Relawan ke Lokasi Banjir")
    assert event.organizer == "Dinas Sosial Kabupaten Sigi"


def test_event_day_over_the_datelines_day():
    text = ("Dinas Pendidikan Gelar Lokakarya Guru\n\n"
            "Palu, 8 November 2025 – Dinas Pendidikan Kota Palu menggelar Lokakarya Guru Penggerak Tahun 2025 "
            "pada 5 November 2025 di Aula Dinas Pendidikan Kota Palu. Lokakarya diikuti 80 guru.\n")
    event = _event(text, "Dinas Pendidikan Gelar Lokakarya Guru")
    assert (event.start, event.end) == ("2025-11-05", "2025-11-05")


def test_a_day_still_to_come_is_not_the_events_day():
    text = ("Wali Kota Lepas Tim Bulu Tangkis ke Kejuaraan Asia\n\n"
            "Tim bulu tangkis Kota Palu akan bertanding di kejuaraan Asia di Manila, 20-21 Maret 2025 mendatang. "
            "Wali Kota Palu melepas tim dalam acara pelepasan tim di Aula Kantor Wali Kota Palu, "
            "Senin (10/3/2025).\n")
    event = _event(text, "Wali Kota Lepas Tim Bulu Tangkis ke Kejuaraan Asia")
    assert (event.start, event.end) == ("2025-03-10", "2025-03-10")


def test_an_event_held_across_a_list_of_kecamatan_is_in_their_kabupaten():
    text = ("Kemenag Gelar Pembinaan Penyuluh Agama\n\n"
            "Kab. Pekalongan – Seksi Bimas Islam Kantor Kementerian Agama Kabupaten Pekalongan mengadakan "
            "pembinaan penyuluh agama di 5 KUA Kecamatan (Talun, Sragi, Kandangserang, Paninggaran dan "
            "Wonokerto), Rabu (12/2/2025).\n")
    event = _event(text, "Kemenag Gelar Pembinaan Penyuluh Agama")
    assert event.place == "Kabupaten Pekalongan"


def test_a_site_named_before_the_participants_origins_stays_the_place():
    text = ("Pelatihan Petani di Cigudeg\n\n"
            "Bogor – Balai Pelatihan Pertanian menggelar Pelatihan Teknis Tematik yang dilaksanakan di "
            "Kecamatan Cigudeg, 4 Februari 2025, diikuti petani dari 3 kecamatan (Cigudeg, Jasinga dan "
            "Sukajaya) Kabupaten Bogor.\n")
    event = _event(text, "Pelatihan Petani di Cigudeg")
    assert event.place == "Kecamatan Cigudeg"


def test_the_event_said_by_reference_names_its_organizer():
    text = ("Wakil Menteri Jadi Pembicara Kunci Dialog Publik\n\n"
            "Jakarta – Wakil Menteri Perhubungan hadir sebagai pembicara kunci pada dialog publik tentang "
            "Keselamatan Pelayaran di Hotel Santika, Jakarta, Rabu (5/3/2025). Acara tersebut di selenggarakan "
            "oleh Sekolah Tinggi Ilmu Pelayaran (STIP) Jakarta bersama mitra.\n")
    event = _event(text, "Wakil Menteri Jadi Pembicara Kunci Dialog Publik")
    assert event.organizer == "Sekolah Tinggi Ilmu Pelayaran Jakarta"


def test_the_head_who_opens_the_event_stands_for_the_body():
    text = ("Guru dan Penulis Ikuti Seminar Dwibahasa\n\n"
            "Padang – Sebanyak 200 guru dan penulis mengikuti Seminar Dwibahasa Nusantara di Padang, Selasa "
            "(4/3/2025). \u201cBahasa daerah harus dirawat,\u201d ujar Kepala Balai Bahasa Provinsi Sumatera "
            "Barat, Rina Kartika, saat membuka Seminar Dwibahasa Nusantara.\n")
    event = _event(text, "Guru dan Penulis Ikuti Seminar Dwibahasa")
    assert event.organizer == "Balai Bahasa Provinsi Sumatera Barat"


def test_a_ministry_acting_through_a_unit_organizes():
    text = ("Kementerian Gelar Lokakarya Humas Sekolah\n\n"
            "Garut, 5 Maret 2025 – Kementerian Pendidikan Dasar dan Menengah (Kemendikdasmen) melalui Biro "
            "Komunikasi dan Hubungan Masyarakat (BKHM) menggelar Lokakarya Humas Sekolah di Garut, Senin "
            "(3/3/2025).\n")
    event = _event(text, "Kementerian Gelar Lokakarya Humas Sekolah")
    assert event.organizer == "Kementerian Pendidikan Dasar dan Menengah"


def test_a_regional_government_in_this_case_its_agency():
    text = ("Forum Konsultasi Publik RKPD 2026\n\n"
            "MAROS – Pemerintah Kabupaten Maros dalam hal ini Badan Perencanaan Pembangunan Daerah (Bappeda) "
            "mengadakan forum konsultasi publik untuk rancangan awal RKPD di Aula Bappeda, Selasa (11/3/2025).\n")
    event = _event(text, "Forum Konsultasi Publik RKPD 2026")
    assert event.organizer == "Badan Perencanaan Pembangunan Daerah"


def test_a_body_whose_official_only_attends_hosts_nothing():
    text = ("Kemenhub Hadiri Doa Bersama untuk Bangsa\n\n"
            "Jakarta – Kepala Biro Humas Kementerian Perhubungan Budi Santoso mewakili Menteri Perhubungan "
            "menghadiri doa bersama lintas iman di Masjid Istiqlal, Jakarta, Jumat (7/3/2025).\n")
    event = _event(text, "Kemenhub Hadiri Doa Bersama untuk Bangsa")
    assert event.organizer is None


def test_name_stops_before_its_theme_and_company():
    lex = lexicon()
    text = "Rapat Koordinasi Pengelola Informasi dengan tema Keterbukaan Informasi untuk Semua digelar hari ini."
    end = scan_name_end(text, len("Rapat Koordinasi"), lex, set())
    assert text[:end] == "Rapat Koordinasi Pengelola Informasi"
    text = "audiensi Bupati Sigi beserta jajaran di ruang tamu menteri."
    end = scan_name_end(text, len("audiensi"), lex, set())
    assert text[:end] == "audiensi Bupati Sigi"


def test_a_meeting_told_by_its_verb_is_named_by_the_noun():
    text = ("Sukamaju – Menteri Pariwisata bertemu dengan Menteri Kebudayaan Portugal di Kota Bandung, Selasa (4/3/2025). "
            "Keduanya membahas pertukaran seniman.")
    event = extract_text(text, title="Menteri Pariwisata Bahas Pertukaran Seniman di Portugal").main_event
    assert event is not None and event.name == "pertemuan dengan Menteri Kebudayaan Portugal"


def test_a_dispatch_of_aid_is_named_by_the_noun():
    text = ("Sukamaju – Pemerintah Kabupaten Sukamaju mengirimkan bantuan logistik ke Desa Cempaka, Rabu (5/3/2025). "
            "Bantuan terdiri dari beras dan minyak goreng.")
    event = extract_text(text, title="Longsor Melanda, Pemkab Sukamaju Kirim Bantuan").main_event
    assert event is not None and event.name.startswith("pengiriman bantuan logistik")


def test_building_reported_by_the_headline_is_the_event():
    title = "Pemkab Sukamaju Bangun Gedung Serbaguna untuk Warga"
    text = (f"{title}\nSukamaju – Pemerintah Kabupaten Sukamaju membangun Gedung Serbaguna Cempaka di Desa Mekar, "
            "Kamis (6/3/2025). Pembangunan gedung ini menjadi wujud komitmen untuk membangun kebersamaan warga.")
    event = extract_text(text, title=title).main_event
    assert event is not None and event.name == "pembangunan Gedung Serbaguna Cempaka"


def test_building_spoken_of_in_passing_is_no_event():
    title = "Bupati Sukamaju Ajak Warga Bangun Daerah"
    text = (f"{title}\nSukamaju – Bupati Sukamaju menghadiri Rapat Koordinasi Ketahanan Pangan Tahun 2025, "
            "Kamis (6/3/2025). Ia mengajak semua pihak membangun Kabupaten Sukamaju dan mendukung pembangunan "
            "Desa Mekar.")
    event = extract_text(text, title=title).main_event
    assert event is not None and event.name.startswith("Rapat Koordinasi Ketahanan Pangan")


@pytest.mark.parametrize("headline, name", [
    ("PELATIHAN JURNALISTIK DASAR SECARA DARING", "PELATIHAN JURNALISTIK DASAR"),
    ("UPACARA HARI PRAMUKA KE-60 SECARA VIRTUAL", "UPACARA HARI PRAMUKA KE-60"),
])
def test_a_headline_in_capitals_ends_the_name_at_its_stop_words(headline, name):
    lex = lexicon()
    text = f"{headline}\nPeserta mengikuti kegiatan dari rumah masing-masing."
    head = headline.split()[0]
    assert text[:scan_name_end(text, len(head), lex, set())] == name


def test_a_letters_date_is_not_the_events_day():
    text = ("Dinas Perhubungan Rapat Penataan Parkir\n\n"
            "Rapat digelar menindaklanjuti surat Sekretaris Daerah nomor 551/204/DISHUB, tanggal 3 Juni 2024. "
            "Rapat penataan parkir tepi jalan dilaksanakan di Aula Dinas Perhubungan Kota Palu.\n")
    event = _event(text, "Dinas Perhubungan Rapat Penataan Parkir")
    assert (event.start, event.end) == (None, None)


def test_a_laws_enactment_date_is_not_the_events_day():
    text = ("Pemkab Sigi Terima Penghargaan Keterbukaan Informasi\n\n"
            "Undang-undang keterbukaan informasi publik diundangkan pada tanggal 12 Mei 2009. "
            "Pemerintah Kabupaten Sigi menerima penghargaan keterbukaan informasi dari Komisi Informasi.\n")
    event = _event(text, "Pemkab Sigi Terima Penghargaan Keterbukaan Informasi")
    assert event is None or (event.start, event.end) == (None, None)


def test_held_until_a_later_day_ends_the_event():
    text = ("Pameran Kerajinan Daerah Dibuka\n\n"
            "Pameran Kerajinan Daerah resmi dibuka di Gedung Juang Kota Palu, Selasa (4/3/2025). "
            "Pameran yang berlangsung hingga 9 Maret 2025 itu diikuti 60 perajin.\n")
    event = _event(text, "Pameran Kerajinan Daerah Dibuka")
    assert (event.start, event.end) == ("2025-03-04", "2025-03-09")


def test_the_day_a_holiday_falls_on_is_not_the_events():
    event = extract_text("Bantuan Sembako Jelang Lebaran\nMamuju, 5 Maret 2025 – Dinas Sosial Kabupaten Mamuju menyalurkan "
                         "bantuan sembako kepada warga menjelang Idul Fitri yang jatuh pada 31 Maret 2025.").main_event
    assert event.start == "2025-03-05"
    event = extract_text("Imbauan Pajak\nMajene – Bapenda Kabupaten Majene menggelar sosialisasi PBB, Rabu (5/3/2025), "
                         "agar warga membayar sebelum jatuh tempo pada Rabu, 30 April 2025.").main_event
    assert event.start == "2025-03-05"


def test_a_decree_dated_after_its_number_and_year_dates_the_decree_not_the_event():
    event = extract_text("Pelantikan Bupati\nHari ini, 2 September 2025, Bupati dan Wakil Bupati Majene dilantik oleh "
                         "Gubernur sesuai SK Mendagri Nomor 100.2-881 Tahun 2025, tanggal "
                         "31 Agustus 2025.", published="2025-09-02").main_event
    assert event.start == "2025-09-02"


@pytest.mark.parametrize("cue", ["Dies Natalis ke-45", "Milad ke-20", "Hari Ulang Tahun ke-25"])
def test_an_anniversary_is_an_event(cue):
    text = (f"Palu – Rektor Universitas Tadulako, Amran Lasa, menyampaikan orasi ilmiah pada {cue} Fakultas "
            f"Hukum Universitas Tadulako di Kota Palu, Senin (3/3/2025). Menurutnya, kualitas layanan publik "
            f"bergantung pada verifikasi data penduduk.")
    found = extract_text(text, published="2025-03-03")
    assert found.main_event.name.startswith(cue)


@pytest.mark.parametrize("occasion", ["dalam rangka memperingati", "dalam rangka", "untuk menyambut"])
def test_an_anniversary_after_its_occasion_word_is_no_event(occasion):
    text = (f"Luwuk – Pemerintah Kabupaten Banggai menggelar upacara bendera {occasion} "
            f"Hari Ulang Tahun ke-65 Kabupaten Banggai yang digelar di Lapangan Swadaya Luwuk, Sabtu (4/10/2025).")
    found = extract_text(text, published="2025-10-04")
    assert found.main_event.name.lower().startswith("upacara bendera")


@pytest.mark.parametrize("verb_phrase", ["juga akan melaksanakan", "akan kembali menggelar", "akan menggelar"])
def test_act_after_akan_and_its_verb_is_planned(verb_phrase):
    text = (f"Palu – Wali Kota Palu, Hadi Rahman, memimpin rapat persiapan di Ruang Rapat Wali Kota, Senin "
            f"(3/3/2025). Pada kesempatan itu, panitia {verb_phrase} sosialisasi Festival Teluk Palu pada "
            f"10 Maret 2025.")
    found = extract_text(text, published="2025-03-03")
    assert found.main_event.name.lower().startswith("rapat persiapan")
    assert [e.future for e in found.events] == [True]


def test_bimbingan_teknik_is_a_technical_guidance_event():
    text = ("Palu – Dinas Kominfo Kota Palu menggelar Bimbingan Teknik (Bimtek) Pengelolaan Media Sosial di Aula Kantor "
            "Wali Kota Palu, Rabu (5/3/2025).")
    event = extract_text(text, published="2025-03-05").main_event
    assert event.name.startswith("Bimbingan Teknik (Bimtek) Pengelolaan Media Sosial")
    assert event.kind == "bimtek"
