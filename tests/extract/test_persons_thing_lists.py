from pipeline.extract import extract_text


def test_items_of_a_list_after_a_things_noun_are_things():
    names = [p.name for p in extract_text(
        "Judul berita\nPemerintah menggelar acara budaya. Acara ditutup penampilan Sinta Dewi yang membawakan lagu "
        "Rasa Sayange, Yamko Rambe, dan Bolelebo, menciptakan suasana hangat.").persons]
    assert "Yamko Rambe" not in names


def test_a_name_after_a_thing_and_a_comma_without_a_closed_list_stays():
    names = [p.name for p in extract_text(
        "Judul berita\nPada sistem Aplikasi Sipandu, Fajar Nugroho sebagai narasumber menjelaskan cara "
        "pengisian data.").persons]
    assert "Fajar Nugroho" in names


def test_the_name_of_a_state_decoration_is_no_person():
    names = [p.name for p in extract_text(
        "Judul berita\nKepala Dinas Sosial Sofyan Lamadu menerima Bintang Kartika Eka Paksi Nararya dari Presiden, "
        "sementara Bupati Banggai Laut Ridwan Pakaya dianugerahi Bintang Mahaputera Adipradana.").persons]
    assert sorted(names) == ["Ridwan Pakaya", "Sofyan Lamadu"]
