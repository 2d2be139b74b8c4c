"""A post several people hold at once (a member, counsel, a village's NCO), written before a list of names, is held
by each name of the list; a post one person holds is not."""
from tests.extract.readers import titles_by_person as persons


def test_members_of_one_commission_joined_by_serta():
    text = ("Sidang sengketa hasil pemilu kembali digelar di Jakarta.\n"
            "Hadir dalam sidang, Anggota KPU RI Dewi Lestari Handayani serta Bambang Wicaksono.")
    ps = persons(text)
    assert ps.get("Dewi Lestari Handayani") == ["Anggota KPU RI"]
    assert ps.get("Bambang Wicaksono") == ["Anggota KPU RI"]


def test_counsel_listed_with_commas_and_dan():
    text = ("Sidang perselisihan hasil pemilu memasuki tahap jawaban.\n"
            "Di Panel 2, kuasa hukum Termohon Rudi Hartanto, Yogi Saputra dan lainnya menolak dalil Pemohon.")
    ps = persons(text)
    assert ps.get("Rudi Hartanto") == ["kuasa hukum Termohon"]
    assert ps.get("Yogi Saputra") == ["kuasa hukum Termohon"]


def test_two_village_ncos_each_with_a_rank():
    text = ("Warga bergotong royong membersihkan parit.\n"
            "Babinsa Koramil 03/Sungai Lama Kodim 0208/Asahan Serka A. Siregar dan Serda M. Ridwan dari "
            "Kodim 0208/Asahan ikut membersihkan saluran air bersama warga.")
    ps = persons(text)
    assert ps.get("A. Siregar") == ["Babinsa Koramil 03/Sungai Lama Kodim 0208/Asahan"]
    assert ps.get("M. Ridwan") == ["Babinsa Koramil 03/Sungai Lama Kodim 0208/Asahan"]


def test_a_post_one_person_holds_stays_with_the_first_name():
    text = ("Rapat paripurna digelar di gedung dewan.\n"
            "Hadir Ketua DPRD Kota Malang Budi Santoso dan Rina Wati dalam rapat itu.")
    ps = persons(text)
    assert ps.get("Budi Santoso") == ["Ketua DPRD Kota Malang"]
    assert ps.get("Rina Wati") == []


def test_a_dprd_commission_is_named_by_its_letter():
    text = ("Komisi DPRD meninjau proyek jalan di Kecamatan Kwandang.\n"
            "Peninjauan dipimpin Ketua Komisi C Rahmat Dunggili bersama Wakil Ketua Komisi B Nur Hasanah.")
    ps = persons(text)
    assert ps.get("Rahmat Dunggili") == ["Ketua Komisi C"]
    assert ps.get("Nur Hasanah") == ["Wakil Ketua Komisi B"]


def test_a_member_then_the_unit_the_member_leads_are_one_persons_posts():
    text = ("Rapat itu dibuka resmi Anggota Bawaslu Provinsi Gorontalo, Koordinator Divisi Hukum dan Penyelesaian "
            "Sengketa, Hj. Rina Mokoginta, didampingi Ketua Bawaslu Kabupaten Boalemo.")
    assert persons(text).get("Rina Mokoginta") == ["Anggota Bawaslu Provinsi Gorontalo",
                                                  "Koordinator Divisi Hukum dan Penyelesaian Sengketa"]


def test_an_election_commission_division_of_voter_education_is_a_portfolio():
    text = ("Bimtek dibuka Anggota KPU Kabupaten Sikka Divisi Sosialisasi, Pendidikan Pemilih dan Partisipasi "
            "Masyarakat, Maria Goreti Dua, pada Senin.")
    assert persons(text).get("Maria Goreti Dua") == [
        "Anggota KPU Kabupaten Sikka Divisi Sosialisasi, Pendidikan Pemilih dan Partisipasi Masyarakat"]


def test_a_panels_members_written_with_degrees():
    text = ("Sidang perkara pidana digelar di Pengadilan Negeri Mamuju.\n"
            "Sidang dipimpin ketua majelis, didampingi hakim anggota Kristina Sembiring, S.H. dan Rahman Datu, S.H.\n"
            "Hadir Anggota DPRD Kabupaten Sigi Yusran Lamato, S.E., Hasna Pakaya, S.H. dan Rudi Lasimpo.")
    ps = persons(text)
    assert ps.get("Rahman Datu") == ["hakim anggota"]
    assert ps.get("Hasna Pakaya") == ["Anggota DPRD Kabupaten Sigi"]
    assert ps.get("Rudi Lasimpo") == ["Anggota DPRD Kabupaten Sigi"]
