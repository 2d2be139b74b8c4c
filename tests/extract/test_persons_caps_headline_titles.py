"""A post written in a capitals headline and again in running text is one title of its holder."""
from pipeline.extract import extract_text


def test_a_post_in_a_caps_headline_and_in_the_body_is_one_title():
    f = extract_text("BUPATI SIGI MOH. RIZAL INTJENAE BUKA MUSRENBANG KECAMATAN DOLO\n\n"
                     "Sigi – Bupati Sigi Moh. Rizal Intjenae membuka Musrenbang Kecamatan Dolo, Senin (10/3/2025). "
                     "Camat Dolo, Andi Tenri, melaporkan usulan warga.\n", published="2025-03-10")
    titles = {p.name: [t.text for t in p.titles] for p in f.persons}
    assert titles["Moh. Rizal Intjenae"] == ["Bupati Sigi"]
