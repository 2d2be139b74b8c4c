"""Place conventions of real releases: lists of kecamatan with lowercase items, kecamatan of the province after
a locative word, a city that opens a longer name, a military unit's town."""
from __future__ import annotations

from pipeline.extract import extract_text


def _places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


def test_a_lowercase_item_in_a_list_of_kecamatan():
    names = _places("Manasik Rayon II diikuti jamaah Kecamatan Suka Makmur, Indrapuri, lembah Seulawah dan "
                    "Seulimeum, Kabupaten Aceh Besar.")
    assert {"Kecamatan Indrapuri", "Kecamatan Lembah Seulawah", "Kecamatan Seulimeum"} <= set(names)


def test_a_lowercase_word_ends_a_list_when_it_is_no_kecamatan():
    names = _places("Bantuan diterima Kecamatan Indrapuri, lainnya menyusul, Kabupaten Aceh Besar.")
    assert not any("Lainnya" in n for n in names)


def test_a_kecamatan_of_the_province_after_di():
    names = _places("BANDUNG - Pemerintah Kota Bandung membuka layanan. Saya tinggal di kota, tetapi bekerja "
                    "di Cileunyi setiap hari.")
    assert "Cileunyi" in names


def test_a_longer_name_that_starts_like_a_kecamatan_is_not_one():
    names = _places("BANDA ACEH - Pemerintah Aceh memantau gelombang di Samudera Hindia sepanjang pekan.")
    assert "Samudera" not in names


def test_a_capital_locative_word_does_not_make_a_name():
    names = _places("BANDUNG - Pemkot menyalurkan bantuan di Kota Bandung. Warga Babakan Ciparay menerima paket.")
    assert "Babakan Ciparay" in names


def test_a_city_that_opens_a_longer_name_is_not_the_city():
    names = _places("Jamaah Haji Tiba Lusa\nRombongan jamaah singgah di Padang Bulan sekitar pukul dua siang sebelum "
                    "melanjutkan perjalanan.")
    assert "Kota Padang" not in names


def test_the_town_of_a_numbered_unit_is_part_of_its_name():
    names = _places("Turut hadir camat, Danramil 02/Tebingtinggi, dan para kepala desa.")
    assert "Kota Tebing Tinggi" not in names


def test_a_name_cut_inside_a_hyphenated_word_is_no_place():
    assert not any(n.startswith("Kawasan") for n in _places("Kawasan Alun-alun ditata ulang oleh pemerintah."))


def test_a_city_name_that_opens_a_kecamatan_of_the_document():
    names = _places("BARRU – Kasus baru tercatat di Kabupaten Barru. Warga Soppeng Riaja menerima bantuan "
                    "sembako dari pemerintah kecamatan.")
    assert "Soppeng Riaja" in names and "Kabupaten Soppeng" not in names


def test_a_town_before_a_foreign_country_is_a_foreign_town():
    facts = extract_text("Konferensi iklim digelar di Lembahhijau, Jerman, Selasa (13/6/2024).")
    assert ("Lembahhijau", "kota") in [(p.name, p.kind) for p in facts.places]


def test_a_long_name_before_a_foreign_country_is_no_town():
    names = _places("Delegasi hadir di Royal Military College Duntroon, Australia bersama para taruna.")
    assert names == ["Australia"]


def test_a_list_after_a_village_found_bare():
    names = _places("POSO – Tiga pasien di Kecamatan Poso Kota tinggal di Moengko Lama, Gebangrejo Timur dan "
                    "Kayamanya. Adapun warga lain dalam keadaan sehat.")
    assert {"Moengko Lama", "Gebangrejo Timur", "Kayamanya"} <= set(names)


def test_a_cue_word_in_a_list_opens_a_new_place():
    names = _places("PALU - Kerja bakti di Kel Lere Kec Palu Barat, Kota Palu.")
    assert "Kecamatan Kota" not in names and "Kota Palu" in names


def test_villages_written_in_lowercase_with_their_cue():
    names = _places("air sungai meluap di kab banjar. perahu dikirim ke desa bincau muara dan juga ke desa munggu raya. "
                    "di desa tersebut warga terbantu.")
    assert {"Desa Bincau Muara", "Desa Munggu Raya"} <= set(names)
    assert not any("Tersebut" in n for n in names)


def test_a_lowercase_kampung_is_a_common_noun():
    assert not any(n.startswith("Kampung") for n in _places("Program membangun 600 kampung nelayan di Jakarta."))


def test_kali_names_a_river():
    assert "Kali Bekasi" in _places("BEKASI - Dinas membersihkan sampah di Kali Bekasi bersama warga. Kali ini ramai.")


def test_a_short_form_in_brackets_goes_with_its_title():
    names = _places("GUBERNUR Provinsi Sulawesi Tenggara (Sultra) membuka acara di Kendari.")
    assert "Sulawesi Tenggara" not in names


def test_the_town_after_the_writing_unit_in_a_dateline():
    names = _places("Bupati Saksikan Film Sejarah\nDiskominfo, Kutoarjo - Bupati Purworejo menonton film "
                    "bersama warga.")
    assert "Kutoarjo" in names


def test_a_hamlet_after_warga_or_di_is_a_place_and_a_programme_or_a_trip_home_is_not():
    found = _places("SUKABUMI – Warga Kampung Cikaracak gotong royong memperbaiki saluran air. Lomba kebersihan digelar di "
                    "Kampung Bersih Sehat, dan para perantau pulang ke kampung Minggu malam.")
    assert found == ["Kota Sukabumi", "Kampung Cikaracak"]


def test_a_themed_hamlet_with_its_kecamatan_after_a_comma_is_a_place():
    found = _places("BANDUNG – Festival budaya digelar di dua lokasi, yakni Kampung Kreatif Cigadung Asri, Kecamatan "
                    "Cibeunying Kaler dan Kampung Wisata Batununggal, Kecamatan Bandung Kidul.")
    assert "Kampung Kreatif Cigadung Asri" in found and "Kampung Wisata Batununggal" in found


def test_a_maluku_negeri_is_a_village_but_not_in_a_state_body_or_phrase():
    names = _places("Banjir merendam Negeri Sepa dan Negeri Tamilouw, Kecamatan Amahai, Kabupaten Maluku Tengah. "
                    "Warga melapor ke Pengadilan Negeri Masohi dan membeli produk dalam negeri.")
    assert {"Negeri Sepa", "Negeri Tamilouw", "Kecamatan Amahai"} <= set(names)
    assert not any(n.startswith("Negeri Masohi") for n in names)


def test_a_state_court_after_di_is_no_maluku_village():
    assert not any(n.startswith("Negeri") for n in _places("Sidang digelar di Pengadilan Negeri Ambon, Senin (3/3/2025)."))


def test_a_state_court_named_by_a_kelurahan_beside_its_dateline_is_no_maluku_village():
    names = _places("SUNGGUMINASA - Pengadilan Negeri Sungguminasa menggelar sidang keliling pada Senin (3/3/2025).")
    assert not any(n.startswith("Negeri") for n in names)
