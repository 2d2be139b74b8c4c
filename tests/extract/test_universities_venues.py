"""Where a scholarship holder goes to study ("untuk kuliah di Universitas X", "melanjutkan studi di") is no venue."""
from pipeline.extract import extract_text


def test_campus_of_study_is_no_venue():
    text = ("Sosialisasi beasiswa digelar di Aula Kantor Bupati Mimika, Senin (3/6/2024). Penerima akan melanjutkan "
            "studi di Universitas Pattimura, sebagian lagi untuk kuliah di Universitas Khairun.")
    assert [v.name for v in extract_text(text).venues] == ["Aula Kantor Bupati Mimika"]
