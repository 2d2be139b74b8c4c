"""Persons known through what they say: the speaker named after the quote, later by part of the name or the post."""
from __future__ import annotations

from pipeline.extract import extract_text


def _persons(text: str) -> dict[str, list[str]]:
    return {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}


def test_a_given_name_the_model_leaves_out_stays_with_the_speaker():
    persons = _persons('"Dulu kami harus berjalan jauh," ujar Hasnah Lamadi, warga Desa Tonggolobibi.')
    assert list(persons) == ["Hasnah Lamadi"]


def test_a_veterinarian_address_opens_the_holder_after_the_post_and_comma():
    persons = _persons("Kepala Puskeswan Poso, drh. Yulius Panjaitan, mengatakan vaksin rabies tersedia.")
    assert persons == {"Yulius Panjaitan": ["Kepala Puskeswan Poso"]}


def test_a_veterinarian_address_written_capitalized_is_no_name():
    persons = _persons("Kepala Balai Karantina Sulawesi Tengah, Drh. Made Sudarsana, mengatakan sapi sehat.")
    assert persons == {"Made Sudarsana": ["Kepala Balai Karantina Sulawesi Tengah"]}


def test_a_post_with_a_demonstrative_after_the_quote_is_an_epithet():
    persons = _persons('Kepala Dinas Pariwisata Kabupaten Manggarai Barat, Stefanus Jemsifori, hadir. '
                       '"Ada tarian Caci," lanjut Kadis Parekraf itu.')
    assert list(persons) == ["Stefanus Jemsifori"]


def test_a_later_mention_keeps_two_words_of_the_full_name():
    persons = _persons('Kepala Desa Hoder, Yohanes Don Bosco Mitan, hadir. "Tiga rumah tertimbun," tutur Don Bosco. '
                       'Bupati Majene, Andi Achmad Syukri Tammalele, berpesan. "Senyum itu pelayanan," ujar Andi Syukri.')
    assert set(persons) == {"Yohanes Don Bosco Mitan", "Andi Achmad Syukri Tammalele"}


def test_a_common_word_opening_the_holders_name_after_the_comma_is_the_name():
    persons = _persons("Ketua DPRD Provinsi Sulawesi Tengah, Arus Abdul Karim, menerima aspirasi mahasiswa.")
    assert persons == {"Arus Abdul Karim": ["Ketua DPRD Provinsi Sulawesi Tengah"]}


def test_a_nickname_introduced_after_a_noun_for_the_speaker_is_the_speakers():
    persons = _persons('"Kami targetkan PAD naik," ujar Kepala Bapenda Kota Bima, Fakhrunnisa, S.E. Perempuan yang '
                       'akrab disapa Icha itu menyebut pajak restoran prioritas. "Kami pasang tapping box," ucap Icha.')
    assert list(persons) == ["Fakhrunnisa"]


def test_a_nickname_tied_to_a_bare_post_is_the_holder_of_that_post_in_full():
    persons = _persons('Gubernur Nusa Tenggara Timur, Emanuel Melkiades Laka Lena, meninjau bendungan. "Bendungan ini '
                       'penting," kata Melki, sapaan akrab Gubernur. "Pasang baliho," tegas Bupati Hery, sapaan akrabnya. '
                       'Bupati Manggarai, Herybertus G.L. Nabit, hadir.')
    assert set(persons) == {"Emanuel Melkiades Laka Lena", "Herybertus G.L. Nabit"}


def test_a_neighbourhood_heads_post_keeps_its_number_and_its_holder_after_the_comma():
    persons = _persons('"Semua turun," ujar Ketua RT 02, Yohanes Wanimbo. Ketua RT 03/RW 01, Marta Itlay, ikut hadir.')
    assert persons == {"Yohanes Wanimbo": ["Ketua RT 02"], "Marta Itlay": ["Ketua RT 03/RW 01"]}


def test_a_speech_verb_right_after_a_closing_quote_names_a_one_word_speaker():
    persons = _persons('"Kalau tidak mengetem, kami tidak dapat penumpang, Pak," keluh Udin. "Kami kekurangan tong '
                       'sampah," timpal Jefri.')
    assert set(persons) == {"Udin", "Jefri"}


def test_a_body_named_by_its_seat_alone_ends_before_the_speakers_name():
    facts = extract_text('"Lansia rentan hipertensi," kata Kepala Puskesmas Tinombo Hadijah Lasaba.')
    assert {p.name: [t.text for t in p.titles] for p in facts.persons} == {"Hadijah Lasaba": ["Kepala Puskesmas Tinombo"]}
    assert [o.name for o in facts.organizations] == ["Puskesmas Tinombo"]


def test_a_residents_kin_address_is_no_part_of_the_name():
    persons = _persons('"Ternyata gula saya tinggi," keluh Nenek Saodah Lamusu, warga Desa Siavu.')
    assert list(persons) == ["Saodah Lamusu"]


def test_a_regional_form_of_address_is_no_part_of_the_name():
    persons = _persons('"Semua dinas sudah memakai aplikasi ini," kata Kang Yudi Lamaruddin, Kabag Protokol. Acara '
                       'dipandu Mbak Rini Tamaela.')
    assert list(persons) == ["Yudi Lamaruddin", "Rini Tamaela"]


def test_a_resident_set_off_by_commas_before_a_negation_is_a_person():
    persons = _persons('Penerima bantuan, Hadijah Mooduto (71), tak kuasa menahan tangis. "Terima kasih, Pak," katanya.')
    assert list(persons) == ["Hadijah Mooduto"]
