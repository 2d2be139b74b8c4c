"""How personal names are written across Indonesia, in the positions a release puts them."""
import pytest

from pipeline.extract import extract_text
from tests.extract.readers import titles_by_person as persons


@pytest.mark.parametrize("text, expected", [
    # Balinese birth-order names and their particles open the holder's name after a post, with or without a comma
    ("Ketua Gapoktan Sari Tani, Ketut Arsana mengatakan hasil panen meningkat.",
     {"Ketut Arsana": ["Ketua Gapoktan Sari Tani"]}),
    ("Kepala Dinas Pertanian Kabupaten Dompu, I Made Suarta, S.P., M.Si. turut hadir.",
     {"I Made Suarta": ["Kepala Dinas Pertanian Kabupaten Dompu"]}),
    ("Rapat dihadiri Kepala Dinas Kesehatan Sulteng I Komang Adi Sujendra dan Kepala Bappeda Sulteng I Nyoman "
     "Sukadana.", {"I Komang Adi Sujendra": ["Kepala Dinas Kesehatan Sulteng"],
                   "I Nyoman Sukadana": ["Kepala Bappeda Sulteng"]}),
    # a Protestant synod's classis is a body, its chair a person
    ("Ketua Klasis Soe, Pdt. Yohana Fanggidae-Tallo, S.Th membuka kegiatan.",
     {"Yohana Fanggidae-Tallo": ["Ketua Klasis Soe"]}),
    ("Hadir pula anggota komisi, I Nyoman Slamet dan warga.", {"I Nyoman Slamet": []}),
    # a school's seat, then its head's name closing the sentence
    ("Keduanya disambut Kepala SDN 1 Luwuk Yeti Lasantu. Siswa senang.", {"Yeti Lasantu": ["Kepala SDN 1 Luwuk"]}),
    # a last initial before a comma and degrees is the name's
    ("Kepala Bidang Aptika, M. Yusuf S., S.Kom. menjelaskan program.", {"M. Yusuf S.": ["Kepala Bidang Aptika"]}),
    # an initial typed without a space before the name word it abbreviates for
    ("Kegiatan dibuka Camat Kulawi, Andi M.Saleh, S.Sos., didampingi staf.", {"Andi M.Saleh": ["Camat Kulawi"]}),
    ("Kepala Bidang Statistik Diskominfo Gorontalo Hamzah A.Lahay menyerahkan data.",
     {"Hamzah A.Lahay": ["Kepala Bidang Statistik Diskominfo Gorontalo"]}),
    # a name word whose second letter was typed in capitals by a held shift key
    ("Sambutan disampaikan Wakil Bupati Sigi, Samuel YOansari, di aula.", {"Samuel YOansari": ["Wakil Bupati Sigi"]}),
    # the particle the model leaves out of a name it reads alone
    ("Daftar peserta: 1. Andi Baso Tenri (Kapolsek Kadia); 2. I Ketut Suarjana (tokoh masyarakat).",
     {"I Ketut Suarjana": []}),
])
def test_name_forms(text, expected):
    got = persons(text)
    for name, titles in expected.items():
        assert got.get(name) == titles, got


@pytest.mark.parametrize("text, expected", [
    # an apostrophe inside a name word: "Ma'ruf" is no degree "MA"
    ("Hadir Ketua TP PKK Bima, Hj. Nur'aini Ma'ruf dan warga desa.", {"Nur'aini Ma'ruf": ["Ketua TP PKK Bima"]}),
    # the model's person after "dan" and the next post is that post's holder, not the first post's
    ("Hadir Kepala Bappeda Buton La Ode Ali Imran dan Kepala Desa Wakaokili, Siti Nurhayati.",
     {"La Ode Ali Imran": ["Kepala Bappeda Buton"], "Siti Nurhayati": ["Kepala Desa Wakaokili"]}),
    # a short head before the name the text gives the holder elsewhere repeats that holder's post
    ("Kepala Dinas Pertanian Pinrang, Ramli Tobing meninjau sawah. \"Produksi naik,\" ujar Kadis Ramli Tobing.",
     {"Ramli Tobing": ["Kepala Dinas Pertanian Pinrang"]}),
    ("Kadis Dagprin Indra Wijaya membuka acara pasar murah.", {"Indra Wijaya": ["Kadis Dagprin"]}),
    # the father's honorific after "bin" is no word of the name
    ("Kepala Kankemenag Mamuju, H. Muhammad Ridwan bin H. Abdul Latif, Lc., membuka kegiatan.",
     {"Muhammad Ridwan bin Abdul Latif": ["Kepala Kankemenag Mamuju"]}),
])
def test_name_positions(text, expected):
    got = persons(text)
    for name, titles in expected.items():
        assert got.get(name) == titles, got


@pytest.mark.parametrize("text, names", [
    # a nickname in brackets or after "alias" names the same person later
    ("Kepala Dinas Perhubungan Kota Ternate, Mochtar Hasyim (Ota) menyampaikan apresiasi. \"Terima kasih,\" kata Ota.",
     ["Mochtar Hasyim"]),
    ("Camat Woha, Drs. Muhammad Nur (Bung Nur) hadir. \"Selamat datang,\" ujar Bung Nur.", ["Muhammad Nur"]),
    ("Salah satu penerima, Muhammad Arif alias Ucok, mengaku senang. \"Terima kasih,\" kata Ucok.", ["Muhammad Arif"]),
    # a later mention without the abbreviated given name is the same person
    ("Plt Kadis Sosial Sulteng, Moh. Rizal Ladjumu, S.Sos mengatakan bantuan disalurkan. \"Sudah tersalur,\" ujar "
     "Rizal Ladjumu.", ["Moh. Rizal Ladjumu"]),
])
def test_one_person(text, names):
    assert sorted(persons(text)) == names


def test_letter_alone_is_no_name():
    # "I" before a name in capitals the rules do not read
    assert "I" not in persons("Ia meninjau sawah bersama KABID TANAMAN PANGAN, I GEDE ARTANA.")


def test_a_hyphenated_prefix_word_after_a_post_is_no_name():
    text = ("Kantor Kementerian Agama Kabupaten Seram Bagian Barat menggelar workshop moderasi beragama bagi "
            "Penyuluh Agama Non-PNS, Senin (10/3/2025).")
    assert persons(text) == {}


def test_a_capitalized_status_word_after_a_post_opens_no_name():
    text = ("Dinas PMD menggelar Bimbingan Teknis bagi Kepala Desa Terpilih Hasil Pilkades Serentak Tahun 2024 "
            "di Hotel Sutan Raja, Kamis (6/3/2025).")
    assert persons(text) == {}


def test_a_word_spelt_as_an_honorific_ends_a_foreign_name_when_no_name_follows():
    names = set(persons("Presiden menerima Presiden Vietnam, Luong Van Tuan, di Istana Merdeka. "
                                          "Menteri Nguyen Minh Tuan juga hadir."))
    assert {"Luong Van Tuan", "Nguyen Minh Tuan"} <= names


def test_english_and_arabic_forms_of_address_and_irish_surnames():
    names = set(persons("Delegasi dipimpin Hon. Simon O'Connor, anggota parlemen Selandia Baru, bersama Sheikh "
                        "Khalid bin Ahmed Al Thani dan Duta Besar Irlandia, Patrick McKenzie."))
    assert {"Simon O'Connor", "Khalid bin Ahmed Al Thani", "Patrick McKenzie"} <= names
    assert not any(n.startswith(("Hon", "Sheikh")) for n in names)


def test_a_doubled_particle_stays_in_a_dutch_or_spanish_name():
    found = persons("Hadir Konsul Kehormatan Spanyol, Maria de la Cruz, dan Wakil Kepala Perwakilan Kedutaan Besar "
                    "Kerajaan Belanda, Ruud van der Berg.")
    assert {"Maria de la Cruz", "Ruud van der Berg"} <= set(found)


def test_a_given_name_that_is_a_month_s_short_form_goes_on_a_sasak_name():
    got = persons("Bantuan Sosial Disalurkan\nMATARAM - Kepala Dinas Sosial NTB, Lalu Agus Wirajaya mengatakan bantuan "
                  "disalurkan pada 17 Agus 2025.")
    assert got.get("Lalu Agus Wirajaya") == ["Kepala Dinas Sosial NTB"]
    assert persons("Panen Jagung\nPRAYA - Camat Praya, Lalu Agus hadir di Desa Gerantung.").get("Lalu Agus") == ["Camat Praya"]


def test_a_degree_s_letters_in_title_case_without_dots_are_a_name_word():
    got = persons("Serah Terima Jabatan\nMAUMERE - Kapolsek Alok, Iptu Yosef Bata Ama, menyerahkan jabatan kepada "
                  "penggantinya. Hadir pula Camat Alok, Budi Santoso SE.")
    assert "Yosef Bata Ama" in got
    assert "Budi Santoso" in got  # a degree in capitals still closes the name


def test_codes_and_pledges_written_like_names_are_no_persons():
    got = persons("Pembinaan Prajurit\nDanrem mengingatkan prajurit untuk mempedomani Sapta Marga dan Sumpah Prajurit, "
                  "sedangkan anggota Polres Sigi memegang teguh Tri Brata dan Catur Prasetya. Hadir Kepala Dinas "
                  "Sosial, Catur Ariyanto.")
    assert not {"Sapta Marga", "Sumpah Prajurit", "Tri Brata", "Catur Prasetya"} & set(got)
    assert "Catur Ariyanto" in got


def test_a_later_mention_without_the_short_given_name_and_with_a_typo_is_the_same_person():
    found = [p.name for p in extract_text(
        "Pelatihan itu dibuka Kepala Dinas Kominfo Gorontalo, M. Fikri Badallah, atas nama Gubernur.\n"
        "Menurut Fikri Badalah, pelatihan berlangsung dua hari di aula dinas.", published="2025-03-01").persons]
    assert found == ["M. Fikri Badallah"]
