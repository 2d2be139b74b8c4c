"""Conventions of Indonesian releases for the main event's name, organizer and date, on sentences written for the tests."""
import pytest

import pipeline.extract  # noqa: F401  (registers the components)
from pipeline.extract import extract_text
from pipeline.extract.event_phrases import find_candidates, lexicon, scan_name_end


def _event(text: str, title: str):
    event = extract_text(text, title=title).main_event
    assert event is not None
    return event


def test_a_titled_object_of_an_organizing_verb_is_the_event():
    title = "Dinas Perikanan Ngobrol Santai Dengan Nelayan"
    text = (f"{title}\n\nSelasa, 12 Maret 2024 Dinas Perikanan Kabupaten Jepara menggelar kegiatan dengan tajuk "
            "NGOBROL SANTAI BERSAMA NELAYAN PESISIR di Balai Nelayan Desa Ujungbatu. Diskusi berlangsung hangat. "
            "Nelayan menyampaikan keluhan soal harga solar.")
    event = _event(text, title)
    assert event.name == "NGOBROL SANTAI BERSAMA NELAYAN PESISIR"
    assert event.organizer == "Dinas Perikanan Kabupaten Jepara"


def test_a_quoted_title_after_bertajuk_is_the_name():
    text = "Dinas Pariwisata mengadakan acara bertajuk \"Festival Kopi Lereng Merapi\" di alun-alun kota."
    names = [c.name for c in find_candidates(text, [(0, len(text))], 0, set())]
    assert "Festival Kopi Lereng Merapi" in names


def test_participants_after_bersama_end_a_specific_name():
    lex = lexicon()
    text = "menggelar Rapat Evaluasi Program Sanitasi bersama seluruh Kepala Puskesmas se-Kabupaten Gowa."
    start = text.index("Rapat") + len("Rapat")
    assert text[text.index("Rapat"):scan_name_end(text, start, lex, set())] == "Rapat Evaluasi Program Sanitasi"


def test_a_bare_cue_keeps_who_it_is_held_with():
    lex = lexicon()
    text = "menggelar Rapat Koordinasi bersama seluruh Lurah se-Kota Palopo di aula kantor."
    start = text.index("Rapat Koordinasi") + len("Rapat Koordinasi")
    assert text[text.index("Rapat"):scan_name_end(text, start, lex, set())] == \
        "Rapat Koordinasi bersama seluruh Lurah se-Kota Palopo"


def test_an_organizer_written_with_a_typo_is_still_the_organizer():
    from pipeline.extract.event_roles import RoleReader
    from pipeline.extract.facts import Facts, Organization

    text = "Dinas Pendidkan dan Kebudayaan Kabupaten Wajo menyelenggarakan Rapat Persiapan Pekan Olahraga Pelajar."
    org = Organization(name="Dinas Pendidikan dan Kebudayaan Kabupaten Wajo", spans=[(200, 240)])
    facts = Facts(document_id="t", source="-", extractor_version="test", organizations=[org])
    reader = RoleReader(text, facts, lexicon())
    assert reader.first_org_in(0, text.index("menyelenggarakan")) is org
    # a different body written as the subject is not read as the one it resembles least
    other = "Tim Penggerak PKK Desa Siwa menyelenggarakan Lomba Masak."
    reader = RoleReader(other, facts, lexicon())
    assert reader.first_org_in(0, other.index("menyelenggarakan")) is None


def test_the_venue_in_the_datelines_own_town_gives_the_town():
    title = "Pelantikan Pengurus Koperasi Desa"
    text = (f"{title}\n\nCikalongwetan, Bandung Barat – Bupati melantik 40 Pengurus Koperasi Desa Merah Putih pada "
            "pelantikan yang meriah. Pelantikan berlangsung di Gedung Serbaguna Kecamatan, Cikalongwetan, "
            "Bandung Barat, Senin (6/10/2025). Para pengurus diminta bekerja jujur.")
    assert _event(text, title).place == "Cikalongwetan"


def test_a_venue_after_a_dateline_town_elsewhere_keeps_the_region():
    title = "Rakor Perdagangan Provinsi"
    text = (f"{title}\n\nPalu – Dinas Perdagangan Provinsi Sulawesi Tengah menggelar Rapat Koordinasi Perdagangan "
            "Tingkat Provinsi Tahun 2024 di Hotel Danau Indah, Tentena, Kabupaten Poso, Rabu (12/6/2024).")
    assert _event(text, title).place == "Kabupaten Poso"


def test_named_happenings_without_a_meeting_word_are_events():
    title = "Wamen Beri Kuliah Umum di Kampus"
    text = (f"{title}\n\nJakarta – Wakil Menteri Perdagangan memberikan Kuliah Umum Ekonomi Digital di aula "
            "kampus, Kamis (16/10/2025). Kuliah ini diikuti 300 mahasiswa.")
    assert _event(text, title).name == "Kuliah Umum Ekonomi Digital"
    title = "Gebyar Ramadan di Alun-Alun"
    text = (f"{title}\n\nRibuan warga memadati alun-alun kota pada Gebyar Ramadan Baznas Kota Cimahi, Sabtu "
            "(23/3/2024). Warga menikmati bazar takjil dan lomba azan.")
    assert _event(text, title).name.startswith("Gebyar Ramadan Baznas Kota Cimahi")


def test_kembali_ends_a_name():
    lex = lexicon()
    text = "Sidang Sengketa Informasi Publik kembali digelar di ruang sidang komisi."
    start = len("Sidang Sengketa")
    assert text[:scan_name_end(text, start, lex, set())] == "Sidang Sengketa Informasi Publik"


def test_a_decimal_comma_stays_in_a_name():
    lex = lexicon()
    text = "Pemusnahan Barang Bukti Sabu 12,5 Kilogram Hasil Operasi Antik, Rabu (3/9/2025)."
    value = "pelepasan ekspor kopi asal Jawa Barat senilai USD 2,5 juta ke Jepang."
    start = len("Pemusnahan")
    assert text[:scan_name_end(text, start, lex, set())] == "Pemusnahan Barang Bukti Sabu 12,5 Kilogram Hasil Operasi Antik"
    glued = "Penyaluran DAU Rp4,2 Triliun ke Pemda se-Maluku"
    assert glued[:scan_name_end(glued, len("Penyaluran"), lex, set())] == glued  # an amount glued to its currency
    # a value written in lowercase prose is not part of the name
    assert value[:scan_name_end(value, len("pelepasan"), lex, set())] == "pelepasan ekspor kopi asal Jawa Barat"


def test_a_title_in_capitals_stands_for_its_body():
    from pipeline.extract.event_roles import RoleReader
    from pipeline.extract.facts import Facts, Organization

    text = "BUPATI Kabupaten Sinjai Andi Rahman memimpin Upacara Hari Jadi Sinjai ke-461 di lapangan."
    org = Organization(name="Pemerintah Kabupaten Sinjai", spans=[(300, 320)])
    facts = Facts(document_id="t", source="-", extractor_version="test", organizations=[org])
    reader = RoleReader(text, facts, lexicon())
    assert reader.first_org_in(0, text.index("memimpin")) is org


def test_a_body_named_in_short_form_inside_the_events_name_hosts_it():
    from pipeline.extract.event_roles import RoleReader
    from pipeline.extract.facts import Facts, Organization

    text = "SILATURAHMI PEMKAB WAJO BERSAMA PARA ATLET PORPROV\n\nPara atlet diterima di rumah jabatan."
    org = Organization(name="Pemerintah Kabupaten Wajo", spans=[(300, 320)])
    facts = Facts(document_id="t", source="-", extractor_version="test", organizations=[org])
    reader = RoleReader(text, facts, lexicon())
    cand = next(c for c in find_candidates(text, [(0, 50), (52, len(text))], 50, set()) if c.start == 0)
    assert reader.organizer(cand, [(0, 50)], [(0, 50)]) == "Pemerintah Kabupaten Wajo"
    # the body of a role-holder named in the name is not its host
    text = "SILATURAHMI BUPATI WAJO BERSAMA PARA ATLET PORPROV\n\nPara atlet diterima di rumah jabatan."
    reader = RoleReader(text, facts, lexicon())
    cand = next(c for c in find_candidates(text, [(0, 50), (52, len(text))], 50, set()) if c.start == 0)
    assert reader._named_in(cand.start, cand.end) is None


def test_a_generic_word_before_a_named_programme_belongs_to_its_name():
    text = ("Camat Sukamaju, Rabu (5/6/2024), melaksanakan program Camat Menyapa Warga di Desa Mekarsari. "
            "Warga menyampaikan usulan jalan desa.")
    names = [c.name for c in find_candidates(text, [(0, text.index("Warga menyampaikan"))], 0, set())]
    assert "program Camat Menyapa Warga" in names


def test_the_datelines_own_town_when_the_event_sentences_name_no_place():
    title = "Forum Konsultasi Publik RKPD"
    text = (f"{title}\n\nSELATPANJANG – Pemerintah Kabupaten Kepulauan Meranti menggelar forum konsultasi publik "
            "rancangan awal RKPD di Aula Kantor Bappeda, Rabu (3/3/2021). Forum dihadiri para kepala OPD.\n\n"
            "Pembangunan di Kabupaten Kepulauan Meranti terus berjalan.")
    facts = extract_text(text, title=title)
    assert any(p.name == "Selatpanjang" for p in facts.places)
    assert facts.main_event.place == "Selatpanjang"


def test_an_english_name_keeps_its_leading_modifiers():
    text = "Menteri Kesehatan membuka 3rd Asia Pacific Rural Health Symposium 2025, Senin (3/3/2025)."
    names = [c.name for c in find_candidates(text, [(0, len(text))], 0, set())]
    assert "3rd Asia Pacific Rural Health Symposium 2025" in names
    # the words of another event phrase before it are not its modifiers
    text = "Dalam Kuliah Umum Leadership Forum 2025, Rektor menyampaikan pesan."
    names = [c.name for c in find_candidates(text, [(0, len(text))], 0, set())]
    assert not any(n.startswith("Umum") or n.startswith("Leadership Forum") and len(n) > 30 for n in names)


def test_english_meeting_words_name_events_abroad():
    text = ("Menteri Perindustrian menghadiri Pacific Islands Leaders’ Meeting di Port Moresby, Senin (3/3/2025). "
            "Gubernur membuka Kongres Kebudayaan Maluku Utara, Selasa (4/3/2025). "
            "Ketua KNPI memimpin Musda XII KNPI Gorontalo di Limboto.")
    names = [c.name for c in find_candidates(text, [(0, len(text))], 0, set())]
    assert any(n.startswith("Pacific Islands Leaders’ Meeting") for n in names)
    assert any(n.startswith("Kongres Kebudayaan Maluku Utara") for n in names)
    assert any(n.startswith("Musda XII KNPI Gorontalo") for n in names)
    # the channel followed from afar is no meeting held
    text = "Bupati Majene mengikuti rapat inflasi secara virtual melalui Zoom Meeting dari ruang kerjanya."
    assert not any("Zoom" in c.name for c in find_candidates(text, [(0, len(text))], 0, set()))


def test_a_site_after_di_ends_the_name():
    lex = lexicon()
    text = "Workshop Keamanan Siber di Hotel Mawar Sari, Kamis."
    start = len("Workshop")
    site = text.index("Mawar")  # a venue the venue reader found, whatever its head word
    assert text[:scan_name_end(text, start, lex, set(), sites=frozenset({site}))] == "Workshop Keamanan Siber"
    text = "Workshop Keamanan Siber di Mawar Sari, Kamis."
    site = text.index("Mawar")
    assert text[:scan_name_end(text, start, lex, set(), sites=frozenset({site}))] == "Workshop Keamanan Siber"
    assert text[:scan_name_end(text, start, lex, set())].endswith("Mawar Sari")


def test_a_person_after_a_title_or_from_to_ends_the_name():
    lex = lexicon()
    text = "audiensi Gubernur Kalimantan Barat Budi Santoso di ruang kerja Menteri."
    person = text.index("Budi")
    end = scan_name_end(text, len("audiensi"), lex, set(), people=frozenset({person}))
    assert text[:end] == "audiensi Gubernur Kalimantan Barat"
    text = "serah terima jabatan Kepala Dinas Sosial dari Rina Wati kepada Andi Saputra, Senin."
    people = frozenset({text.index("Rina"), text.index("Andi")})
    end = scan_name_end(text, len("serah terima jabatan"), lex, set(), people=people)
    assert text[:end] == "serah terima jabatan Kepala Dinas Sosial"
    # a person the event is held with stays in its name
    text = "Ramah Tamah Bersama Siti Aminah di aula."
    end = scan_name_end(text, len("Ramah Tamah"), lex, set(), people=frozenset({text.index("Siti")}))
    assert text[:end] == "Ramah Tamah Bersama Siti Aminah"


def test_untuk_before_capitals_continues_a_name_and_a_glued_di_ends_it():
    lex = lexicon()
    text = "Penandatanganan Nota Kesepahaman untuk Sistem Informasi Desa Terpadu, Rabu."
    end = scan_name_end(text, len("Penandatanganan"), lex, set())
    assert text[:end] == "Penandatanganan Nota Kesepahaman untuk Sistem Informasi Desa Terpadu"
    text = "Senam Sehat bersama warga Kelurahan Sukajadi dilapangan kantor lurah."
    end = scan_name_end(text, len("Senam"), lex, set())
    assert text[:end] == "Senam Sehat bersama warga Kelurahan Sukajadi"


def test_a_body_that_only_goes_along_does_not_organize():
    from pipeline.extract.event_roles import RoleReader
    from pipeline.extract.facts import Facts, Organization

    text = "Wali Kota Depok Ahmad Yani didampingi Ketua PKK Kota Depok Sri Wahyuni melakukan senam bersama warga."
    pkk = Organization(name="PKK Kota Depok", spans=[(text.index("PKK"), text.index("PKK") + 14)])
    facts = Facts(document_id="t", source="-", extractor_version="test", organizations=[pkk])
    reader = RoleReader(text, facts, lexicon())
    assert reader.first_org_in(0, text.index("melakukan")) is None


def test_an_outlet_in_brackets_after_the_dateline_is_not_the_lead_subject():
    from pipeline.extract.events import _lead_start

    text = "Judul Berita\nMaros (Kabarmaros) - Dinas Sosial Kabupaten Maros membagikan sembako."
    assert text[_lead_start(text, len("Judul Berita")):].startswith("Dinas Sosial")
    text = "Judul Berita\nMaros - Dinas Sosial Kabupaten Maros membagikan sembako."
    assert text[_lead_start(text, len("Judul Berita")):].lstrip(" -").startswith("Dinas Sosial")


def test_a_cue_that_names_a_body_is_no_event():
    text = "Panitia Seleksi Jabatan Pimpinan Tinggi menetapkan tiga nama. Seleksi Terbuka JPT Pratama digelar Senin."
    names = [c.name for c in find_candidates(text, [(0, 62), (62, len(text))], 0, set())]
    assert not any(n.startswith("Seleksi Jabatan") for n in names)
    assert any(n.startswith("Seleksi Terbuka JPT Pratama") for n in names)


def test_a_headline_quoting_its_speaker_reports_a_statement():
    title = "Kadis Perkim Kabupaten Jombang: Rumah Layak Huni Tingkatkan Kesejahteraan Warga"
    text = (f"{title}\n\nJOMBANG – Dinas Perumahan dan Permukiman Kabupaten Jombang terus melakukan perbaikan rumah "
            "tidak layak huni. Tahun ini 120 rumah diperbaiki di Desa Sumberagung. Kepala Dinas mengatakan "
            "perbaikan rumah meningkatkan kesejahteraan warga.")
    assert extract_text(text, title=title).main_event is None


def test_resmi_and_the_hour_end_a_name():
    lex = lexicon()
    text = "Konferensi Regional Literasi Digital ke-5 resmi dibuka Gubernur."
    assert text[:scan_name_end(text, len("Konferensi"), lex, set())] == "Konferensi Regional Literasi Digital ke-5"
    text = "Upacara Penurunan Bendera pukul 17.00 WIB berlangsung khidmat."
    assert text[:scan_name_end(text, len("Upacara"), lex, set())] == "Upacara Penurunan Bendera"


def test_a_passive_subject_drops_its_reference_word():
    text = "Pasar Rakyat Cibubur tersebut diresmikan Wali Kota pada Senin (4/3/2024)."
    names = [c.name for c in find_candidates(text, [(0, len(text))], 0, set())]
    assert any(n.endswith("Pasar Rakyat Cibubur") for n in names)
    assert not any(n.endswith("tersebut") for n in names)


def test_sendiri_ends_a_name():
    lex = lexicon()
    text = "Forum Pendidikan Digital Asia 2025 sendiri diikuti 40 negara."
    assert text[:scan_name_end(text, len("Forum"), lex, set())] == "Forum Pendidikan Digital Asia 2025"


def test_a_foreign_dateline_is_the_place_when_the_event_sentences_name_none():
    title = "Kementerian Perkenalkan Aplikasi pada Forum Teknologi"
    text = (f"{title}\n\nSingapura, 8 November 2025 – Kementerian Pertanian memperkenalkan aplikasi Petani Pintar "
            "pada Forum Teknologi Pertanian Asia 2025. Aplikasi itu menarik minat banyak delegasi.")
    facts = extract_text(text, title=title)
    assert [p.kind for p in facts.places if p.name == "Singapura"] == ["negara"]
    assert facts.main_event.place == "Singapura"


def test_an_audience_is_hosted_by_whom_it_is_with():
    from pipeline.extract.event_roles import RoleReader
    from pipeline.extract.facts import Facts, Organization

    text = "Kepala Sekolah Audiensi Dengan Kepala Dinas Pendidikan Kabupaten Maros\n\nAudiensi berlangsung hangat."
    dinas = Organization(name="Dinas Pendidikan Kabupaten Maros", spans=[(500, 530)])
    facts = Facts(document_id="t", source="-", extractor_version="test", organizations=[dinas])
    reader = RoleReader(text, facts, lexicon())
    cand = next(c for c in find_candidates(text, [(0, 71), (73, len(text))], 71, set()) if c.start < 71)
    assert cand.kind == "audiensi"
    assert reader.organizer(cand, [(0, 71)], [(0, 71)]) == "Dinas Pendidikan Kabupaten Maros"


def test_an_event_at_a_bodys_own_premises_is_hosted_by_it():
    from pipeline.extract.event_roles import RoleReader
    from pipeline.extract.facts import Facts, Organization

    text = "Sidang sengketa informasi kembali digelar di Komisi Informasi Pusat, Senin (3/3/2025)."
    at = text.index("Komisi")
    ki = Organization(name="Komisi Informasi Pusat", spans=[(at, at + 22)])
    facts = Facts(document_id="t", source="-", extractor_version="test", organizations=[ki])
    assert RoleReader(text, facts, lexicon()).host_premises([(0, len(text))]) is ki
    text = "Sidang sengketa informasi digelar bersama Komisi Informasi Pusat, Senin (3/3/2025)."
    at = text.index("Komisi")
    ki = Organization(name="Komisi Informasi Pusat", spans=[(at, at + 22)])
    facts = Facts(document_id="t", source="-", extractor_version="test", organizations=[ki])
    assert RoleReader(text, facts, lexicon()).host_premises([(0, len(text))]) is None


def test_a_country_after_a_foreign_venue_is_the_place():
    title = "Menteri Hadiri Sidang Pleno Forum Pangan Asia"
    text = (f"{title}\n\nJakarta Pusat – Menteri Pertanian menghadiri sesi pleno Konferensi Pangan Asia ke-12 yang "
            "digelar di Bangkok Convention Centre (BCC), Thailand, pada Minggu (26/10/2025). Menteri menyampaikan "
            "pandangan Indonesia.")
    facts = extract_text(text, title=title)
    assert any(p.name == "Thailand" and p.kind == "negara" for p in facts.places)
    assert facts.main_event.place == "Thailand"


def test_a_foreign_name_right_after_a_venue_is_part_of_it_not_the_place():
    title = "Bupati Pimpin Rakor Camat"
    text = (f"{title}\n\nBARRU – Bupati Barru memimpin Rapat Koordinasi dengan para Camat se-Kabupaten Barru di "
            "halaman Pendopo Serambi Mekkah, Rabu (16/4/2025). Para camat melaporkan program kerja.")
    facts = extract_text(text, title=title)
    assert "Pendopo Serambi Mekkah" in [v.name for v in facts.venues]  # a foreign city names the hall
    assert facts.main_event.place == "Kabupaten Barru"


def test_a_level_tingkat_provinsi_is_a_scope_not_the_place():
    from pipeline.extract.events import _scope

    text = "mengikuti lomba tingkat Provinsi Jambi di Kabupaten Kerinci"
    assert _scope(text, text.index("Jambi"))
    assert not _scope(text, text.index("Kerinci"))


def test_a_bar_separates_a_headlines_parts():
    lex = lexicon()
    text = "Patroli Dialogis | Warga Diimbau Jaga Kamtibmas Jelang Pemilu"
    assert text[:scan_name_end(text, len("Patroli"), lex, set())] == "Patroli Dialogis"


def _scanned(text: str, cue: str) -> str:
    start = text.index(cue) + len(cue)
    return text[text.index(cue):scan_name_end(text, start, lexicon(), set())]


def test_a_named_day_after_lowercase_hari_is_part_of_the_name():
    text = "menggelar apel kesiapan peringatan hari buruh internasional di halaman Mapolres, Rabu (1/5/2024)."
    assert _scanned(text, "apel") == "apel kesiapan peringatan hari buruh internasional"


def test_the_day_it_was_held_still_ends_the_name():
    text = "menggelar apel kesiapan pada hari Rabu (1/5/2024) di halaman Mapolres."
    assert _scanned(text, "apel") == "apel kesiapan"


def test_a_season_after_selama_is_part_of_the_name():
    text = "melaksanakan pemantauan harga pangan selama Ramadhan di Pasar Besar Kota Batu."
    assert _scanned(text, "pemantauan") == "pemantauan harga pangan selama Ramadhan"
    text = "melaksanakan pemantauan harga pangan selama tiga hari di Pasar Besar Kota Batu."
    assert _scanned(text, "pemantauan") == "pemantauan harga pangan"


def test_weekdays_that_name_a_program_are_part_of_the_name():
    text = "menggelar Perkemahan Sabtu Minggu (Persami) Gugus Depan 07 di Lapangan Rampal, Sabtu (4/5/2024)."
    assert _scanned(text, "Perkemahan") == "Perkemahan Sabtu Minggu (Persami) Gugus Depan 07"
    text = "menggelar Perkemahan Pramuka Penggalang, Sabtu (4/5/2024) di Coban Rondo."
    assert _scanned(text, "Perkemahan") == "Perkemahan Pramuka Penggalang"


def test_a_program_named_after_its_weekday_is_the_event():
    title = "Polsek Lowokwaru Gelar Jumat Curhat"
    text = (f"{title}\nMalang – Polsek Lowokwaru menggelar Jumat Curhat di Balai RW 05 Kelurahan Tunjungsekar, "
            "Jumat 3 Mei 2024. Warga menyampaikan keluhan soal parkir liar.")
    assert _event(text, title).name == "Jumat Curhat"


def test_the_setting_of_a_quote_names_the_event():
    title = "Literasi Digital Jadi Kunci Kemajuan Bangsa"
    text = (f"{title}\nKemajuan teknologi menuntut kecakapan baru bagi masyarakat luas.\n"
            "Menteri Kebudayaan Rahmat Santoso menilai literasi digital menjadi kunci. \"Kita harus cakap,\" ujar "
            "Rahmat dalam acara Festival Literasi Nusantara 2024 di Universitas Airlangga, Surabaya, Kamis (2/5/2024).")
    event = _event(text, title)
    assert event.name == "Festival Literasi Nusantara 2024"
    assert event.start == "2024-05-02"


def _cand(name: str, score: float, reasons: list[str]):
    from pipeline.extract.event_phrases import Candidate
    c = Candidate(0, len(name), name, "peresmian", "verb", 1.0, 0, 3, score=score)
    c.reasons = reasons
    return c


def test_an_event_named_only_deep_in_the_body_is_a_passing_mention():
    from pipeline.extract.events import choose
    deep = [_cand("peresmian terminal baru", 6.0, ["verb"]), _cand("peresmian halte", 4.0, ["held"])]
    assert choose(deep) is None
    held = [_cand("peresmian terminal baru", 6.0, ["verb", "trigger"])]
    assert choose(held)[0].name == "peresmian terminal baru"
    early = [_cand("peresmian terminal baru", 6.0, ["verb", "early"])]
    assert choose(early)[0].name == "peresmian terminal baru"


def test_a_passive_verb_after_function_words_only_names_no_event():
    text = "Terminal itu menjadi yang terbesar, yang diresmikan Wali Kota pekan lalu."
    assert [c.name for c in find_candidates(text, [(0, len(text))], 0, set())] == []


def test_a_bare_acara_with_a_verb_of_holding_dates_the_event_before_the_dateline():
    title = "Dinas Kesehatan Perkuat Kader Posyandu"
    text = (f"{title}\nSleman, 10 Mei 2024 - Dinas Kesehatan Kabupaten Sleman menggelar Pelatihan Kader Posyandu "
            "Tangguh yang diikuti 200 kader.\nAcara dibuka secara resmi pada 7 Mei 2024 oleh Sekretaris "
            "Daerah di Aula Dinkes.\nPara kader belajar menimbang balita dan mencatat tumbuh kembang anak.")
    event = _event(text, title)
    assert event.name == "Pelatihan Kader Posyandu Tangguh"
    assert event.start == "2024-05-07"


def test_a_sidang_is_an_event_and_its_purpose_is_not_its_name():
    title = "Gubernur Hadiri Sidang Paripurna DPRD"
    text = (f"{title}\nPalu – Gubernur Sulawesi Tengah menghadiri Sidang Paripurna Istimewa dalam rangka "
            "Hari Jadi Provinsi di Gedung DPRD Sulawesi Tengah, Senin (6/5/2024). Sidang berlangsung khidmat.")
    assert _event(text, title).name == "Sidang Paripurna Istimewa"


def test_a_bare_cue_keeps_its_purpose():
    text = "menggelar rapat koordinasi dalam rangka persiapan musim tanam di aula dinas."
    assert _scanned(text, "rapat koordinasi") == "rapat koordinasi dalam rangka persiapan musim tanam"


def test_ditaja_names_the_organizer():
    title = "Bupati Buka Pelatihan Kerja bagi Pemuda"
    text = (f"{title}\nSiak – Bupati Siak Alfian Hamzah membuka Pelatihan Berbasis Kompetensi Las yang ditaja Dinas "
            "Tenaga Kerja Kabupaten Siak di gedung serbaguna, Rabu (8/5/2024). Pelatihan diikuti 80 peserta.")
    assert _event(text, title).organizer == "Dinas Tenaga Kerja Kabupaten Siak"


def test_the_body_that_coordinates_the_event_is_its_organizer():
    title = "Wali Kota Pimpin Bersih Sungai"
    text = (f"{title}\nWali Kota Palu memimpin langsung pembersihan Sungai Palu yang dikoordinasikan oleh Yayasan Peduli "
            "Sungai Palu di Kelurahan Lere, Minggu (9/3/2025). Kegiatan diikuti 300 warga.")
    assert _event(text, title).organizer == "Yayasan Peduli Sungai Palu"


def test_kegiatan_yang_diselenggarakan_oleh_names_the_organizer():
    title = "Musrenbang Provinsi Dibuka"
    text = (f"{title}\nPALU – Musrenbang dibuka Gubernur di Aula Kantor Gubernur, Selasa (15/4/2025). Kegiatan yang "
            "diselenggarakan oleh Badan Perencanaan Pembangunan Daerah Provinsi Sulawesi Tengah ini diikuti 300 "
            "peserta.")
    assert _event(text, title).organizer == "Badan Perencanaan Pembangunan Daerah Provinsi Sulawesi Tengah"


def test_a_bare_dateline_town_is_the_place_when_nothing_else_says_where():
    title = "Dinas Kesehatan Gelar Imunisasi Massal"
    text = (f"{title}\nLuwuk – Dinas Kesehatan Kabupaten Banggai melaksanakan imunisasi massal bagi "
            "balita, Kamis (2/5/2024). Kegiatan diikuti 300 balita.")
    assert _event(text, title).place == "Luwuk"


def test_tmmd_is_an_event():
    title = "Dandim Tinjau Program Desa"
    text = (f"{title}\nSiak – Dandim 0303/Siak Letkol Inf Budi Santoso meninjau pelaksanaan TMMD ke-120 di Desa "
            "Teluk Mesjid, Selasa (7/5/2024). Prajurit membangun jalan desa.")
    assert _event(text, title).name == "TMMD ke-120"


def test_a_weather_warning_is_a_statement_not_an_event():
    text = ("Waspada Hujan Lebat Disertai Angin Kencang di Jawa Timur\nSurabaya – BPBD Provinsi Jawa Timur "
            "memperingatkan hujan lebat disertai angin kencang berpotensi terjadi di sebagian wilayah Jawa Timur pada "
            "Senin (6/5/2024) hingga Rabu (8/5/2024). Masyarakat diminta menjauhi pohon besar saat hujan.")
    assert extract_text(text, title=text.split("\n")[0]).main_event is None


def test_a_clarification_is_a_statement_not_an_event():
    text = ("Klarifikasi Dinas Perhubungan Soal Tarif Parkir\nMalang – Dinas Perhubungan Kota Malang menyatakan tarif "
            "parkir tidak naik, Senin (6/5/2024). Kabar yang beredar di media sosial tidak benar.")
    assert extract_text(text, title=text.split("\n")[0]).main_event is None


def test_a_credit_rating_review_is_a_report_not_an_event():
    title = "Fitch Pertahankan Peringkat Indonesia"
    text = (f"{title}\nJakarta, 4 Februari 2026 – Fitch Ratings menyelesaikan tinjauan atas peringkat Indonesia melalui "
            "Rapat Komite Pemeringkatan yang digelar pada 2 Februari 2026. Peringkat kredit Indonesia tetap pada "
            "level BBB dengan outlook stabil. Fitch menilai kebijakan fiskal tetap terjaga.")
    assert extract_text(text, title=title).main_event is None
    meeting = ("Menkeu Bertemu Tim Fitch Ratings\nJakarta, 4 Februari 2026 – Menteri Keuangan menggelar pertemuan "
               "dengan tim Fitch Ratings di Aula Djuanda, Rabu (4/2/2026), membahas prospek peringkat kredit Indonesia.")
    assert extract_text(meeting, title="Menkeu Bertemu Tim Fitch Ratings").main_event is not None


def test_a_region_written_after_a_visiting_body_is_not_where_the_visit_is():
    title = "PEMKAB SOLOK BELAJAR PENGELOLAAN ARSIP DI KOTA DEPOK"
    text = (f"{title}\nPemerintah Kabupaten Solok Provinsi Sumatera Barat bertandang ke Pemerintah Kota Depok "
            "untuk studi banding pengelolaan arsip daerah, di ruang rapat Sekretariat Daerah, Kamis (9/3/2023). "
            "Rombongan disambut Sekretaris Daerah di Kota Depok.")
    assert _event(text, title).place == "Kota Depok"


def test_a_region_read_from_the_body_gives_the_most_specific_place_of_its_address():
    title = "Patroli Dialogis"
    text = (f"{title}\nPolres Sumba Barat rutin menggelar patroli dialogis bersama warga.\n"
            "Pesan kamtibmas disampaikan kepada warga setiap pekan.\n"
            "Pada Selasa (4/12/2018) anggota Polsek Loura menemui warga di Desa Kalena Wanno, Kecamatan Kota Tambolaka, "
            "Kabupaten Sumba Barat Daya, untuk menyampaikan pesan kamtibmas.")
    assert _event(text, title).place == "Desa Kalena Wanno"


def test_a_bare_village_between_the_venue_and_its_kecamatan_is_where():
    title = "Bawaslu Kapuas Gelar Sosialisasi Pengawasan Partisipatif"
    text = (f"{title}\nKuala Kapuas – Bawaslu Kabupaten Kapuas mengadakan Sosialisasi Pengawasan Partisipatif.\n"
            "Bertempat di Gedung Serbaguna Pemuda, Sei Pasah, Kecamatan Kapuas Hilir, Kabupaten Kapuas, Rabu (4/9/2024), "
            "sosialisasi diikuti 150 peserta.")
    assert _event(text, title).place == "Sei Pasah"


def test_where_a_visiting_party_comes_from_is_not_where_the_visit_is():
    title = "Wagub Terima Kunjungan Atlet Peraih Medali"
    text = (f"{title}\nKendari, 28 Agustus 2021\nWakil Gubernur Sulawesi Tenggara menerima kunjungan atlet peraih medali "
            "emas bersama rombongan dari Kabupaten Konawe Selatan, Sabtu (28/8/2021). Atlet menyampaikan terima kasih.")
    assert _event(text, title).place == "Kota Kendari"
    title = "Kadis Pertanian Ikuti Rakor Pangan"
    text = (f"{title}\nPalu, 3 Maret 2025\nUsai pulang dari Kab. Poso, Kepala Dinas Pertanian Prov. Sulteng mengikuti "
            "Rapat Koordinasi Ketahanan Pangan di Aula Bappeda.\n"
            "Rapat Koordinasi Ketahanan Pangan (Rakor Pangan) Prov. Sulteng dibuka Asisten II Setda Prov. Sulteng.")
    assert _event(text, title).place == "Kota Palu"


def test_the_body_whose_head_opens_the_event_organizes_it():
    title = "Dandim Buka TMMD ke-121"
    text = (f"{title}\nSiak – Dandim 0303/Siak Letkol Inf Budi Santoso membuka TMMD ke-121 di Desa Teluk Mesjid, "
            "Selasa (7/5/2024). Kodim 0303/Siak mengerahkan 150 prajurit untuk membangun jalan desa.")
    assert _event(text, title).organizer == "Kodim 0303/Siak"


def test_an_abbreviated_head_stands_for_its_unit():
    from pipeline.extract.event_roles import RoleReader
    from pipeline.extract.facts import Facts, Organization
    text = "Kapolres Gresik AKBP Rudi Hartono memimpin apel pagi."
    polres = Organization(name="Polres Gresik", spans=[])
    facts = Facts(document_id="t", source="-", extractor_version="test", organizations=[polres])
    assert RoleReader(text, facts, lexicon()).org_of_title(0, len(text)) is polres


def test_the_unit_whose_members_do_the_thing_organizes_it():
    title = "Sambang Warga Jelang Pilkada"
    text = (f"{title}\nMalang – Personel Polsek Sukun menyambangi warga di Kelurahan Bandungrejosari, Rabu "
            "(8/5/2024). Warga diajak menjaga keamanan lingkungan.")
    event = _event(text, title)
    assert event.organizer == "Polsek Sukun"


def test_a_member_of_parliament_is_no_unit_member():
    from pipeline.extract.event_roles import RoleReader
    from pipeline.extract.facts import Facts, Organization
    text = "Kegiatan dihadiri Anggota Komisi X DPR RI Budi Santoso."
    at = text.index("Komisi")
    komisi = Organization(name="Komisi X DPR RI", spans=[(at, at + 15)])
    facts = Facts(document_id="t", source="-", extractor_version="test", organizations=[komisi])
    assert RoleReader(text, facts, lexicon()).members_unit([(0, len(text))]) is None
    text = "Kegiatan dilakukan anggota Komisi X DPR RI."
    at = text.index("Komisi")
    komisi = Organization(name="Komisi X DPR RI", spans=[(at, at + 15)])
    facts = Facts(document_id="t", source="-", extractor_version="test", organizations=[komisi])
    assert RoleReader(text, facts, lexicon()).members_unit([(0, len(text))]) is komisi


def test_a_capitalized_headline_verb_is_no_modifier_of_an_english_head():
    text = "Kemenhub Gelar Forum Keselamatan Pelayaran"
    names = [c.name for c in find_candidates(text, [(0, len(text))], len(text), set())]
    assert "Forum Keselamatan Pelayaran" in names
    text = "menggelar Defence Diplomacy Forum, Rabu (8/5/2024)."
    assert "Defence Diplomacy Forum" in [c.name for c in find_candidates(text, [(0, len(text))], 0, set())]


def test_a_quoted_title_after_a_generic_event_word_is_the_name():
    title = "Wali Kota Hadiri Jalan Santai Kerukunan"
    text = (f"{title}\nMalang – Wali Kota Malang menghadiri kegiatan “Malang Bersatu Dalam Keberagaman” yang digelar "
            "di Alun-alun Tugu, Minggu (5/5/2024). Ribuan warga hadir.")
    assert _event(text, title).name == "Malang Bersatu Dalam Keberagaman"


def test_a_capitalized_di_in_a_headline_ends_the_name():
    text = "Gubernur Pimpin Upacara Hari Jadi Provinsi Di Monas"
    names = [c.name for c in find_candidates(text, [(0, len(text))], len(text), set())]
    assert "Upacara Hari Jadi Provinsi" in names


def test_a_bare_cue_takes_the_quoted_title_that_follows_it():
    text = "ujarnya dalam Seminar “Peran Koperasi dalam Ekonomi Desa”, Sabtu (4/5/2024)."
    names = [c.name for c in find_candidates(text, [(0, len(text))], 0, set())]
    assert "Seminar Peran Koperasi dalam Ekonomi Desa" in names


def test_a_bare_cue_pointing_back_names_no_event():
    text = ("Kemhan Perkuat Persatuan Nasional\n"
            "Jakarta - Kementerian Pertahanan hadir di Masjid Istiqlal bersama tokoh lintas agama, Jumat (26/9/2025).\n"
            "Forum ini menyoroti pentingnya kerukunan dan sikap saling menghargai.")
    event = extract_text(text).main_event
    assert event is not None and event.name == "Kemhan Perkuat Persatuan Nasional"


def test_the_force_in_an_officers_rank_does_not_run_the_event():
    title = "Upacara Hari Bhakti Di Markas Pusat"
    text = (f"{title}\nJakarta – Upacara Hari Bhakti Tahun 2024 digelar di Lapangan Garuda, Jakarta, Senin (2/9/2024). "
            "Upacara itu dipimpin oleh Inspektur Upacara Brigjen TNI Rudi Hartono. Seluruh pegawai hadir.")
    assert _event(text, title).organizer is None


def test_who_installs_an_official_runs_the_installation():
    title = "Pelantikan Kepala Desa Sukamaju"
    text = (f"{title}\nKepala Desa Sukamaju dilantik oleh Bupati Kabupaten Tegal, Rudi Hartono, di Pendopo "
            "Kabupaten Tegal, Senin (2/9/2024). Pemerintah Kabupaten Tegal berharap pelayanan membaik.")
    assert _event(text, title).organizer == "Pemerintah Kabupaten Tegal"


def test_a_competence_certification_is_an_event():
    text = ("Sebanyak 40 lulusan SMK mengikuti Sertifikasi Kompetensi Bidang Desain Grafis yang diselenggarakan di "
            "Hotel Melati, Kota Cirebon, Rabu (14/6/2017).")
    assert _event(text, "").name == "Sertifikasi Kompetensi Bidang Desain Grafis"


def _names(text: str) -> list[str]:
    return [c.name for c in find_candidates(text, [(0, len(text))], 0, set())]


def test_a_copula_ends_a_name_even_in_a_headlines_capitals():
    text = "Apel Dan Gatur Pagi Adalah Tugas Harian Yang Dijalankan Anggota Satlantas"
    names = [c.name for c in find_candidates(text, [(0, len(text))], len(text), set())]
    assert "Apel Dan Gatur Pagi" in names


def test_an_example_or_a_pointing_back_ends_a_name():
    assert "pengajian rutin dan majlis taklim" in _names(
        "Bupati menyebut pengajian rutin dan majlis taklim seperti ini digelar bergiliran.")
    assert "sambang dari rumah warga ke rumah warga lain" in _names(
        "Kegiatan itu berupa sambang dari rumah warga ke rumah warga lain dan hal ini rutin dijalankan.")


def test_what_was_installed_is_the_noun_after_bahwa_and_before_yang():
    text = "Gubernur menegaskan bahwa Ketua Dekranasda Kabupaten yang hari ini dilantik perlu menjadi teladan."
    assert _names(text) == ["Pelantikan Ketua Dekranasda Kabupaten"]


def test_a_passive_verb_after_a_clause_with_its_own_verb_names_no_event():
    text = "Dalam sambutan Sekda menyampaikan harapan agar Relawan TIK yang telah dikukuhkan bekerja giat."
    assert _names(text) == []


def test_time_words_and_a_manner_clause_end_a_name():
    assert "Apel pagi" in _names("Apel pagi sekarang dipimpin Kasat Lantas.")
    assert "Apel pagi" in _names("Apel pagi setiap harinya dihadiri pegawai.")
    assert "apel" in _names("Disiplin dijaga lewat apel dengan membuat daftar hadir bergilir.")


def test_a_relative_pronoun_alone_before_a_passive_verb_names_no_event():
    assert _names("Lorong itu dibuka kembali, yang saat diresmikan dihadiri pejabat.") == []


def test_gotong_royong_is_an_event_but_not_as_a_value_spoken_of():
    assert "gotong royong pembersihan selokan dan jalan desa" in _names(
        "Warga didampingi Babinsa melaksanakan gotong royong pembersihan selokan dan jalan desa di kampung itu.")
    assert _names("Kegiatan ini menumbuhkan semangat gotong royong antara aparat dan masyarakat.") == []


@pytest.mark.parametrize("published,expected", [("2023-08-18", "2023-08-17"), ("2023-10-20", None), (None, None)])


def test_a_national_days_ceremony_without_a_written_date_is_held_on_that_day(published, expected):
    text = ("Bupati Pimpin Upacara HUT RI ke-78\nBupati menjadi inspektur Upacara Peringatan Detik-Detik Proklamasi "
            "Kemerdekaan Republik Indonesia di halaman kantor bupati. Upacara berlangsung khidmat.")
    event = extract_text(text, published=published).main_event
    assert event is not None and event.start == expected and event.end == expected


def test_an_undated_ceremony_whose_own_sentence_names_the_national_day_is_held_on_it():
    text = ("MERDEKA!\nPada hari Kemerdekaan Indonesia, Pemerintah Kabupaten Wakatobi menggelar Upacara Penaikan "
            "Bendera di alun-alun kabupaten. Upacara berlangsung khidmat.")
    event = extract_text(text, published="2022-08-18").main_event
    assert event is not None and event.start == "2022-08-17"


def test_an_undated_release_that_says_its_meeting_was_attended_reports_that_meeting():
    title = "RAPAT PENYUSUNAN PROFIL KESEHATAN DAERAH"
    text = (f"{title}\n\nKegiatan penyusunan ini dihadiri oleh Asisten Administrasi Umum Kabupaten Wakatobi, "
            "La Ode Sabirin. Kepala Dinas Kesehatan dalam laporannya menyampaikan bahwa profil kesehatan memuat "
            "data pelayanan puskesmas se-kabupaten.")
    assert _event(text, title).name == title


def test_a_quoted_title_said_to_be_held_after_its_closing_quote_is_held():
    text = ("Ajakan itu disampaikan dalam kegiatan “Tani Muda: Panen, Pasar, dan Data” yang digelar oleh "
            "Kementerian Pertanian di Kabupaten Karo, Jumat (10/10/2025).")
    quoted = next(c for c in find_candidates(text, [(0, len(text))], 0, set()) if c.name.startswith("Tani Muda"))
    assert "held" in quoted.reasons


def test_an_inspection_visit_is_an_event_and_the_site_visited_does_not_host_it():
    title = "Bupati Tinjau Pembangunan Rumah Sakit Daerah"
    text = (f"{title}\n\nBupati Luwu Timur, Andi Rahman, melakukan peninjauan langsung terhadap pembangunan "
            "Rumah Sakit Umum Daerah (RSUD) I Lagaligo di Kecamatan Wotu, Kamis (6/3/2025). Bupati meminta "
            "kontraktor menyelesaikan pekerjaan tepat waktu.")
    event = _event(text, title)
    assert event.name.lower().startswith("peninjauan")
    assert event.organizer is None or "Lagaligo" not in event.organizer


def test_a_release_about_an_inspection_with_no_other_event_word_reports_it():
    title = "Gubernur Naik Kapal Feri dari Bajoe ke Kolaka"
    text = (f"{title}\n\nSuasana pagi di Pelabuhan Bajoe terasa berbeda pada Selasa (4/11/2025). Gubernur "
            "hadir meninjau langsung pelayanan penyeberangan bagi warga. Gubernur juga menyapa penumpang.")
    assert _event(text, title).start == "2025-11-04"


def test_an_outlet_after_a_dateline_with_a_run_of_dashes_is_no_organizer():
    title = "Kabag Umum Tinjau Sekolah di Pulau Terluar"
    text = (f"{title}\n\nTahuna (Humas) --- Kepala Bagian Umum Kanwil Kementerian Agama Provinsi Sulawesi Utara "
            "meninjau beberapa madrasah di Kabupaten Kepulauan Sangihe, Kamis (26/4/2018).")
    assert _event(text, title).organizer != "Humas"


def test_an_outlet_opening_a_dateline_with_a_run_of_dashes_is_no_lead_subject():
    title = "Camat Diminta Berkantor di Desa"
    text = (f"{title}\n\nWARTABARU, Sukamaju -- Bupati Lembah Hijau Arif Santoso meminta camat berkantor di desa "
            "saat melaksanakan program Bupati Menyapa di Desa Sukamaju, Kamis (6/10/2022).")
    assert _event(text, title).organizer != "WARTABARU"


def test_the_capitalized_object_of_an_attending_verb_is_the_event():
    title = "Kemenlu Hadiri Resepsi Hari Nasional Negara Sahabat"
    text = (f"{title}\n\nJakarta – Staf Ahli Menteri Luar Negeri menghadiri Norway National Day Reception 2025 "
            "di Jakarta, Rabu (5/11/2025). Hadir pula sejumlah duta besar negara sahabat.")
    assert _event(text, title).name == "Norway National Day Reception 2025"


def test_a_bare_cue_yields_to_the_specific_name_the_headline_gives():
    title = "Dinas Kominfo Perkenalkan Aplikasi Layanan pada Forum Inovasi Daerah 2025 di Ternate"
    text = (f"{title}\nTernate, 8 November 2025 – Dinas Kominfo Provinsi Maluku Utara memperkenalkan aplikasi "
            "layanan publik pada ajang Forum Inovasi Daerah 2025 di Ternate.\nKepala Dinas memaparkan inisiatif "
            "tersebut dalam forum regional yang mempertemukan ratusan inovator daerah.\nKepala Bidang juga berbicara "
            "dalam Diskusi Panel Kebijakan Layanan Publik Digital yang membahas studi kasus aplikasi tersebut.")
    assert _event(text, title).name == "Forum Inovasi Daerah 2025"  # not the longer name of one of its sessions


def test_a_title_case_headline_verb_ends_the_event_name():
    title = "Rakor Dinas Kesehatan 2025 Tegaskan Penguatan Layanan Puskesmas"
    text = (f"{title}\n\nJakarta – Dinas Kesehatan Kota Bekasi menggelar rapat koordinasi di Aula Dinas Kesehatan, "
            "Rabu (29/10/2025). Rapat membahas layanan puskesmas.")
    assert _event(text, title).name == "Rakor Dinas Kesehatan 2025"


def test_a_title_case_headline_verb_written_bare_ends_the_event_name():
    title = "Audiensi Pengurus Koperasi Tani Bahas Program Pupuk 2026"
    text = (f"{title}\n\nJakarta – Wakil Menteri Pertanian menerima audiensi pengurus Koperasi Tani Makmur di "
            "Kantor Kementerian Pertanian, Senin (3/11/2025). Pertemuan membahas program pupuk.")
    assert _event(text, title).name == "Audiensi Pengurus Koperasi Tani"


def test_sekaligus_closing_an_event_name_is_not_part_of_it():
    text = "Wali Kota Sukamaju melakukan peresmian Taman Baca Pelangi sekaligus, Senin (3/11/2025)."
    names = [c.name for c in find_candidates(text, [(0, len(text))], 0, set())]
    assert "peresmian Taman Baca Pelangi" in names


def test_the_agent_of_a_bare_kegiatan_said_to_be_held_organizes_the_event():
    title = "KEPALA DINAS PERTANIAN BUKA SOSIALISASI PUPUK BERSUBSIDI"
    text = (f"{title}\n\nKegiatan diselenggarakan Dinas Pertanian Kabupaten Lebak bertempat di Hotel Kenari "
            "Rangkasbitung, 3 Maret 2024, dengan mengundang para penyuluh. Sosialisasi ini diikuti kelompok tani.")
    assert _event(text, title).organizer == "Dinas Pertanian Kabupaten Lebak"


def test_a_visit_received_is_hosted_by_the_receivers_body_not_the_visitor():
    title = "Wamendag Terima Kunjungan Asosiasi Eksportir Kopi"
    text = (f"{title}\n\nJakarta – Wakil Menteri Perdagangan (Wamendag) Republik Indonesia Budi Santosa menerima "
            "kunjungan pengurus Asosiasi Eksportir Kopi Indonesia (AEKI) di Kantor Kementerian Perdagangan, Jakarta, "
            "Senin (3/11/2025). Pertemuan membahas ekspor kopi.")
    assert _event(text, title).organizer == "Kementerian Perdagangan"


def test_a_chief_of_staff_of_a_kodim_opening_the_event_stands_for_the_kodim():
    title = "Karya Bakti di Desa Sugihan"
    text = (f"{title}\n\nKasdim 0812/Lamongan Mayor Inf Budi Santoso membuka Karya Bakti di Desa Sugihan, Senin "
            "(3/11/2025). Kegiatan diikuti 50 prajurit Kodim 0812/Lamongan.")
    assert _event(text, title).organizer == "Kodim 0812/Lamongan"


def test_the_head_giving_the_organizers_report_stands_for_the_organizer():
    title = "RAPAT PEMBAHASAN RENCANA TANAM PADI"
    text = (f"{title}\n\"Tanam Serempak Menuju Swasembada\"\nKegiatan ini dihadiri para penyuluh dari seluruh "
            "kecamatan.\nDiawal kegiatan, Kepala Dinas Pertanian Kabupaten Lebak, Budi Santoso dalam laporannya "
            "mengatakan \"Alhamdulillah seluruh penyuluh sudah siap turun ke sawah.\"\nPenyuluh akan mendampingi petani.")
    assert _event(text, title).organizer == "Dinas Pertanian Kabupaten Lebak"


def test_the_place_given_before_the_event_phrase_in_its_sentence_beats_the_dateline():
    title = "Menteri Hadiri KTT Mekong"
    text = (f"{title}\nJakarta Pusat, Humas - Menteri Luar Negeri tiba di Queen Sirikit National Convention Center "
            "(QSNCC), Bangkok, Thailand, pada Senin (3/11/2025), untuk mengikuti Konferensi Tingkat Tinggi (KTT) "
            "ke-10 Mekong. Menteri disambut panitia.")
    assert _event(text, title).place in ("Bangkok", "Thailand")


def test_the_agent_after_a_manner_of_holding_organizes_the_event():
    title = "Rapat Koordinasi Nasional Penurunan Stunting"
    text = (f"{title}\nRapat Koordinasi Nasional Penurunan Stunting diselenggarakan secara virtual oleh Sekretariat "
            "Wakil Presiden Republik Indonesia, Senin (23/8/2021). Pemerintah Provinsi Sulawesi Barat mengikuti rapat "
            "dari Mamuju.")
    assert _event(text, title).organizer == "Sekretariat Wakil Presiden"


def test_the_event_read_as_an_organization_is_not_its_own_organizer():
    title = "Bangun Data Desa, FGD Pemkab dan BPS Sumbawa"
    text = (f"{title}\nSUMBAWA - Forum Grup Diskusi (FGD) dengan jajaran BPS Sumbawa, di ruang rapat BPS Sumbawa, "
            "Rabu (9/12/2020) membahas data desa. Hadir pula dalam FGD, Kepala BPS Sumbawa.")
    assert _event(text, title).organizer != "Forum Grup Diskusi"


def test_a_graduation_is_an_event_and_a_negating_copula_ends_its_name():
    text = ("Lulusan Siap Mengabdi\nBertempat di Gedung Serbaguna Kampus Politeknik Negeri Sukamaju, acara wisuda "
            "dihadiri oleh Menteri Keuangan, Rabu (5/11/2025). Para lulusan juga memperoleh sertifikasi penilaian "
            "bisnis dan properti yang diselenggarakan oleh Ikatan Penilai Sukamaju. Wisuda bukan hanya akhir masa "
            "studi, kata Direktur.")
    event = extract_text(text, published="2025-11-05").main_event
    assert event is not None and event.name.lower() == "wisuda"
    assert event.organizer != "Ikatan Penilai Sukamaju"


def test_destroying_seized_goods_written_as_a_verb_is_named_with_its_object():
    text = ("Polres Alor Musnahkan Barang Bukti Sabu\nKalabahi - Polres Alor memusnahkan barang bukti narkotika jenis "
            "sabu di halaman Mapolres Alor, Kamis (6/3/2025). Pemusnahan dipimpin Wakapolres Alor Kompol Yakobus "
            "Malaka.\n")
    event = _event(text, "Polres Alor Musnahkan Barang Bukti Sabu")
    assert event.name.lower().startswith("pemusnahan barang bukti")


def test_a_drug_urine_test_and_a_raid_are_events_named_from_the_lead():
    text = ("BNNK Buol Periksa Pegawai Kecamatan\nBuol - BNNK Buol melaksanakan tes urine terhadap 40 pegawai Kantor "
            "Camat Biau, Selasa (4/3/2025). Seluruh pegawai dinyatakan negatif.\n")
    event = _event(text, "BNNK Buol Periksa Pegawai Kecamatan")
    assert event.name.startswith("tes urine terhadap 40 pegawai")
    text = ("Satpol PP Kota Bima Sasar Tempat Hiburan\nBima - Satpol PP Kota Bima menggelar razia minuman keras di "
            "sejumlah tempat hiburan, Jumat (7/3/2025). Petugas mengamankan 20 botol.\n")
    event = _event(text, "Satpol PP Kota Bima Sasar Tempat Hiburan")
    assert event.name.startswith("razia minuman keras")


def test_a_body_the_event_is_given_to_is_not_its_organizer():
    text = ("Kasat Binmas Beri Penyuluhan Kenakalan Remaja\nWatampone - Kasat Binmas AKP Andi Rasyid memberikan "
            "penyuluhan tentang kenakalan remaja kepada siswa SMP Negeri 3 Watampone, Senin (10/3/2025).\n")
    event = _event(text, "Kasat Binmas Beri Penyuluhan Kenakalan Remaja")
    assert event.organizer != "SMP Negeri 3 Watampone"


def test_the_month_or_week_of_a_named_campaign_is_part_of_its_name():
    text = ("Puskesmas Lindu membuka kegiatan di balai desa, Senin (28/4/2025). Hari itu Puskesmas Lindu mencanangkan "
            "Bulan Imunisasi Anak Nasional di Desa Tomado.")
    names = [c.name for c in find_candidates(text, [(0, len(text))], 0, set())]
    assert any(n.startswith("Bulan Imunisasi Anak Nasional") for n in names)
    text = "Dinas Kesehatan menggelar Pekan Imunisasi Dunia tingkat kabupaten di Puskesmas Lindu."
    names = [c.name for c in find_candidates(text, [(0, len(text))], 0, set())]
    assert any(n.startswith("Pekan Imunisasi Dunia") for n in names)


def test_fogging_against_dengue_is_the_event_not_the_clean_up_after_it():
    title = "Dinkes Bima Lakukan Fogging di Desa Panda"
    text = (f"{title}\n\nBIMA – Dinas Kesehatan Kabupaten Bima melakukan pengasapan atau fogging di Desa Panda, "
            "Minggu (2/3/2025), setelah ditemukan dua kasus demam berdarah. Kepala Desa Panda meminta warga "
            "menggelar kerja bakti membersihkan saluran air setiap Jumat.")
    assert "fogging" in _event(text, title).name.lower()


def test_an_early_warning_is_no_commemoration():
    text = ("Peringatan Dini: Potensi Hujan Lebat di Papua Tengah\nTIMIKA – Stasiun Meteorologi Timika mengeluarkan peringatan dini "
            "potensi hujan lebat di Kabupaten Mimika pada 2 hingga 4 Maret 2025. Warga di bantaran Kali Kopi diminta "
            "waspada, ujar prakirawan, Minggu (2/3/2025).")
    assert extract_text(text, published="2025-03-02").main_event is None


def test_those_said_to_be_inducted_do_not_run_the_induction():
    text = ("Pelantikan Pejabat Pengawas Balai Wilayah Sungai Sulawesi III\n\n"
            "Palu - Kepala Balai Wilayah Sungai Sulawesi III, Arman Tombolotutu, melantik empat pejabat pengawas di "
            "Aula Balai Wilayah Sungai Sulawesi III, Kamis (6/2/2025). Pejabat yang dilantik antara lain Kepala "
            "Bagian Tata Usaha, Rini Lamadjido, dan Kepala Seksi Operasi dan Pemeliharaan, Yakob Sumampow.")
    assert extract_text(text).main_event.organizer == "Balai Wilayah Sungai Sulawesi III"


def test_where_traders_are_moved_to_is_no_venue_of_the_event():
    facts = extract_text("GOWA - Pemerintah Kabupaten Gowa menertibkan pedagang di Jalan Poros Sungguminasa, Senin "
                         "(3/2/2025). Para pedagang diarahkan pindah ke Pasar Minasa Maupa.", published="2025-03-01")
    assert facts.main_event is not None and facts.main_event.venue is None
    assert [v.name for v in facts.venues] == ["Pasar Minasa Maupa"]


def test_a_preparatory_meeting_is_held_where_and_when_it_sits_not_where_the_prepared_event_will_be():
    title = "Rapat Persiapan Festival Danau Tempe 2025"
    text = (f"{title}\nSENGKANG - Sekretaris Daerah Kabupaten Wajo, Andi Rahman, memimpin rapat persiapan Festival "
            "Danau Tempe 2025 yang akan digelar pada 20 Agustus 2025 di Lapangan Merdeka Sengkang.\n"
            "Rapat yang berlangsung di Ruang Rapat Sekda Wajo, Senin (3/2/2025), dihadiri para kepala dinas.")
    event = _event(text, title)
    assert (event.start, event.venue) == ("2025-02-03", "Ruang Rapat Sekda Wajo")


def test_the_first_partner_of_atas_kerja_sama_organizes_the_event():
    title = "Simulasi Evakuasi Tsunami di Pantai Kalumata"
    text = (f"{title}\nTERNATE, 19 Februari 2025 - Atas kerja sama Badan Penanggulangan Bencana Daerah (BPBD) Kota "
            "Ternate dan Kantor Pencarian dan Pertolongan Ternate, simulasi evakuasi tsunami digelar di Pantai "
            "Kalumata, Rabu (19/2/2025).\nSimulasi diikuti 400 warga.")
    assert _event(text, title).organizer == "Badan Penanggulangan Bencana Daerah Kota Ternate"


def test_a_company_partner_of_atas_kerja_sama_lends_a_hand_to_the_government():
    title = "Aksi Bersih Pantai Talise"
    text = (f"{title}\nPALU - Aksi bersih pantai digelar di Pantai Talise, Minggu (9/2/2025). Aksi ini atas kerja sama "
            "PT Hijau Lestari dengan Dinas Lingkungan Hidup Kota Palu.")
    assert _event(text, title).organizer == "Dinas Lingkungan Hidup Kota Palu"


def test_the_visitors_named_in_an_audience_received_do_not_host_it():
    title = "Bupati Sumbawa Barat Terima Audiensi Pengurus KNPI"
    text = (f"{title}\nTALIWANG, 7 Februari 2025 - Bupati Sumbawa Barat, Amar Syarif, menerima audiensi pengurus "
            "Komite Nasional Pemuda Indonesia (KNPI) Kabupaten Sumbawa Barat di ruang kerjanya, Jumat (7/2/2025).")
    assert _event(text, title).organizer is None


def test_a_body_that_calls_itself_the_organizer_organizes_the_event():
    title = "Lomba Mancing Mania Biak 2025 Diikuti 200 Pemancing"
    text = (f"{title}\nBIAK - Lomba Mancing Mania Biak 2025 digelar di Pantai Bosnik, Minggu (16/2/2025). Dinas "
            "Kelautan dan Perikanan Kabupaten Biak Numfor selaku penyelenggara menyebut lomba diikuti 200 pemancing.")
    assert _event(text, title).organizer == "Dinas Kelautan dan Perikanan Kabupaten Biak Numfor"
def test_a_day_long_before_the_datelines_day_is_a_past_event_named_in_passing():
    title = "BPBD Gelar Simulasi Gempa"
    text = (f"{title}\n\nSIGI, 4 Maret 2025 - Badan Penanggulangan Bencana Daerah Kabupaten Sigi menggelar simulasi "
            "gempa di SD Inpres Kalukubula. Simulasi digelar untuk mengenang gempa 28 September 2018.")
    event = _event(text, title)
    assert (event.start, event.end) == ("2025-03-04", "2025-03-04")


def test_a_planned_day_is_the_events_when_the_release_gives_no_other():
    title = "Festival Danau Siap Digelar"
    text = (f"{title}\n\nPOSO - Festival Danau Poso 2025 akan digelar pada tanggal 20 s.d. 23 Agustus 2025 di Pantai "
            "Siuri, Tentena. Kepala Dinas Pariwisata mengatakan festival akan menampilkan tarian Dero.")
    event = _event(text, title)
    assert (event.start, event.end) == ("2025-08-20", "2025-08-23")


def test_a_weekday_said_to_come_is_another_events_day():
    title = "Rakor Persiapan MTQ Kabupaten Sigi"
    text = (f"{title}\n\nSIGI - Rapat koordinasi persiapan MTQ tingkat kabupaten digelar di ruang rapat Sekda. "
            "Rakor lanjutan digelar Selasa mendatang. Rakor dipimpin Asisten I, Rahman Lasipi, Jumat (28/2).")
    event = extract_text(text, title=title, published="2025-03-01").main_event
    assert (event.start, event.end) == ("2025-02-28", "2025-02-28")


def test_a_scheduled_day_later_in_the_clause_is_another_events_day():
    title = "Gubernur Sambut Kunjungan Menteri"
    text = (f"{title}\n\nMAMUJU, 3/3 (ANTARA) - Gubernur Sulawesi Barat menyambut kunjungan kerja Menteri Desa di "
            "Bandara Tampa Padang, Senin. Menteri dijadwalkan meninjau desa wisata di Kabupaten Mamuju Tengah pada "
            "Selasa (4/3).")
    event = extract_text(text, title=title, published="2025-03-03").main_event
    assert (event.start, event.end) == ("2025-03-03", "2025-03-03")
def test_where_one_goes_yields_to_where_the_event_is_held():
    text = ("Rapat Percepatan Rehabilitasi\n\nPALU - Menteri kemudian menuju Kantor Gubernur Sulawesi Tengah untuk "
            "memimpin rapat koordinasi percepatan rehabilitasi di Ruang Polibu, Kamis (6/2/2025).")
    facts = extract_text(text, published="2025-03-01")
    assert facts.main_event is not None and facts.main_event.venue == "Ruang Polibu"


def test_an_event_followed_from_afar_is_held_where_its_people_follow_it():
    text = ("Sidang Isbat Diikuti Kanwil\n\nMAKASSAR - Kanwil Kementerian Agama Provinsi Sulawesi Selatan mengikuti "
            "sidang isbat awal Ramadan yang digelar di Auditorium Nurul Iman, Jakarta, secara daring dari Aula "
            "Kanwil Kemenag Sulsel, Jumat (28/2/2025).")
    facts = extract_text(text, published="2025-03-01")
    assert facts.main_event is not None and facts.main_event.venue == "Aula Kanwil Kemenag Sulsel"


def test_an_event_followed_from_afar_is_placed_where_its_people_follow_it_not_at_its_host():
    text = ("Gubernur Ikuti Rakornas Secara Virtual\n\nPALU, 19 Maret 2025 - Gubernur Sulawesi Tengah, Anwar "
            "Lasadindi, mengikuti Rapat Koordinasi Nasional Pengendalian Inflasi secara virtual dari Ruang Polibu "
            "Kantor Gubernur Sulawesi Tengah, Rabu (19/3/2025). Rakornas tersebut dipimpin Menteri Koordinator "
            "Bidang Perekonomian dari Gedung Ali Wardhana, Jakarta.")
    event = extract_text(text, published="2025-03-20").main_event
    assert event is not None and event.venue == "Ruang Polibu Kantor Gubernur Sulawesi Tengah"
    assert event.place == "Kota Palu"
    alone = ("Bupati Sigi mengikuti Rakornas Pengendalian Inflasi secara virtual dari Ruang Kerja Bupati Sigi, Senin "
             "(3/3/2025). Rakornas dipimpin Mendagri dari Gedung Sasana Bhakti Praja, Jakarta.")
    event = extract_text(alone, published="2025-03-04").main_event
    assert event is not None and event.place is None


@pytest.mark.parametrize("title", [
    "Sosialisasi Pajak Daerah Melalui Siaran Langsung Instagram",
    "Sosialisasi Pajak Daerah Disiarkan Langsung di Instagram",
    "Sosialisasi Pajak Daerah Via Zoom Meeting",
])
def test_a_headline_ends_the_name_before_how_the_event_is_met_or_broadcast(title):
    text = (f"{title}\n\nMAJENE - Badan Pendapatan Daerah Kabupaten Majene mengajak warga taat pajak, Kamis "
            "(20/3/2025). Kepala Bapenda Majene, Rusdi Tammalele, menjadi narasumber.")
    assert _event(text, title).name == "Sosialisasi Pajak Daerah"


@pytest.mark.parametrize("way", ["melalui video conference dari", "melalui Zoom Meeting di", "via zoom dari",
                                 "secara virtual bertempat di", "secara daring di"])
def test_a_channel_before_the_site_tells_where_the_event_is_followed_from(way):
    text = ("PALU - Bupati Sigi mengikuti Rakornas Pengendalian Inflasi yang digelar di Gedung Sasana Bhakti Praja, "
            f"Jakarta, {way} Ruang Rapat Bupati Sigi, Senin (3/3/2025).")
    event = extract_text(text, published="2025-03-04").main_event
    assert event is not None and event.venue == "Ruang Rapat Bupati Sigi"
    assert event.place == "Kota Palu"


def test_an_event_attended_in_person_is_held_at_its_host_though_others_follow_it_from_afar():
    text = ("Gubernur Hadiri Langsung Rakornas\n\nPALU - Gubernur Sulawesi Tengah, Anwar Lasadindi, menghadiri secara "
            "langsung Rapat Koordinasi Nasional Kepala Daerah di Sentul International Convention Center (SICC), "
            "Kabupaten Bogor, Jawa Barat, Kamis (7/11/2024). Sementara itu, Sekda Sulteng, Novalina Wiranti, "
            "mengikuti rakornas secara virtual dari Ruang Polibu Kantor Gubernur Sulteng.")
    event = extract_text(text, published="2024-11-08").main_event
    assert event is not None and event.venue == "Sentul International Convention Center (SICC)"
    assert event.place == "Kabupaten Bogor"


@pytest.mark.parametrize("text,name", [
    ("Dinas Kesehatan Kabupaten Sigi menggelar podcast kesehatan di Studio Mini Diskominfo Sigi, Senin (3/3/2025).",
     "podcast kesehatan"),
    ("Wali Kota Palu mengikuti vicon dengan Kementerian Dalam Negeri di Ruang Pola Kantor Wali Kota Palu, Rabu "
     "(5/3/2025).", "vicon dengan Kementerian Dalam Negeri"),
])
def test_a_podcast_and_a_video_conference_are_events(text, name):
    event = extract_text(text, published="2025-03-14").main_event
    assert event is not None and event.name == name


def test_the_site_followed_from_is_placed_by_its_address_and_may_follow_who_follows():
    text = ("PALU - Wali Kota Palu mengikuti Rakornas Pengendalian Inflasi secara virtual dari Ruang Rapat Bantaya, "
            "Jalan Moh. Yamin No. 1, Kelurahan Tanamodindi, Senin (3/3/2025). Rakornas dipimpin Mendagri di Gedung "
            "Sasana Bhakti Praja, Jakarta.")
    event = extract_text(text, published="2025-03-04").main_event
    assert event is not None and (event.venue, event.place) == ("Ruang Rapat Bantaya", "Kelurahan Tanamodindi")
    passive = ("PALU - Rakornas Pengendalian Inflasi digelar di Gedung Sasana Bhakti Praja, Jakarta, Senin (3/3/2025), "
               "dan diikuti secara virtual oleh Wali Kota Palu dari Ruang Rapat Bantaya Kantor Wali Kota Palu.")
    event = extract_text(passive, published="2025-03-04").main_event
    assert event is not None and event.venue == "Ruang Rapat Bantaya Kantor Wali Kota Palu"
    assert event.place == "Kota Palu"


def test_a_body_sentence_keeps_the_way_written_in_the_name_it_capitalizes():
    text = "Dinas Kesehatan Kabupaten Sigi menggelar Sosialisasi Pencegahan Stunting Secara Tatap Muka."
    event = extract_text(text, published="2025-03-14").main_event
    assert event is not None and event.name == "Sosialisasi Pencegahan Stunting Secara Tatap Muka"


def test_the_site_an_event_is_followed_from_ends_its_name_and_is_its_venue():
    text = ("Sekda Buru mengikuti Rapat Evaluasi SAKIP dari Ruang Rapat Sekda Buru, Kamis (13/3/2025). "
            "Bupati Buru juga mengikuti Rakor Inflasi via Zoom dari Kantor Bupati Buru.")
    facts = extract_text(text, published="2025-03-14")
    assert facts.main_event is not None and facts.main_event.name == "Rapat Evaluasi SAKIP"
    assert [v.name for v in facts.venues] == ["Ruang Rapat Sekda Buru", "Kantor Bupati Buru"]


def test_a_commemoration_told_by_its_verb_is_the_event():
    title = "Pemkot Tidore Kepulauan Peringati Isra Mikraj 1446 H"
    text = (f"{title}\n\nTIDORE, (9/2/2025) - Pemerintah Kota Tidore Kepulauan memperingati Isra Mikraj Nabi "
            "Muhammad SAW 1446 Hijriah di Masjid Agung Sultan Nuku, Minggu (9/2/2025). Ratusan warga hadir.")
    assert _event(text, title).name == "peringatan Isra Mikraj Nabi Muhammad SAW 1446 Hijriah"


def test_a_commemoration_after_dalam_rangka_is_the_occasion():
    title = "Wali Kota Ikuti Upacara Ziarah di Taman Makam Pahlawan"
    text = (f"{title}\n\nKENDARI, (10/11/2024) - Wali Kota Kendari mengikuti Upacara Ziarah dan Tabur Bunga dalam "
            "rangka memperingati Hari Pahlawan di Taman Makam Pahlawan Watubangga, Minggu (10/11/2024).")
    assert _event(text, title).name == "Upacara Ziarah dan Tabur Bunga"


def test_a_rank_before_the_person_handed_over_from_ends_the_name():
    title = "Kapolres Mamuju Pimpin Sertijab Kapolsek Kalukku"
    text = (f"{title}\n\nMAMUJU, (27/2/2025) - Kapolres Mamuju memimpin serah terima jabatan Kapolsek Kalukku dari "
            "AKP Rahman Sese kepada AKP Jufri Lamba di Aula Mapolres Mamuju, Kamis (27/2/2025).")
    assert _event(text, title).name == "serah terima jabatan Kapolsek Kalukku"


def test_a_championship_is_an_event():
    title = "Bupati Banggai Kepulauan Tutup Kejuaraan Pencak Silat"
    text = (f"{title}\n\nSALAKAN, (20/2/2025) - Bupati Banggai Kepulauan menutup Kejuaraan Daerah (Kejurda) Pencak "
            "Silat Antar Perguruan Tahun 2025 di GOR Salakan, Kamis (20/2/2025).")
    assert _event(text, title).name.startswith("Kejuaraan Daerah (Kejurda) Pencak Silat Antar Perguruan")


def test_a_name_written_in_full_later_in_the_release_is_taken_in_full():
    title = "Balai Diklat Resmi Buka Pelatihan Kompetensi Berbasis SKKNI"
    text = (f"{title}\n\nMAMUJU, (4/3/2025) - Balai Diklat Mamuju membuka Pelatihan Kompetensi berbasis SKKNI, "
            "Selasa (4/3/2025). Balai Diklat melaksanakan kegiatan Pelatihan Kompetensi berbasis SKKNI bidang "
            "Pengolahan Rumput Laut bagi Angkatan Kerja Muda di Hotel Maleo Mamuju.")
    assert _event(text, title).name == \
        "Pelatihan Kompetensi berbasis SKKNI bidang Pengolahan Rumput Laut bagi Angkatan Kerja Muda"


def test_a_quoted_english_name_starts_at_its_quote():
    title = "Pemprov Maluku Gelar Investment Forum Tahunan"
    text = (f"{title}\n\nAMBON, (8/3/2025) - Pemerintah Provinsi Maluku menggelar “Banda Spice Investment Forum "
            "2025” di Hotel Marina Ambon, Sabtu (8/3/2025). Forum ini mempertemukan 50 calon investor.")
    assert _event(text, title).name == "Banda Spice Investment Forum 2025"


def test_a_thanksgiving_service_is_an_event():
    title = "Bupati Mimika Hadiri Ibadah Syukur HUT Kabupaten"
    text = (f"{title}\n\nTIMIKA, (15/3/2025) - Bupati Mimika menghadiri ibadah syukur Hari Ulang Tahun ke-29 "
            "Kabupaten Mimika di Gereja Santo Stefanus Sempan, Sabtu (15/3/2025).")
    assert _event(text, title).name == "ibadah syukur Hari Ulang Tahun ke-29 Kabupaten Mimika"


def test_a_soft_launching_is_a_launch():
    title = "Bappeda Kota Palopo Luncurkan Aplikasi SIPADU"
    text = (f"{title}\n\nPALOPO, (3/3/2025) - Kepala Bappeda Kota Palopo menggelar Soft Launching Aplikasi Sistem "
            "Perencanaan Terpadu (SIPADU) di Kantor Bappeda Kota Palopo, Senin (3/3/2025).")
    assert _event(text, title).name == "Soft Launching Aplikasi Sistem Perencanaan Terpadu (SIPADU)"


def test_inaugurating_an_opening_is_the_opening():
    title = "Gubernur Resmikan Pembukaan MTQ Tingkat Provinsi ke-31"
    text = (f"{title}\n\nMATARAM, (8/2/2025) - Gubernur Nusa Tenggara Barat secara resmi membuka Musabaqah "
            "Tilawatil Quran (MTQ) ke-31 di Lapangan Bundar, Sabtu (8/2/2025) malam.")
    assert _event(text, title).name == "Pembukaan MTQ Tingkat Provinsi ke-31"


def test_a_list_of_bodies_as_the_subject_is_organized_by_the_first():
    title = "Logistik Disalurkan"
    text = (f"{title}\nSigi – Tim gabungan BPBD Kabupaten Sigi, TNI dan Polri menyalurkan logistik kepada warga "
            "terdampak banjir di Desa Bangga, Senin (3/3/2025).")
    assert _event(text, title).organizer == "BPBD Kabupaten Sigi"


def test_the_body_that_launches_or_proclaims_a_programme_organizes_it_not_the_school_it_is_held_at():
    title = "Imunisasi Dicanangkan"
    text = (f"{title}\nMataram – Dinas Kesehatan Kota Mataram mencanangkan Bulan Imunisasi Anak Nasional (BIAN) di SD "
            "Negeri 2 Mataram, Senin (3/3/2025).")
    assert _event(text, title).organizer == "Dinas Kesehatan Kota Mataram"


def test_cue_words_with_a_demonstrative_point_back_to_the_event_named_before():
    title = "Hari Jadi Sigi Diperingati Khidmat"
    text = (f"{title}\nSIGI – Bupati Sigi, Rizal Intjenae, memimpin langsung "
            "penyerahan tanda kehormatan Satyalancana Karya Satya kepada 40 aparatur sipil negara. Upacara "
            "berlangsung di Lapangan Kantor Bupati Sigi, Senin (3/3/2025).\n"
            "Upacara penyerahan ini dihadiri unsur Forkopimda.")
    event = extract_text(text, title=title).main_event
    assert event.name == "penyerahan tanda kehormatan Satyalancana Karya Satya kepada 40 aparatur sipil negara"
    assert event.venue == "Lapangan Kantor Bupati Sigi"


def test_a_reports_organizer_field_names_the_organizer():
    title = "Pelantikan Pengurus Karang Taruna Kecamatan"
    text = (f"{title}\n\nNama Kegiatan: Pelantikan Pengurus Karang Taruna Kecamatan Tallo Masa Bakti 2025-2030\n"
            "Hari/Tanggal: Sabtu, 15 Maret 2025\nTempat: Gedung Serbaguna Kecamatan Tallo, Kota Makassar\n"
            "Penyelenggara: Dinas Sosial Kota Makassar\nPeserta: Pengurus Karang Taruna dan tokoh pemuda\n\n"
            "Pelantikan dilakukan oleh Camat Tallo, Syahrir Daeng Tutu.")
    assert _event(text, title).organizer == "Dinas Sosial Kota Makassar"


def test_a_reports_fields_of_when_and_where_speak_of_its_event():
    title = "Laporan Kegiatan Monitoring Dana Desa"
    text = (f"{title}\n\nDasar : Surat Perintah Tugas Bupati Halmahera Barat Nomor 094/45/ST/2025\n"
            "Tujuan : Memantau realisasi Dana Desa Tahap I\nLokasi : Desa Gamlamo, Kecamatan Jailolo\n"
            "Waktu Pelaksanaan : Selasa, 18 Maret 2025\nTim Monitoring :\n1. Inspektur Pembantu Wilayah II, Rosmina Tjan\n"
            "2. Auditor Ahli Muda, Fahrul Saleh\nHasil Monitoring : Realisasi fisik telah mencapai 80 persen.")
    event = _event(text, title)
    assert (event.place, event.start) == ("Desa Gamlamo", "2025-03-18")


def test_an_agenda_listed_after_antara_lain_is_no_event_name():
    title = "Pemprov Gorontalo Gelar Rapat Pimpinan"
    text = (f"{title}\n\nGORONTALO - Pemerintah Provinsi Gorontalo menggelar rapat pimpinan yang dipimpin oleh "
            "Sekretaris Daerah Provinsi Gorontalo, Darwis Moridu, Senin (10/3/2025).\nAgenda rapat antara lain:\n"
            "1. Evaluasi serapan anggaran triwulan I;\n2. Persiapan Hari Ulang Tahun Provinsi Gorontalo.")
    assert _event(text, title).name == "Rapat Pimpinan"


def test_a_ceremony_post_named_in_a_field_is_no_mention_of_the_event():
    title = "Apel Gelar Pasukan Operasi Ketupat"
    text = (f"{title}\n\nMATARAM - Apel gelar pasukan Operasi Ketupat Rinjani 2025 dilaksanakan di Lapangan Bhara "
            "Daksa, Rabu (26/3/2025).\nInspektur Upacara : Gubernur NTB, Lalu Muhammad Iqbal\n"
            "Komandan Upacara : AKBP Made Suryadi\nPerwira Upacara : Kompol Ahmad Rizal\n"
            "Peserta upacara terdiri dari personel TNI, Polri, Dinas Perhubungan dan Satpol PP.")
    assert _event(text, title).name == "Apel Gelar Pasukan Operasi Ketupat"
def test_a_statistics_release_told_at_its_press_conference_has_no_event():
    title = "NTP Maluku Utara Januari 2025 Naik 1,02 Persen"
    text = (f"{title}\n\nTERNATE – Nilai Tukar Petani (NTP) Maluku Utara pada Januari 2025 sebesar 112,34 atau naik "
            "1,02 persen. Hal itu disampaikan Kepala BPS Provinsi Maluku Utara, Yusran Marsaoly, dalam konferensi pers "
            "di Kantor BPS Maluku Utara, Senin (3/2/2025). Indeks yang diterima petani naik 1,45 persen dan subsektor "
            "hortikultura naik 3,21 persen.")
    assert extract_text(text, title=title).main_event is None
    title = "BPS Gelar Konferensi Pers Sensus Pertanian"
    text = (f"{title}\n\nTERNATE – BPS Provinsi Maluku Utara menggelar konferensi pers persiapan sensus di Kantor BPS "
            "Maluku Utara, Senin (3/2/2025).")
    assert _event(text, title).name.lower().startswith("konferensi pers")


def test_a_count_of_visitors_or_visits_is_no_visit_held():
    title = "Kunjungan Wisatawan ke Halmahera Barat Naik"
    text = (f"{title}\n\nJAILOLO – Jumlah kunjungan wisatawan ke Kabupaten Halmahera Barat sepanjang 2024 mencapai "
            "18.542 kunjungan, naik dari 16.555 kunjungan pada 2023. Kepala Dinas Pariwisata, Yunus Hiola, Senin "
            "(10/2/2025), menyebut pantai menjadi tujuan favorit.")
    assert extract_text(text, title=title).main_event is None
    title = "Bupati Halmahera Barat Kunjungi Desa Bobanehena"
    text = (f"{title}\n\nJAILOLO – Bupati Halmahera Barat melakukan kunjungan kerja ke Desa Bobanehena, Senin "
            "(10/2/2025), bersama 12 kepala OPD.")
    assert "kunjungan kerja" in _event(text, title).name.lower()


def test_the_legal_basis_after_an_event_ends_its_name():
    title = "Inspektorat Evaluasi SAKIP"
    text = (f"{title}\n\nTOBADAK – Inspektorat Kabupaten Mamuju Tengah melaksanakan evaluasi implementasi SAKIP Tahun "
            "2024 berdasarkan Permenpan RB Nomor 88 Tahun 2021 di Ruang Rapat Inspektorat, Senin (10/3/2025).")
    assert _event(text, title).name == "evaluasi implementasi SAKIP Tahun 2024"
    lex = lexicon()
    text = "Sosialisasi pajak daerah sesuai Perda Nomor 2 Tahun 2024 digelar di aula."
    assert text[:scan_name_end(text, len("Sosialisasi"), lex, set())] == "Sosialisasi pajak daerah"


@pytest.mark.parametrize("cutoff", ["per 31 Maret 2025", "hingga 31 Maret 2025", "sampai dengan 31 Maret 2025"])
def test_the_day_a_figure_stands_at_is_not_the_events_day(cutoff):
    title = "Realisasi APBD Buton Selatan Triwulan I Dibahas"
    text = (f"{title}\n\nBATAUGA – Realisasi anggaran Pemerintah Kabupaten Buton Selatan {cutoff} baru mencapai 12,4 "
            "persen. Hal itu terungkap dalam Rapat Evaluasi Realisasi Anggaran Triwulan I Tahun 2025 yang dipimpin "
            "Bupati Buton Selatan, Haris Wuna, di Aula Kantor Bupati.\nRapat yang digelar Senin (14/4/2025) itu diikuti "
            "seluruh kepala OPD.")
    assert _event(text, title).start == "2025-04-14"


def test_the_name_after_a_reports_name_label_wins_over_the_headlines():
    text = ("Pelantikan Pengurus Karang Taruna Kecamatan\n\nMAKASSAR - Nama Kegiatan : Pelantikan Pengurus Karang "
            "Taruna Kecamatan Tallo Masa Bakti 2025-2030\nHari/Tanggal : Senin, 3 Maret 2025\nTempat : Aula Kantor "
            "Camat Tallo")
    event = extract_text(text, published="2025-03-01").main_event
    assert event.name == "Pelantikan Pengurus Karang Taruna Kecamatan Tallo Masa Bakti 2025-2030"


def test_a_plan_named_by_the_headline_of_a_report_of_figures_is_not_its_event():
    text = ("Harga Beras Naik, Disperindag Gelar Operasi Pasar\n\nPALU - Disperindag Kota Palu mencatat kenaikan harga "
            "beras medium dari Rp12.500 menjadi Rp13.800 per kilogram. Disperindag akan menggelar operasi pasar pada "
            "18-20 Maret 2025.")
    assert extract_text(text, published="2025-03-01").main_event is None
    text = "Festival Danau Poso Digelar Juli\n\nPOSO - Pemkab Poso akan menggelar Festival Danau Poso pada 20-23 Juli 2025."
    assert extract_text(text, published="2025-03-01").main_event.start == "2025-07-20"


def test_a_plenary_session_with_no_organizer_written_is_its_dprd_s():
    title = "DPRD Pinrang Tetapkan Tiga Perda"
    text = (f"{title}\n\nPINRANG – Ketua DPRD Kabupaten Pinrang, Andi Hamid, mengumumkan tiga Perda dalam Rapat "
            "Paripurna ke-14 Masa Persidangan II, Selasa (18/2/2025). Bupati Pinrang turut hadir.")
    event = _event(text, title)
    assert event.name.startswith("Rapat Paripurna")
    assert event.organizer == "DPRD Kabupaten Pinrang"


def test_the_body_writes_in_full_the_name_the_headline_opens_with():
    title = "Seminar Literasi Keuangan Digelar di Boalemo"
    text = (f"{title}\nTILAMUTA – Dinas Koperasi Kabupaten Boalemo menggelar Seminar Literasi Keuangan bagi Pelaku "
            "UMKM se-Kabupaten Boalemo di Aula Kantor Bupati, Kamis (6/3/2025). Seminar diikuti 120 peserta.")
    assert _event(text, title).name == "Seminar Literasi Keuangan bagi Pelaku UMKM se-Kabupaten Boalemo"


def test_an_anecdote_the_speaker_recounts_is_not_the_event():
    text = ("Pengusaha Lokal Diajak Lebih Berani\n"
            "MATARAM - Gubernur NTB Lalu Hasan membuka Musyawarah Daerah Kadin NTB di Hotel Lombok Raya, Kota "
            "Mataram, Senin (3/3/2025). Dalam sambutannya, Gubernur mengisahkan pengalamannya ketika menghadiri "
            "Pameran Dagang Internasional di Kota Kupang tahun lalu.\nIa berharap pengusaha lokal lebih berani.")
    event = _event(text, text.split("\n", 1)[0])
    assert event.name == "Musyawarah Daerah Kadin NTB"
    assert event.place == "Kota Mataram"


def test_what_a_sentence_sets_aside_with_tidak_hanya_is_not_the_event():
    text = ("Polisi Dekat dengan Warga\n"
            "MAMUJU - Setiap pekan para anggota Polsek Tapalang tak sekadar menggelar sambang ke kebun warga, "
            "tetapi juga membuka ruang keluhan. Aipda Yusran Made dari Polsek Tapalang menggelar Jumat Curhat "
            "bersama warga di Balai Desa Tadui, Jumat (7/3/2025).")
    event = _event(text, text.split("\n", 1)[0])
    assert event.name.startswith("Jumat Curhat")


def test_a_cue_of_two_words_ends_before_an_occasion_it_marks():
    title = "Organisasi Wanita Gelar Donor Darah"
    text = (f"{title}\nAMBON - Gabungan Organisasi Wanita Kota Ambon menggelar donor darah dalam rangka memperingati "
            "Hari Ibu di Baileo Siwalima, Sabtu (21/12/2024). Sebanyak 90 kantong darah terkumpul.")
    assert _event(text, title).name.lower() == "donor darah"
    assert _scanned("menggelar upacara dalam rangka memperingati Hari Ibu.", "upacara") == "upacara"


def test_a_bare_passive_verb_ends_the_event_name():
    title = "Semarak HUT ke-79 RI di Sinjai"
    text = (f"{title}\n\nSINJAI - Pawai karnaval dilepas Bupati Sinjai, Andi Rahmat Saleh, dari depan rumah jabatan, "
            "Senin (19/8/2024). Lomba perahu hias ditutup Wakil Bupati pada sore harinya.")
    assert _event(text, title).name.lower() == "pawai karnaval"


def test_a_ceremony_role_written_lowercase_names_no_event():
    title = "Peringatan Hari Bela Negara di Jeneponto"
    text = (f"{title}\n\nJENEPONTO - Pemerintah Kabupaten Jeneponto melaksanakan upacara bendera memperingati Hari "
            "Bela Negara ke-76 di halaman Kantor Bupati Jeneponto, Kamis (19/12/2024). Pembina upacara adalah Bupati "
            "Jeneponto, Budi Rahman, sedangkan komandan upacara Kasat Pol PP Jeneponto, Muh. Rizal.")
    assert _event(text, title).name == "upacara bendera"


def test_the_event_a_commemoration_is_marked_with_ends_its_name():
    title = "Pemkab Maluku Tengah Peringati Hari Pattimura"
    text = (f"{title}\n\nMASOHI - Pemerintah Kabupaten Maluku Tengah memperingati Hari Pattimura ke-208 dengan upacara "
            "di Lapangan Nusantara Masohi, Kamis (15/5/2025). Ribuan warga hadir.")
    assert _event(text, title).name == "peringatan Hari Pattimura ke-208"


@pytest.mark.parametrize("title, lead, expected", [
    ("KPH Balantak Tanam 3.000 Bibit di Lahan Kritis",
     "KPH Balantak menanam 3.000 bibit pohon di Desa Tombos, Selasa (11/3/2025).", "penanaman 3.000 bibit pohon"),
    ("BKSDA Lepasliarkan Burung Nuri", "BKSDA Sulawesi Tengah melepasliarkan 12 ekor burung nuri di hutan Desa "
     "Toro, Sabtu (8/3/2025).", "pelepasliaran 12 ekor burung nuri"),
    ("Dinas Perikanan Tebar Benih di Danau", "Dinas Perikanan Kabupaten Buru menebar 20.000 ekor benih ikan nila di "
     "Danau Rana, Kamis (13/3/2025).", "penebaran 20.000 ekor benih ikan nila"),
])
def test_planting_releasing_and_stocking_written_as_verbs_are_named_with_their_objects(title, lead, expected):
    event = _event(f"{title}\n{lead} Warga turut membantu.\n", title)
    assert event.name == expected


def test_investment_is_no_planting():
    text = ("Realisasi Investasi Capai Rp4 Triliun\nPalu - DPMPTSP Provinsi Sulawesi Tengah mencatat realisasi "
            "penanaman modal mencapai Rp4 triliun. Penanaman modal asing mendominasi, kata Kepala DPMPTSP.\n")
    event = extract_text(text, title="Realisasi Investasi Capai Rp4 Triliun").main_event
    assert event is None or "penanaman" not in event.name.lower()


def test_a_technical_meeting_of_extension_workers_is_an_event():
    title = "Wagub Buka Temu Teknis Penyuluh Pertanian"
    text = (f"{title}\nSOFIFI - Wakil Gubernur Maluku Utara membuka Temu Teknis Penyuluh Pertanian se-Provinsi "
            "Maluku Utara di Aula Dinas Pertanian, Selasa (4/3/2025). Kegiatan diikuti 150 penyuluh.\n")
    assert _event(text, title).name.startswith("Temu Teknis Penyuluh Pertanian")


@pytest.mark.parametrize("text, name", [
    ("Perpisahan Kelas IX SMP Negeri 3 Parigi digelar di aula sekolah, Sabtu (14/6/2025). Kepala sekolah hadir.",
     "Perpisahan Kelas IX SMP Negeri 3 Parigi"),
    ("Sebanyak 210 siswa baru mengikuti Masa Pengenalan Lingkungan Sekolah (MPLS) di SMA Negeri 2 Bungku, "
     "Senin (14/7/2025). Kegiatan dibuka di lapangan upacara sekolah.",
     "Masa Pengenalan Lingkungan Sekolah (MPLS)"),
    ("Seluruh siswa SD se-Kabupaten Sigi mengikuti Asesmen Nasional Berbasis Komputer (ANBK) mulai Senin (8/9/2025).",
     "Asesmen Nasional Berbasis Komputer (ANBK)"),
])
def test_school_events_are_named_by_their_own_words(text, name):
    assert _event(text, "").name == name


def test_an_event_word_after_secara_is_the_manner_not_the_event():
    from tests.extract.readers import main_event
    text = ("Layanan NIB di Desa Bora\n"
            "Penerbitan NIB bagi pelaku usaha dilakukan secara jemput bola oleh DPMPTSP Kabupaten Sigi di Desa "
            "Bora, Rabu (5/3/2025).")
    event = main_event(text, text.split("\n", 1)[0])
    assert event.name.lower() != "jemput bola"
