from pipeline.extract import extract_text


def test_aliansi_opens_a_bodys_name():
    facts = extract_text("Judul berita\nKegiatan itu digelar Dinas Lingkungan Hidup bersama Aliansi Pemuda Peduli "
                         "Lingkungan di Kota Kendari.")
    assert "Aliansi Pemuda Peduli Lingkungan" in [o.name for o in facts.organizations]
