"""Position titles: head + portfolio + body/jurisdiction, acting markers, where the title stops."""
import pytest

from pipeline.extract.registry import get_nlp
from pipeline.nlp.state import mentions
from pipeline.extract import extract_text


def titles(text):
    return [m.text for m in mentions(get_nlp()(text), "title")]


@pytest.mark.parametrize("text,title", [
    ("Asisten II Bidang Perekonomian dan Pembangunan Sekretariat Daerah Kabupaten Sigi, Budi", 
     "Asisten II Bidang Perekonomian dan Pembangunan Sekretariat Daerah Kabupaten Sigi"),
    ("Plh. Kepala Dinas Perindustrian dan Perdagangan Provinsi Gorontalo, Rina", 
     "Plh. Kepala Dinas Perindustrian dan Perdagangan Provinsi Gorontalo"),
    ("Koordinator Staf Ahli Menteri Hukum dan HAM Dr. Rahmat", "Koordinator Staf Ahli Menteri Hukum dan HAM"),
    ("Camat Palu Barat Andi Lolo", "Camat Palu Barat"),
    ("Menkopolhukam Budi Gunawan", "Menkopolhukam"),
    ("Kadis Kesehatan Kaltim Hj Nur", "Kadis Kesehatan Kaltim"),
])
def test_title_extent(text, title):
    assert titles(text)[0] == title


def test_title_stops_before_name_without_comma():
    assert titles("Direktur Jenderal Perimbangan Keuangan Luky Alfirman hadir.")[0] == \
        "Direktur Jenderal Perimbangan Keuangan"


def test_acting_and_head_data():
    m = mentions(get_nlp()("Pj Sekda Sigi hadir."), "title")[0]
    assert m.data["acting"] == "Pj."
    assert m.data["head"] == "Sekretaris Daerah"


def test_regulation_is_not_a_position():
    assert titles("Sosialisasi Peraturan Bupati Sigi Nomor 5.") == []


def test_abbreviated_head_with_its_unit_takes_a_place_directly():
    assert titles("Danlanal Palu Kolonel Ridwan Hakim hadir.")[0] == "Danlanal Palu"


def test_list_of_portfolios_with_a_comma_before_dan():
    assert titles("Hadir Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Budi Hartono.")[0] == \
        "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi"


def test_unit_word_in_lowercase_inside_a_title():
    assert titles("Kepala kantor Kementerian Agama Kabupaten Sigi Drs Jamaluddin membuka acara.")[0] == \
        "Kepala kantor Kementerian Agama Kabupaten Sigi"


def test_a_police_rank_ends_the_title():
    facts = extract_text("Hadir pula Kasat Lantas AKP Rudi Kurniawan dalam rapat koordinasi.")
    assert [(p.name, [t.text for t in p.titles]) for p in facts.persons] == [("Rudi Kurniawan", ["Kasat Lantas"])]


@pytest.mark.parametrize("text, name, title", [
    ("BUPATI Sleman Kustini Sri Purnomo membuka acara itu.", "Kustini Sri Purnomo", "Bupati Sleman"),
    ("SEKRETARIS Daerah Provinsi Jambi, Sudirman, membuka rapat.", "Sudirman", "Sekretaris Daerah Provinsi Jambi"),
])
def test_a_head_written_in_capitals_at_the_start_of_a_release(text, name, title):
    persons = {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}
    assert persons == {name: [title]}


def test_a_hyphenated_kecamatan_closes_a_camat_title():
    persons = {p.name: [t.text for t in p.titles] for p in
               extract_text("Camat Lea-Lea Budi Santoso membuka musyawarah warga.").persons}
    assert persons == {"Budi Santoso": ["Camat Lea-Lea"]}


@pytest.mark.parametrize("text, name, title", [
    # a short form spelled out in brackets inside the title; the title is written without the brackets
    ("Hadir Dirjen Ilmate (Industri Logam, Mesin, Alat Transportasi dan Elektronika) Kementerian Perindustrian, "
     "Rofiek Alatas. Hadir pula perwakilan operator.", "Rofiek Alatas", "Dirjen Ilmate Kementerian Perindustrian"),
    ("Kepala Disdukcapil (Dinas Kependudukan dan Pencatatan Sipil) Kota Bekasi, Ahmad Rizal, hadir.",
     "Ahmad Rizal", "Kepala Disdukcapil Kota Bekasi"),
    # a numbered post's portfolio in brackets stays part of it
    ("Hadir pula Asisten II (Perekonomian dan Pembangunan) Setda Pemprov. Sultra, Sudarmo, dan lainnya.",
     "Sudarmo", "Asisten II (Perekonomian dan Pembangunan) Setda Pemprov. Sultra"),
    # a form of address written lowercase between the title and the name
    ("Pertemuan itu juga diikuti Ketua AJI Kota Kendari, ibu Nurul Hidayah bersama tamu lain.",
     "Nurul Hidayah", "Ketua AJI Kota Kendari"),
    # a jurisdiction closes the title: one name word after it, then prose
    ("Acara dihadiri Kepala Dinas Pendidikan Kota Kendari Syamsuddin dan tamu lain.",
     "Syamsuddin", "Kepala Dinas Pendidikan Kota Kendari"),
    ("Sementara itu, Hakim Konstitusi Basri Usman menjelaskan kepada para pihak.", "Basri Usman", "Hakim Konstitusi"),
])
def test_title_shapes_of_real_releases(text, name, title):
    persons = {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}
    assert persons.get(name) == [title]


@pytest.mark.parametrize("text, name", [
    ("Sekjen KPU RI Yusuf Rahmat Hidayat menyampaikan hal itu.", "Yusuf Rahmat Hidayat"),
    ("Hal itu kata Moh. Baharuddin Amin kabag. Materi dan Komunikasi Pimpinan.", "Moh. Baharuddin Amin"),
])
def test_a_word_that_opens_only_longer_heads_can_end_a_name(text, name):
    assert name in [p.name for p in extract_text(text).persons]


def test_a_prefix_before_another_head_is_no_name():
    text = "Pertemuan itu diikuti Kepala BPOM, Menteri Koperasi, Wakil Panglima TNI, Wakil Menteri Pertanian."
    assert "Wakil" not in [p.name for p in extract_text(text).persons]


@pytest.mark.parametrize("text, name, title", [
    # a village the register knows closes a village head's title, past a region of a shorter name
    ("Kepala Desa Sungai Raya Dalam Dewi Lestari mengatakan pihaknya terus berupaya.", "Dewi Lestari",
     "Kepala Desa Sungai Raya Dalam"),
    # a village name is not corrected into a region's ("Pasiraman" is no misspelt "Pasaman")
    ("Kepala Desa Pasiraman Lor, Dewi Lestari, mengatakan pihaknya terus berupaya.", "Dewi Lestari",
     "Kepala Desa Pasiraman Lor"),
    # a portfolio word outside the vocabulary, then the body's words and its acronym
    ("Deputi Bidang Neraca Statistik BPS, Siti Aminah, mengatakan pihaknya terus berupaya.", "Siti Aminah",
     "Deputi Bidang Neraca Statistik BPS"),
    ("Prakirawan BMKG Stasiun Meteorologi Kualanamu, Siti Aminah, mengatakan hal itu.", "Siti Aminah",
     "Prakirawan BMKG Stasiun Meteorologi Kualanamu"),
])
def test_title_shapes_of_regional_releases(text, name, title):
    persons = {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}
    assert persons.get(name) == [title]


@pytest.mark.parametrize("text, name, title", [
    ("Kabid Penegakan Perda Satpol PP Kabupaten Purworejo, Yusuf Harahap, mengatakan hal itu.", "Yusuf Harahap",
     "Kabid Penegakan Perda Satpol PP Kabupaten Purworejo"),
    ("Kegiatan dibuka oleh Dewi Lestari selaku Pejabat Pembuat Komitmen pada Senin pagi.", "Dewi Lestari",
     "Pejabat Pembuat Komitmen"),
    ("Konsultan Pengawas, Andi Saputra, mengatakan pihaknya terus berupaya.", "Andi Saputra", "Konsultan Pengawas"),
    # the holder's name written straight after the body's name, then the clause goes on
    ("Dalam kesempatan itu, Rektor Universitas Mulawarman Siti Aminah mengatakan pihaknya terus berupaya.",
     "Siti Aminah", "Rektor Universitas Mulawarman"),
    ("Rektor Universitas Sultan Ageng Tirtayasa Budi Santoso hadir.", "Budi Santoso",
     "Rektor Universitas Sultan Ageng Tirtayasa"),
    # "Kota" before a word no kota is called is not a city: here it ends a kecamatan's name
    ("Dalam kesempatan itu, Kepala Puskesmas Ampana Kota Muhammad Ridwan mengatakan pihaknya.",
     "Muhammad Ridwan", "Kepala Puskesmas Ampana Kota"),
])
def test_posts_and_bodies_before_their_holders(text, name, title):
    persons = {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}
    assert persons.get(name) == [title]


def test_a_body_named_after_a_person_keeps_its_name_without_a_post_before_it():
    orgs = [o.name for o in extract_text("Mahasiswa Universitas Sultan Ageng Tirtayasa mengikuti kegiatan.").organizations]
    assert orgs == ["Universitas Sultan Ageng Tirtayasa"]


@pytest.mark.parametrize("text, name, title", [
    ("Hadir mewakili Kapolres Banggai, Kabag Ops Kompol Budi Santoso.", "Budi Santoso", "Kabag Ops"),
    ("Pasiter Kodim 0833/Kota Malang Kapten Inf Budi Santoso hadir.", "Budi Santoso", "Pasiter Kodim 0833/Kota Malang"),
])
def test_police_and_military_section_posts(text, name, title):
    persons = {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}
    assert persons == {name: [title]}


@pytest.mark.parametrize("text, name, title", [
    ("Danrem 083/Baladhika Jaya Kolonel Inf Budi Santoso hadir.", "Budi Santoso", "Danrem 083/Baladhika Jaya"),
    ("Kasdim 0833/Kota Malang Mayor Inf Budi Santoso hadir.", "Budi Santoso", "Kasdim 0833/Kota Malang"),
    ("Kalaksa BPBD Purworejo Budi Santoso mengatakan hal itu.", "Budi Santoso", "Kalaksa BPBD Purworejo"),
    ("Dirjen Dikti Budi Santoso mengatakan hal itu.", "Budi Santoso", "Dirjen Dikti"),
    # "Ka" before a dinas's short name
    ("Kadiskominfotik Donggala Budi Santoso mengatakan hal itu.", "Budi Santoso", "Kadiskominfotik Donggala"),
    ("Kadinkes Wajo Budi Santoso mengatakan hal itu.", "Budi Santoso", "Kadinkes Wajo"),
    # a one-word village of the register before a name
    ("Kepala Desa Tagolu Budi Santoso mengatakan hal itu.", "Budi Santoso", "Kepala Desa Tagolu"),
    ("Kepala Desa Budi Santoso mengatakan hal itu.", "Budi Santoso", "Kepala Desa"),
    # a village of the register whose later word opens a name ("Lebak Budi") does not take the name's word
    ("Bupati Lebak Budi Santoso membuka acara itu bersama warga.", "Budi Santoso", "Bupati Lebak"),
    # a portfolio word that is also a region word, then the region the dinas serves, then the honorifics
    ("Hadir Kadis Pemberdayaan Masyarakat dan Desa Prov. Jambi Drs. H. Rudi Hartono, M.Si., dan lainnya.",
     "Rudi Hartono", "Kadis Pemberdayaan Masyarakat dan Desa Prov. Jambi"),
    # a title never ends on "dan"
    ("Menurut Kabid Sosial dan Rudi Hartono, hal itu penting.", "Rudi Hartono", "Kabid Sosial"),
    # the post's bracketed short form before the country it is accredited to
    ("Menteri menerima Duta Besar Republik Indonesia (Dubes RI) untuk Kerajaan Belanda, Rudi Hartono, di kantor.",
     "Rudi Hartono", "Duta Besar Republik Indonesia untuk Kerajaan Belanda"),
    # a title written inside a longer one is not a second post
    ("Ketua Tim Seleksi (Timsel) Calon Anggota KIP Jambi Rudi Hartono menjelaskan hal itu.",
     "Rudi Hartono", "Ketua Tim Seleksi Calon Anggota KIP Jambi"),
    ("Karo Ops Polda Jambi Kombes Pol Rudi Hartono hadir.", "Rudi Hartono", "Karo Ops Polda Jambi"),
    # a quote's speech verb, capitalized, opens no name
    ('"Kami siap," Ungkap Rina Wati Kepala Sekolah SMAN 9.', "Rina Wati", "Kepala Sekolah SMAN 9"),
    # the holder's honorifics end the post written before them
    ("Hadir Ketua Panitia Perancang Undang-Undang Ibu Dr. Rina Wati Sitepu, SE., dan tim.",
     "Rina Wati Sitepu", "Ketua Panitia Perancang Undang-Undang"),
    # a rank right after the words read as a name: they were the post's unit, the holder follows the rank
    ("Dandim diwakili Babinsa Tanjung Medang Serda Irwansyah, dan warga.", "Irwansyah", "Babinsa Tanjung Medang"),
    # an academic prefix of the honorifics ("Dra. Ec.") is no name
    ("Hadir Ibu Dra. Ec. Rina Wati, M.Si selaku Kepala Dinas Kominfo Kota Malang.",
     "Rina Wati", "Kepala Dinas Kominfo Kota Malang"),
    # an initial after an agency's short name opens the holder's name, it is no seat of the agency
    ("Secara khusus, Kadis Kominfo M. Rudi Hartono mengucapkan selamat.", "M. Rudi Hartono", "Kadis Kominfo"),
    # a time phrase before the copula that names the holder
    ("Adapun Komandan Upacara (Danup) hari ini adalah Mayor Inf. Rudi Hartono, S.E., dari Kodim.",
     "Rudi Hartono", "Komandan Upacara"),
    # a whole post written in lowercase, then a comma and an addressed name
    ("Kegiatan dibuka oleh sekretaris daerah, Dr. Hj. Rina Wati, SE., di aula.", "Rina Wati", "Sekretaris Daerah"),
    # a unit's member written in lowercase, then a rank and the name
    ("Hari itu anggota Polsek Loura Brigpol Rudi Hartono menyambangi warga.", "Rudi Hartono", "anggota Polsek Loura"),
])
def test_more_regional_posts(text, name, title):
    persons = {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}
    assert persons == {name: [title]}


@pytest.mark.parametrize("text,names", [
    ("Piala itu diserahkan di Lapangan Bhakti, Presiden meninjau barisan.", []),  # a venue before a title
    ("Seminar berlangsung di Gedung A.H. Nasution, Bandung.", []),  # a building named after a person
    ("Juara I diraih Slog TNI, Juara II Pusku TNI.", []),  # a winner's rank before a unit
    ("Hadir pula Rudi Hartono Ayahanda Rina mengawal sang juara.", ["Rudi Hartono"]),  # a kin word is no name
    ("Direktur Penataan Spektrum Frekuensi Radio, Orbit Satelit, dan Standardisasi hadir.", []),  # unit words
    # a province's short name ends no name: a misspelt unit of the province
    ("Kepala Dinas Komimfo Jateng turun ke lapangan memantau apel.", []),
    ("Kepala Dinas Komimfo Prov. Jateng berharap kinerja meningkat.", []),
    # an event's words in capitals name what happened, not who
    ("Rombongan disambut di aula dalam acara Ramah Tamah. Hadir pada RAMAH TAMAH itu; Kapolda dan Danrem.", []),
])
def test_no_person_in_venues_rankings_kin_or_unit_words(text, names):
    assert [p.name for p in extract_text(text).persons] == names


def test_a_former_post_after_a_name_and_its_cue_is_the_persons_with_a_former_status():
    person = extract_text("Hal itu penting, ujar Rudi Hartono, yang merupakan mantan Asisten III Setda Pemkot Kendari.").persons[0]
    assert (person.name, [t.text for t in person.titles]) == ("Rudi Hartono", ["mantan Asisten III Setda Pemkot Kendari"])
    assert person.titles[0].status == "former"


def test_a_name_the_model_reads_inside_the_gap_is_no_unit_of_the_title():
    # the model may miss the first word of a rare name; the next person after "dan ..., " is still not the holder
    text = ("Hadir juga, Staf Khusus Menteri Pertahanan Bidang Komunikasi Sosial dan Publik, Eusebius Antonius "
            "Doddy Prasetya Wibisono dan Chef Rakyat Indonesia, Ujang Setiadi.")
    persons = {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}
    assert persons["Eusebius Antonius Doddy Prasetya Wibisono"] == [
        "Staf Khusus Menteri Pertahanan Bidang Komunikasi Sosial dan Publik"]
    assert persons["Ujang Setiadi"] == []


def test_a_long_bracketed_post_abbreviation_keeps_the_post_before_an_honorific():
    facts = extract_text("Judul\nKepala Pusat Rehabilitasi Kesehatan (Kapusrehabkeshan) Kemhan, dr. Daniel Wartono "
                         "membuka rapat koordinasi.")
    assert {p.name: [t.text for t in p.titles] for p in facts.persons} == {
        "Daniel Wartono": ["Kepala Pusat Rehabilitasi Kesehatan Kemhan"]}


@pytest.mark.parametrize("text,title", [
    ("Kepala Dinas Koperasi/UKM Kota Palu Ahmad Riyadi hadir.", "Kepala Dinas Koperasi/UKM Kota Palu"),
    ("Menteri PPN/Bappenas Dr. Ir. H. Rudi Wibisono memberi sambutan.", "Menteri PPN/Bappenas"),
])
def test_slash_between_portfolio_words_continues_the_tail(text, title):
    assert titles(text)[0] == title


def test_slash_before_a_head_is_a_second_post():
    assert titles("Menteri PPN/Kepala Bappenas Rudi Wibisono hadir.")[:2] == ["Menteri PPN", "Kepala Bappenas"]


@pytest.mark.parametrize("text,title", [
    ("Panglima Kodam XX/Tanjung Harapan Mayjen TNI Rudi Hartono hadir.", "Panglima Kodam XX/Tanjung Harapan"),
    ("Panglima Komando Armada II Laksda TNI Budi Santosa hadir.", "Panglima Komando Armada II"),
    ("Panglima TNI Jenderal TNI Arif Setiawan hadir.", "Panglima TNI"),
])
def test_panglima_heads_the_command_it_names(text, title):
    assert titles(text)[0] == title


def test_armed_forces_words_stay_in_the_title():
    assert titles("Panglima Angkatan Bersenjata Malaysia Laksamana Ahmad Rizal hadir.")[0] == \
        "Panglima Angkatan Bersenjata Malaysia"


def test_head_of_a_regional_intelligence_office_takes_its_province():
    assert titles("Kabinda Sulteng Brigjen TNI Ahmad Fauzan hadir.")[0] == "Kabinda Sulteng"


@pytest.mark.parametrize("text,title", [
    ("Presiden Bank Dunia Hiroshi Tanaka hadir.", "Presiden Bank Dunia"),
    ("Presiden AIIB Li Wenhua hadir.", "Presiden AIIB"),
    ("Presiden Brasil Carlos Mendes hadir.", "Presiden Brasil"),
    ("Presiden Joko Santoso hadir.", "Presiden"),
])
def test_president_takes_the_state_or_body_after_it(text, title):
    assert titles(text)[0] == title


def test_an_embassy_function_is_a_portfolio():
    assert titles("Hadir Koordinator Fungsi Protokol dan Konsuler, Rudi Salim, di KBRI.")[0] == \
        "Koordinator Fungsi Protokol dan Konsuler"


@pytest.mark.parametrize("text,title", [
    ("Turut hadir Kabaloghan Marsdya TNI Joko Prasetyo di lokasi.", "Kabaloghan"),
    ("Kabapenda Donggala Andi Rasyid menjelaskan target pajak.", "Kabapenda Donggala"),
])
def test_ka_before_a_body_short_name_is_its_head(text, title):
    assert titles(text)[0] == title


@pytest.mark.parametrize("text,title", [
    ("Hadir pula Kasubag. Keuangan Setda Minahasa Rudi Palit di aula.", "Kasubag. Keuangan Setda Minahasa"),
    ("Materi dibawakan Kabid. Pemasaran Dinas Pariwisata, Lina Rumengan.", "Kabid. Pemasaran Dinas Pariwisata"),
    ("Laporan dibacakan oleh Kabag. Setelah itu acara ditutup.", "Kabag"),
])
def test_short_head_written_with_a_dot_takes_its_unit(text, title):
    assert titles(text)[0] == title


@pytest.mark.parametrize("text,title", [
    ("Kunjungan diterima Menteri Perdagangan Vietnam Tran Minh Khoa di Hanoi.", "Menteri Perdagangan Vietnam"),
    ("Hadir pula Menteri Kesehatan II Singapura Tan Wei Ling.", "Menteri Kesehatan II Singapura"),
])
def test_a_foreign_post_takes_its_ordinal_and_state(text, title):
    assert titles(text)[0] == title


def test_short_form_of_a_national_post_with_ri_is_the_same_title():
    from tests.extract.readers import titles_by_person
    text = ("Jakarta – Menteri Pertahanan Republik Indonesia Hendra Wiratama meninjau latihan gabungan, Kamis "
            "(9/10/2025). Menhan RI Hendra Wiratama mengatakan latihan itu penting.")
    assert titles_by_person(text)["Hendra Wiratama"] == ["Menteri Pertahanan Republik Indonesia"]


def test_newsroom_posts_are_titles_but_credit_labels_stay_untitled():
    from tests.extract.readers import titles_by_person
    text = ("Pemimpin Redaksi Harian Kabar Baru, Joko Santoso, hadir dalam acara itu bersama Redaktur Pelaksana "
            "Harian Kabar Baru, Sinta Wirapradana.\nPenulis: Andi Saputra\nRedaktur: Dewi Lestari")
    titles = titles_by_person(text)
    assert titles["Joko Santoso"] == ["Pemimpin Redaksi Harian Kabar Baru"]
    assert titles["Sinta Wirapradana"] == ["Redaktur Pelaksana Harian Kabar Baru"]
    assert titles["Dewi Lestari"] == []


@pytest.mark.parametrize("text, holder, title", [
    ("Manager PLN UP3 Donggala, Herman Lamba, mengatakan hal itu.", "Herman Lamba", "Manager PLN UP3 Donggala"),
    ("Branch Manager Bank Mandiri Ternate, Rizal Umasugi, hadir.", "Rizal Umasugi", "Branch Manager Bank Mandiri Ternate"),
    ("Pemimpin Cabang Bank Sulselbar Pinrang, Andi Tenri, hadir.", "Andi Tenri", "Pemimpin Cabang Bank Sulselbar Pinrang"),
    ("Pemimpin Divisi Umum Bank NTT, Johanis Latuheru, hadir.", "Johanis Latuheru", "Pemimpin Divisi Umum Bank NTT"),
    ("Pemimpin Kantor Cabang Bank Sulteng Poso, Rudi Lamadi, hadir.", "Rudi Lamadi",
     "Pemimpin Kantor Cabang Bank Sulteng Poso"),
])
def test_company_managers_posts(text, holder, title):
    persons = {p.name: [t.text for t in p.titles] for p in extract_text(text, published="2025-03-01").persons}
    assert persons.get(holder) == [title]
