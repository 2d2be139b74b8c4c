"""Releases pasted from a PDF wrap their lines: a break inside a sentence joins a post and its holder."""
from pipeline.extract import extract_text
from pipeline.normalize.text import unwrap_lines
from tests.extract.readers import titles_by_person as persons

WRAPPED = ("Festival Teluk Lalong Resmi Dibuka\n"
           "Luwuk – Festival Teluk Lalong tahun ini resmi dibuka oleh Bupati Banggai\n"
           "Amirudin Tamoreka di Luwuk, Senin (3/2/2025). Menurut Kepala Badan Perencanaan Pembangunan Daerah\n"
           "(Bappeda) Kabupaten Banggai, Ramli Tongko, festival ini menarik wisatawan. Kepala Dinas Kesehatan "
           "Kabupaten Polewali\nMandar, Hasan Basri, juga hadir dalam acara itu bersama rombongan.")


def test_a_post_wrapped_before_its_holder_or_inside_its_region_keeps_the_holder():
    got = persons(WRAPPED)
    assert got.get("Amirudin Tamoreka") == ["Bupati Banggai"]
    assert got.get("Ramli Tongko") == ["Kepala Badan Perencanaan Pembangunan Daerah Kabupaten Banggai"]
    assert got.get("Hasan Basri") == ["Kepala Dinas Kesehatan Kabupaten Polewali Mandar"]


def test_headlines_datelines_lists_and_signatures_stay_on_their_lines():
    text = ("Siaran Pers\nPemkab Sigi gelar rapat koordinasi penanganan stunting di kantor bupati\n"
            "Sigi, 3 Februari 2025\nBupati Sigi membuka rapat.\n1. Kabupaten Sigi\n2. Kabupaten Poso\n"
            "Kepala Biro Komunikasi dan Hubungan Masyarakat Sekretariat Daerah Provinsi\nSulawesi Tengah")
    assert unwrap_lines(text) == text
    assert len(unwrap_lines(WRAPPED)) == len(WRAPPED)
    assert extract_text(WRAPPED).persons  # offsets stay offsets into the text as given


def test_a_field_label_or_a_numbered_holder_ends_the_line_before_it():
    text = ("Laporan Kegiatan Sosialisasi\n\nNarasumber :\n"
            "1. Kepala Dinas Sosial Kabupaten Sigi, Hasanuddin Lasigi\n"
            "2. Kepala Seksi Pencegahan BNN Kabupaten Sigi, Marlina Tandipau\n"
            "Peserta : 150 orang siswa SMA Negeri 1 Biromaru\n"
            "Tempat : Aula Kantor Camat Sigi Biromaru")
    assert unwrap_lines(text) == text
    listed = ("Rapat dibuka pukul 09.00 WITA di aula kantor camat. Hadir dalam rapat tersebut antara lain:\n"
              "2. Kepala Seksi Pencegahan BNN Kabupaten Sigi, Marlina Tandipau\nKegiatan ditutup siang harinya.")
    assert unwrap_lines(listed) == listed
    assert persons(text).get("Marlina Tandipau") == ["Kepala Seksi Pencegahan BNN Kabupaten Sigi"]
