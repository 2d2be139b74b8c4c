"""A list that names persons makes its one-word items persons too: a comma list of council members read by the
model, and a numbered list of team members one a line."""
from pipeline.extract import extract_text


def names(text):
    return {p["name"] for p in extract_text(text, published="2024-03-05").to_json()["persons"]}


def test_one_word_items_of_a_comma_list_of_persons():
    got = names("Rapat Paripurna DPRD\nRapat itu dihadiri sejumlah anggota DPRD. Anggota yang hadir adalah "
                "Sumarlianto, Darmawansyah, Rizki Pratama, Yuliana Simatupang, Hendra Wijaya, Sugiarno dan "
                "Bambang Kurniawan.")
    assert {"Sumarlianto", "Darmawansyah", "Sugiarno", "Rizki Pratama", "Bambang Kurniawan"} <= got


def test_one_word_items_of_a_numbered_list_of_persons():
    got = names("Tim Pengawasan Pasar\nTim pengawasan terdiri atas:\nKetua : Kepala Dinas Perdagangan\n"
                "Anggota:\n1. Rahmawati Saleh, S.E.\n2. Jumardin\n3. Kompol Hendra Saputra\n4. Tasrifin\n"
                "5. Nurul Aini, S.H.\nDemikian laporan tim.")
    assert {"Jumardin", "Tasrifin", "Rahmawati Saleh", "Nurul Aini"} <= got


def test_numbered_list_of_places_stays_places():
    got = names("Lokasi Vaksinasi\nVaksinasi digelar di:\n1. Kendari\n2. Baubau\n3. Kolaka\n4. Wakatobi\n")
    assert not got & {"Kendari", "Baubau", "Kolaka", "Wakatobi"}


def test_one_word_item_of_a_list_one_name_a_line():
    got = names("Rapat Koordinasi Persandian\nRapat dihadiri peserta berikut:\nHarsono Wibowo, S.Kom.\n"
                "Dewi Lestari, S.E.\nNurhayati\nYohanes Pattiasina, S.T.\nRapat membahas keamanan informasi.")
    assert "Nurhayati" in got


def test_name_items_before_a_dash_in_a_numbered_list_of_long_items():
    got = names("Penerima Penghargaan Guru Teladan\nPenghargaan diberikan kepada lima guru berikut:\n"
                "1. Rosdiana Lamaluta – guru SD Negeri 3 yang membina perpustakaan kelas selama sepuluh tahun dan "
                "mengajak orang tua murid menyumbang buku bacaan bagi sekolah di desanya.\n"
                "2. Yusran Daeng Mapata – guru matematika yang menyusun modul belajar mandiri bagi murid di pulau "
                "terluar ketika sekolah ditutup karena cuaca buruk selama berminggu-minggu.\n"
                "3. Hamdiyah – guru kelas rangkap yang mengajar tiga rombongan belajar sekaligus di sekolah satu atap "
                "dengan sarana yang masih sangat terbatas.\n"
                "4. Ferdinandus Tukan – kepala sekolah yang menghidupkan kebun sekolah.\n")
    assert {"Rosdiana Lamaluta", "Hamdiyah", "Ferdinandus Tukan"} <= got
