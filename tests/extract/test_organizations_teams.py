"""Organizations: teams named by their task ("Tim ..."), and the portfolio abbreviation LH."""
from pipeline.extract import extract_text


def facts(text):
    return extract_text("Judul Berita\n" + text)


def orgs(text):
    return {o.name: o for o in facts(text).organizations}


def test_team_named_by_its_task_is_an_organization():
    os_ = orgs("Menurut Kepala Dinas Kebudayaan Kota Sukamaju, Tim Ahli Warisan Budaya (TAWB) Kota Sukamaju "
               "sudah memberi rekomendasi kepada pemilik gedung.")
    team = os_["Tim Ahli Warisan Budaya Kota Sukamaju"]
    assert team.kind == "government" and "TAWB Kota Sukamaju" in team.aliases


def test_panels_squads_and_staff_of_a_body_are_not_teams():
    os_ = orgs("Tim Penilai dan Tim Terpadu meninjau lokasi. Tim Sepak Bola Kota Sukamaju menang di final. "
               "Tim Gugus III berangkat pagi. Koordinator Tim BPBD Kota Sukamaju ikut hadir. "
               "Tim Asistensi Badan Pusat Statistik tiba kemarin.")
    assert not [n for n in os_ if n.startswith("Tim")]
    assert "Badan Pusat Statistik" in os_


def test_team_name_cut_short_is_left_out():
    os_ = orgs("Dinas membentuk Tim Kajian Media dan Konten yang diisi tenaga muda.")
    assert not [n for n in os_ if n.startswith("Tim")]


def test_post_of_a_team_keeps_the_bodies_after_commas():
    f = facts("Hal itu disampaikan Ketua Tim Perumus Kebijakan Informasi Publik, Direktorat Informasi Publik, "
              "Kementerian Komunikasi dan Digital, Sri Handayani, di Jakarta, Selasa (30/9/2025).")
    assert "Tim Perumus Kebijakan Informasi Publik" in {o.name for o in f.organizations}
    person = next(p for p in f.persons if p.name == "Sri Handayani")
    assert [t.text for t in person.titles] == ["Ketua Tim Perumus Kebijakan Informasi Publik, Direktorat Informasi Publik, "
                             "Kementerian Komunikasi dan Digital"]


def test_lh_abbreviates_lingkungan_hidup():
    os_ = orgs("Hadir Kepala Dinas Lingkungan Hidup Kota Bekasi. Kepala Dinas LH Kota Bekasi lalu berbicara.")
    assert "Dinas LH Kota Bekasi" in os_["Dinas Lingkungan Hidup Kota Bekasi"].aliases


def test_a_working_group_named_by_its_task_is_a_body():
    os_ = orgs("Kelompok Kerja (Pokja) Bunda PAUD Kabupaten Gowa menggelar rapat kerja. Ketua Pokja, Andi Rasyidah "
               "Maddusila, hadir bersama Pokja Kampung KB.")
    assert "Kelompok Kerja Bunda PAUD Kabupaten Gowa" in os_
    assert "Pokja Kampung KB" in os_ and "Pokja" not in os_
