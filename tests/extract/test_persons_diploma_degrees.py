"""Diploma degrees (Ahli Madya: A.Md.Kep., AMT, AMF) after a name are degrees, so a role after them still finds the
holder ("Budi, AMT, MM selaku Kepala Dinas X")."""
from pipeline.extract import extract_text


def persons(text):
    return {p.name: ([t.text for t in p.titles], p.degrees) for p in extract_text(text).persons}


def test_role_after_a_diploma_degree_and_a_master_degree():
    text = ("Pelatihan Digital Dibuka\n"
            "Pelatihan dihadiri oleh Bapak Andi Wibisono, AMT, MM selaku Kepala Dinas Perhubungan Kota Malang.")
    titles, degrees = persons(text).get("Andi Wibisono", ([], []))
    assert titles == ["Kepala Dinas Perhubungan Kota Malang"]
    assert len(degrees) == 2


def test_nursing_diploma_is_a_degree_not_part_of_the_name():
    text = ("Posyandu Balita Dibuka\n"
            "Kegiatan dipandu oleh Siti Rahmawati, A.Md.Kep. selaku Koordinator Posyandu Desa Sukamaju.")
    titles, degrees = persons(text).get("Siti Rahmawati", ([], []))
    assert titles == ["Koordinator Posyandu Desa Sukamaju"]


def test_the_h_of_a_law_degree_ending_a_sentence_opens_no_name():
    text = ("Apel Gabungan di Biak\n"
            "Apel dipimpin Bupati Biak Numfor, Markus Rumbiak, S.H., M.M. Turut hadir Wakil Bupati Biak Numfor, "
            "Yakob Mandowen.")
    assert set(persons(text)) == {"Markus Rumbiak", "Yakob Mandowen"}


def test_health_degrees_before_the_post_of_a_speaker():
    text = ("Workshop Surveilans Digelar\n"
            "Workshop menghadirkan narasumber dr. Anita Sumolang, MPH, Ketua Tim Kerja Surveilans Dinas Kesehatan "
            "Kota Palu, dan dr. Nyoman Sudarsa, Sp.KJ, Kepala Instalasi Rawat Jalan RSUD Undata.")
    found = persons(text)
    assert found["Anita Sumolang"][0] == ["Ketua Tim Kerja Surveilans Dinas Kesehatan Kota Palu"]
    assert found["Nyoman Sudarsa"][0] == ["Kepala Instalasi Rawat Jalan RSUD Undata"]
