"""Awards, agreements and handovers: the main event's name and organizer, on sentences written for the tests."""
import pipeline.extract  # noqa: F401  (registers the components)
from pipeline.extract import extract_text
from tests.extract.readers import main_event


def _event(text: str, title: str | None = None):
    return main_event(text, title)


def test_an_award_received_is_its_handover_run_by_the_giver():
    title = "Bupati Gowa Terima Penghargaan Anugerah Parahita Ekapraya dari Kementerian PPPA"
    text = (f"{title}\nJAKARTA - Bupati Gowa Andi Tenri Sompa menerima penghargaan Anugerah Parahita Ekapraya "
            "(APE) Tahun 2024 kategori Utama dari Kementerian Pemberdayaan Perempuan dan Perlindungan Anak "
            "(KemenPPPA). Penghargaan diserahkan langsung oleh Menteri PPPA Ratna Widyasari di Hotel Bidakara, "
            "Jakarta, Kamis (6/3/2025).")
    event = _event(text, title)
    assert event.name == "penyerahan penghargaan Anugerah Parahita Ekapraya (APE) Tahun 2024 kategori Utama"
    assert event.organizer == "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak"


def test_the_giver_of_an_award_is_read_in_the_sentence_that_goes_on_with_it():
    title = "Sumbawa Raih Penghargaan Kabupaten Layak Anak Kategori Madya"
    text = (f"{title}\nSUMBAWA BESAR - Kabupaten Sumbawa meraih penghargaan Kabupaten Layak Anak (KLA) kategori "
            "Madya tahun 2025. Penghargaan diterima oleh Wakil Bupati Sumbawa Mohamad Ansori dari Deputi Bidang "
            "Pemenuhan Hak Anak Kementerian PPPA Pribudiarta Sitepu di Jakarta, Selasa (18/3/2025).")
    event = _event(text, title)
    assert event.name.startswith("penyerahan penghargaan Kabupaten Layak Anak (KLA)")
    assert event.organizer == "Kementerian PPPA"
    assert event.place == "DKI Jakarta"
    assert event.start == "2025-03-18"


def test_an_award_given_by_a_person_alone_has_no_organizer_and_an_aim_is_no_award():
    title = "Wali Kota Ambon Terima Satyalancana Karya Bhakti Praja Nugraha dari Presiden"
    text = (f"{title}\nAMBON, 13 Maret 2025 - Wali Kota Ambon Bodewin Latumahina menerima Satyalancana Karya "
            "Bhakti Praja Nugraha dari Presiden Republik Indonesia di Lapangan Merdeka, Kamis (13/3/2025).")
    event = _event(text, title)
    assert event.name == "penyerahan Satyalancana Karya Bhakti Praja Nugraha"
    assert event.organizer is None
    text = ("Badan Keuangan Daerah Kabupaten Maros menggelar Rapat Koordinasi Penyusunan Laporan Keuangan di Aula "
            "Kantor Bupati Maros, Senin (3/3/2025). Rapat digelar agar daerah dapat meraih opini WTP.")
    assert _event(text).name.startswith("Rapat Koordinasi Penyusunan Laporan Keuangan")
    text = ("Ende, 3 Maret 2025 - Dinas Pendidikan Kabupaten Ende melaksanakan sebuah langkah strategis bagi guru di "
            "desa terpencil. Program ini hadir agar guru di desa terpencil tetap dapat mengikuti pendidikan profesi "
            "dan memperoleh Sertifikat Pendidik.")
    event = _event(text)
    assert "Sertifikat" not in event.name
    assert event.organizer == "Dinas Pendidikan Kabupaten Ende"


def test_aid_received_is_its_handover_run_by_the_giver():
    text = ("Wajo - Sebanyak 250 kepala keluarga di Kecamatan Pammana menerima bantuan bibit kakao dari Dinas "
            "Perkebunan Kabupaten Wajo. Penyerahan bantuan dilaksanakan di Kantor Camat Pammana, Selasa (4/3/2025).")
    event = _event(text)
    assert event.name == "penyerahan bantuan bibit kakao"
    assert event.organizer == "Dinas Perkebunan Kabupaten Wajo"
    text = ("Mamuju Tengah, 5 Maret 2025 – Dinas Kesehatan Kabupaten Mamuju Tengah menerima hibah alat kesehatan "
            "dari Kementerian Kesehatan. Hibah berupa 20 unit USG portabel tersebut diserahkan kepada Kepala Dinas "
            "Kesehatan Mamuju Tengah Nurlaela Hamid.")
    event = _event(text)
    assert event.name == "penyerahan hibah alat kesehatan"
    assert event.organizer == "Kementerian Kesehatan"


def test_an_agreement_signed_in_the_passive_is_its_signing_by_the_first_signer():
    text = ("Tolitoli, 13 Maret 2025 - Pemerintah Kabupaten Tolitoli menjalin kerja sama dengan Kantor Pelayanan "
            "Pajak Pratama Tolitoli. Perjanjian kerja sama tentang optimalisasi pemungutan pajak daerah "
            "ditandatangani oleh Bupati Tolitoli Amran Yahya dan Kepala Kantor Pelayanan Pajak Pratama Tolitoli "
            "Yudi Prasetyo di Rumah Jabatan Bupati Tolitoli, Kamis (13/3/2025).")
    event = _event(text)
    assert event.name == "Penandatanganan Perjanjian kerja sama tentang optimalisasi pemungutan pajak daerah"
    assert event.organizer == "Pemerintah Kabupaten Tolitoli"
    text = ("Dinas Pendidikan Kabupaten Sigi menggelar Rapat Koordinasi Penerimaan Murid Baru di Aula Dinas "
            "Pendidikan Sigi, Senin (3/3/2025), sesuai surat edaran yang ditandatangani Kepala Dinas.")
    assert _event(text).name == "Rapat Koordinasi Penerimaan Murid Baru"


def test_a_handover_and_an_award_given_are_events_of_their_own():
    text = ("Polewali Mandar, 10 Maret 2025 - Pemerintah Kabupaten Polewali Mandar menerima hibah tanah dari PT "
            "Mandar Sejahtera Abadi seluas dua hektare untuk pembangunan Puskesmas. Serah terima hibah "
            "dilaksanakan di Aula Kantor Bupati Polewali Mandar, Senin (10/3/2025).")
    event = _event(text)
    assert event.name.lower().endswith("hibah") or event.name.lower().startswith("penyerahan hibah tanah")
    assert "menerima" not in event.name
    assert event.organizer == "PT Mandar Sejahtera Abadi"
    title = "Bupati Morowali Berikan Penghargaan kepada Perusahaan Pembayar Pajak Terbesar"
    text = (f"{title}\nBUNGKU – Bupati Morowali Taslim Tamrin memberikan penghargaan kepada sepuluh perusahaan "
            "pembayar pajak daerah terbesar tahun 2024 di Ruang Pola Kantor Bupati Morowali, Selasa (11/3/2025).")
    assert _event(text, title).name.lower().startswith("pemberian penghargaan kepada")


def test_a_decoration_after_bintang_is_no_person():
    text = ("JAKARTA – Presiden menganugerahkan tanda kehormatan kepada 25 tokoh di Istana Negara, Kamis (13/3/2025). "
            "Sebanyak 25 tokoh menerima Bintang Mahaputera Nararya dan Satyalancana Wira Karya. Hadir Menteri Sosial "
            "Bintang Halimah Tuasikal dan Gubernur Maluku Hendrik Lewerissa.")
    names = [p.name for p in extract_text(text, published="2025-03-01").persons]
    assert "Mahaputera Nararya" not in names
    assert "Bintang Halimah Tuasikal" in names


def test_aid_not_yet_received_and_a_form_signed_over_a_stamp_are_no_events():
    from pipeline.extract.event_phrases import find_candidates
    text = "Sebanyak 40 keluarga di Kecamatan Batui tidak menerima bantuan pangan karena datanya ganda."
    assert not [c for c in find_candidates(text, [(0, len(text))], 0, set()) if c.kind == "penyerahan bantuan"]
    text = "Pelamar melampirkan surat pernyataan yang ditandatangani di atas meterai dan daftar riwayat hidup."
    assert not find_candidates(text, [(0, len(text))], 0, set())
    text = "3. Surat kesediaan bekerja penuh waktu ditandatangani di atas meterai Rp10.000."
    assert not find_candidates(text, [(0, len(text))], 0, set())


def test_words_of_a_quoted_theme_name_no_event():
    title = "Diskominfo Maluku Gelar Bincang Media Akhir Tahun"
    text = (f"{title}\nAMBON - Dinas Kominfo Provinsi Maluku menggelar bincang media akhir tahun dengan mengangkat "
            "tema \"Maluku Meraih Penghargaan Keterbukaan Informasi\" di Aula Dinas Kominfo, Senin (22/12/2025).")
    assert "Penghargaan" not in _event(text, title).name


def test_a_capitals_headline_names_the_giver_after_dari():
    title = "PEMKAB SIGI MENERIMA PENGHARGAAN PELAYANAN PRIMA DARI BANK NTT CABANG PALU"
    text = (f"{title}\nPALU - Pemerintah Kabupaten Sigi dinilai tertib membayar tunjangan pegawai tepat waktu. "
            "Wakil Bupati Sigi hadir di Aula Bappeda Sigi, Kamis (6/3/2025).")
    event = _event(text, title)
    assert "DARI" not in event.name.upper().split("PENGHARGAAN", 1)[-1]
    assert event.organizer != "Pemerintah Kabupaten Sigi"
