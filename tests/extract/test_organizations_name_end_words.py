"""Organizations: words that never belong to a body's name end it wherever the name is read."""
from pipeline.extract import extract_text


def org_names(text):
    return {o.name for o in extract_text(text).organizations}


def test_a_year_after_a_school_head_is_no_school_number():
    names = org_names("Lomba Literasi Digital\nDuta SMK 2024 Kategori Inspiratif, Maria Lengkong, berbagi kisah "
                      "bersama guru SMP Negeri 3 Tolitoli.")
    assert not any(n.startswith("SMK") for n in names)
    assert "SMP Negeri 3 Tolitoli" in names


def test_a_year_word_after_a_bracket_ends_the_body_s_name():
    names = org_names("Ramah Tamah dengan Paskibra\nSebanyak 40 anggota Pasukan Pengibar Bendera (Paskibra) Hari "
                      "Kemerdekaan Tahun 2024 hadir dalam ramah tamah di rumah jabatan Bupati Donggala.")
    assert not any(n.endswith("Tahun") for n in names)


def test_english_words_for_people_end_a_body_s_name():
    names = org_names("Pertemuan Keuangan Kawasan\nWamenkeu hadir dalam Forum of Treasury Ministers and Reserve Bank "
                      "Governors di Manila, Filipina, Selasa (4/3/2025).")
    assert not any("Governors" in n or "Ministers" in n for n in names)


def test_unit_after_a_count_is_the_word_things_are_counted_by():
    names = org_names("Pemkab Sigi Mulai Bangun 45 Unit Rumah Layak Huni\nSIGI - Bantuan 12 Unit Mobil Ambulans "
                      "diserahkan. Kepala Unit Reskrim Polres Sigi, Budi Lamba, hadir.")
    assert not any(n.startswith(("Unit Rumah", "Unit Mobil")) for n in names)
    assert "Unit Reskrim Polres Sigi" in names


def test_a_numbered_school_s_seat_ends_its_name_before_a_headline_s_words():
    names = org_names("Tim Debat SMA Negeri 2 Tolitoli Raih Juara Provinsi\nTOLITOLI, 3 Mei 2025 - Tim debat "
                      "SMK Negeri 1 Luwuk Timur Gelar Pameran Karya hadir pula bersama guru.")
    assert "SMA Negeri 2 Tolitoli" in names
    assert "SMK Negeri 1 Luwuk Timur" in names
    assert not any("Raih" in n or "Gelar" in n for n in names)


def test_a_school_level_before_a_region_is_no_school():
    names = org_names("Sebanyak 30 guru SMA dan SMK Kabupaten Morowali mengikuti pelatihan. Pengawas Sekolah Jenjang "
                      "SMP Kota Bima, Rina Lamadi, hadir bersama Kepala SLB Negeri Kota Gorontalo.")
    assert not any(n.startswith(("SMK Kabupaten", "SMP Kota")) for n in names)
    assert "SLB Negeri Kota Gorontalo" in names


def test_a_headline_predicate_word_ends_a_named_body():
    names = org_names("Yayasan Pendidikan Tadulako Hadir di Pameran Buku Palu\nPALU - Pameran berlangsung "
                      "Senin (3/3/2025).")
    names |= org_names("Koperasi Produsen Kakao Sigi Catat Omzet Rp2 Miliar\nSIGI - Rapat anggota digelar "
                       "Senin (3/3/2025).")
    assert not any(n.endswith(("Hadir", "Catat")) for n in names)
