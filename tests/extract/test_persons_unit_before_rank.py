from pipeline.extract import extract_text


def titles_of(text):
    return {p["name"]: p["titles"] for p in extract_text(text).to_json()["persons"]}


def test_unit_with_number_and_short_form_then_comma_and_rank():
    got = titles_of("Latihan Udara\nPaparan disampaikan Komandan Skadron Udara 14 (Danskadron Udara 14), "
                    "Letkol Pnb Rahmat Hidayat Siregar, yang menjelaskan kesiapan pesawat.")
    assert got.get("Rahmat Hidayat Siregar") == ["Komandan Skadron Udara 14"]


def test_battalion_number_after_short_form_then_rank():
    got = titles_of("Kunjungan Kerja\nDalam paparannya Komandan Batalyon (Danyon) TP 812, Letkol Inf Wahyu Saputra "
                    "melaporkan kegiatan pertanian prajurit.")
    assert got.get("Wahyu Saputra") == ["Komandan Batalyon TP 812"]


def test_seat_after_slash_and_space_then_rank():
    got = titles_of("Program Pangan\nPanglima Kodam XIV/ Hasanuddin, Mayjen TNI Lukas Santoso menjelaskan "
                    "program ketahanan pangan.")
    assert [t.replace(" ", "") for t in got.get("Lukas Santoso", [])] == ["PanglimaKodamXIV/Hasanuddin"]


def test_corps_word_of_the_unit_before_the_comma():
    got = titles_of("Penutupan Latihan\nKomandan Pusat Pendidikan Kavaleri, Kolonel Kav Dedi Kurniawan, "
                    "menutup latihan dasar.")
    assert got.get("Dedi Kurniawan") == ["Komandan Pusat Pendidikan Kavaleri"]


def test_name_in_the_run_is_a_list_not_a_unit():
    got = titles_of("Upacara\nHadir Gubernur Sultra Yusran Tahir, Brigjen TNI Budi Hartono dan pejabat lain.")
    assert got.get("Yusran Tahir") == ["Gubernur Sultra"]
    assert got.get("Budi Hartono") == []


def test_english_body_word_closing_a_unit_is_no_person():
    got = titles_of("Sosialisasi Aplikasi\nKepala Dinas Kominfo Kota Kendari didampingi Kepala Bidang Data Center, "
                    "membuka acara sosialisasi aplikasi statistik.")
    assert "Center" not in got


def test_deputy_commander_keeps_its_deputy_word():
    got = titles_of("Penutupan Latihan\nWakil Komandan Lanud Sultan Hasanuddin Kolonel Pnb Budi Santoso hadir "
                    "dalam upacara.")
    assert got.get("Budi Santoso") == ["Wakil Komandan Lanud Sultan Hasanuddin"]


def test_one_word_name_closing_a_list_item_before_a_rank():
    got = titles_of("Gotong Royong\nTurut hadir Camat Lage Rusdianto, Serda Irwansyah, dan Kepala Desa Tagolu "
                    "Agus Priyanto dalam kegiatan itu.")
    assert got.get("Rusdianto") == ["Camat Lage"]
    assert "Camat Lage Rusdianto" not in sum(got.values(), [])


def test_a_name_starting_like_a_numeral_is_still_a_name():
    got = titles_of("Gotong Royong\nHadir pula Kepala Desa Deluk Lukmansyah, Kapten Inf Suryadi, dan warga setempat.")
    assert "Kepala Desa Deluk Lukmansyah" not in sum(got.values(), [])
