"""The main event's place is the most specific unit the release gives for it, on sentences written for the tests."""
import pipeline.extract  # noqa: F401  (registers the components)
from pipeline.extract import extract_text


def test_a_site_named_bare_at_the_event_takes_the_address_written_with_it_elsewhere():
    title = "Warga Diminta Jaga Kebersihan Saluran"
    text = (f"{title}\n\nTEMBALANG – Wali Kota Semarang mengingatkan warga agar tidak membuang sampah ke saluran.\n"
            "Imbauan itu disampaikan saat ikut membersihkan saluran bersama warga di Jalan Mulawarman Km 2, "
            "Kelurahan Bulusan, Kecamatan Tembalang, Sabtu (4/5/2024).\n"
            "Usai mengikuti kerja bakti di Jalan Mulawarman Km 2, rombongan meninjau pasar.")
    assert extract_text(text, title=title).main_event.place == "Kelurahan Bulusan"


def test_the_headlines_unit_inside_the_datelines_region_is_the_place():
    title = "Wali Kota Semarang Resmikan Gedung Baru Kelurahan Bulusan"
    text = (f"{title}\n\nSEMARANG – Wali Kota Semarang meminta lurah memberi pelayanan terbaik.\n"
            "Hal itu disampaikan saat meresmikan gedung baru kantor kelurahan tersebut, Sabtu (4/5/2024).\n"
            "Gedung itu memiliki dua lantai.")
    assert extract_text(text, title=title).main_event.place == "Kelurahan Bulusan"
