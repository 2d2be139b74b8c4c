"""Units of national bodies named by their portfolios: words that are also region words, compounds written in two
words, connectors that the bracketed acronym skips, and vice posts named by a field."""
from pipeline.extract import extract_text


def facts(text):
    f = extract_text(text)
    return {o.name for o in f.organizations}, {p.name: [t.text for t in p.titles] for p in f.persons}


def test_kerja_sama_written_in_two_words_stays_in_the_bureaus_name():
    orgs, persons = facts("Kepala Biro Hukum, Kerja Sama, dan Hubungan Masyarakat, Rudi Santoso, S.H., menambahkan "
                          "bahwa hasil rapat akan dilaporkan.")
    assert "Biro Hukum, Kerja Sama, dan Hubungan Masyarakat" in orgs
    assert persons["Rudi Santoso"] == ["Kepala Biro Hukum, Kerja Sama, dan Hubungan Masyarakat"]


def test_land_administrations_portfolio_keeps_its_last_word():
    orgs, _ = facts("Narasumber dari Direktorat Jenderal Penetapan Hak dan Pendaftaran Tanah, Yusuf Ramli, "
                    "memaparkan kebijakan tahun ini.")
    assert "Direktorat Jenderal Penetapan Hak dan Pendaftaran Tanah" in orgs


def test_a_kabupaten_whose_first_word_is_a_portfolio_word_is_still_the_region():
    orgs, persons = facts("Kepala Dinas Sosial Tanah Datar, Rudi Hartono, hadir dalam rapat itu.")
    assert "Dinas Sosial Tanah Datar" in orgs
    assert persons["Rudi Hartono"] == ["Kepala Dinas Sosial Tanah Datar"]


def test_a_university_institute_is_spelt_across_kepada():
    orgs, persons = facts("Ketua Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) Universitas Tadulako, "
                          "Dr. Hendra Saputra, menjelaskan sebanyak 45 proposal telah masuk.")
    assert any(o.startswith("Lembaga Penelitian dan Pengabdian kepada Masyarakat") for o in orgs)
    assert persons["Hendra Saputra"]


def test_pengabdian_kepada_masyarakat_stays_whole_in_any_body_name():
    orgs, _ = facts("Narasumber berasal dari Direktorat Riset, Teknologi, dan Pengabdian kepada Masyarakat, "
                    "yakni Dr. Welem Lakitan, yang hadir bersama Kepala Pusat Pengabdian kepada Masyarakat "
                    "Universitas Khairun, Sofyan Latif.")
    assert "Direktorat Riset, Teknologi, dan Pengabdian kepada Masyarakat" in orgs
    assert any(o.startswith("Pusat Pengabdian kepada Masyarakat") for o in orgs)


def test_a_social_ministry_unit_for_victims_keeps_its_whole_name():
    orgs, persons = facts("Bantuan diserahkan Direktur Perlindungan Sosial Korban Bencana Alam, Yosef Lamanepa, "
                          "mewakili Direktorat Perlindungan Sosial Korban Bencana Alam, kepada warga Desa Bangga.")
    assert "Direktorat Perlindungan Sosial Korban Bencana Alam" in orgs
    assert persons["Yosef Lamanepa"] == ["Direktur Perlindungan Sosial Korban Bencana Alam"]


def test_a_vice_rectors_field_is_no_unit():
    orgs, persons = facts("Wakil Rektor Bidang Akademik, Dr. Siti Rahmawati, S.Pd., M.Pd., turut hadir.")
    assert persons["Siti Rahmawati"] == ["Wakil Rektor Bidang Akademik"]
    assert "Bidang Akademik" not in orgs


def test_a_bodys_headquarters_is_a_venue_and_no_unit():
    f = extract_text("Rapat kerja digelar di Kantor Pusat Kementerian Pertanian, Jakarta, pada Senin (3/3/2025).")
    assert [v.name for v in f.venues] == ["Kantor Pusat Kementerian Pertanian"]
    assert {o.name for o in f.organizations} == {"Kementerian Pertanian"}


def test_a_departments_field_of_study_is_part_of_the_post():
    _, persons = facts("Ketua Jurusan Biologi, Dr. Ramli Utina, menyebut mahasiswa siap diterjunkan.")
    assert persons["Ramli Utina"] == ["Ketua Jurusan Biologi"]


def test_kaprodi_is_a_study_programmes_head_and_no_name():
    _, persons = facts("Kaprodi Agribisnis, Dr. Ramli Utina, menyebut mahasiswa siap diterjunkan.")
    assert persons == {"Ramli Utina": ["Kaprodi Agribisnis"]}


def test_a_university_institute_keeps_kepada_without_its_acronym():
    orgs, persons = facts("Kepala Pusat KKN pada Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas "
                          "Tadulako, Dr. Fitriyane Lihawa, menambahkan bahwa KKN berjalan lancar.")
    assert "Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Tadulako" in orgs
    assert persons["Fitriyane Lihawa"]


def test_a_region_after_dan_is_no_second_portfolio_word():
    orgs, _ = facts("Presiden naik KRL dari Stasiun Manggarai dan Tanah Abang menuju Bogor pada Senin (3/3/2025).")
    assert not any("Tanah" in o for o in orgs)


def test_a_regional_office_named_by_an_island_group_keeps_its_holder():
    _, persons = facts("Kepala Kantor Wilayah DJP Nusa Tenggara, Lukas Bere, hadir di Kupang pada Senin (3/3/2025).")
    assert persons == {"Lukas Bere": ["Kepala Kantor Wilayah DJP Nusa Tenggara"]}


def test_a_regional_office_of_a_directorate_general_written_in_full_keeps_jenderal_and_its_holder():
    orgs, persons = facts("Kepala Kantor Wilayah Direktorat Jenderal Perbendaharaan Provinsi Gorontalo, Lukas Bere, "
                          "membuka rapat di Limboto pada Senin (3/3/2025).")
    assert persons == {"Lukas Bere": ["Kepala Kantor Wilayah Direktorat Jenderal Perbendaharaan Provinsi Gorontalo"]}
    assert "Kantor Wilayah Direktorat" not in orgs
    assert "Direktorat Jenderal Perbendaharaan" in orgs


def test_a_river_basin_office_is_named_by_its_basin_and_its_holder_follows():
    orgs, persons = facts("Kepala BBWS Pompengan Jeneberang, Rudi Hartono, meninjau bendungan di Gowa pada Senin "
                          "(3/3/2025). Balai Wilayah Sungai Sulawesi III juga menurunkan tim.")
    assert persons == {"Rudi Hartono": ["Kepala BBWS Pompengan Jeneberang"]}
    assert {"BBWS Pompengan Jeneberang", "Balai Wilayah Sungai Sulawesi III"} <= orgs
