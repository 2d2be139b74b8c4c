"""Arts and sports groups of culture and tourism releases: a sanggar is a named association (a contest's winner
"Juara II diraih Sanggar Seni X" is no person), and a sanggar kegiatan belajar (SKB) a school of its region."""
from pipeline.extract import extract_text


def test_a_sanggar_winning_a_contest_is_an_association_not_a_person():
    f = extract_text("Juara I lomba tari kreasi diraih Sanggar Seni Lembah Palu, Juara II Sanggar Tari Mosikola "
                     "dan Juara III Komunitas Seni Rorano.", published="2025-03-01")
    kinds = {o.name: o.kind for o in f.organizations}
    assert kinds.get("Sanggar Seni Lembah Palu") == "association"
    assert kinds.get("Sanggar Tari Mosikola") == "association"
    assert not any(p.name.startswith("Sanggar") or p.name == "Lembah Palu" for p in f.persons)


def test_a_sanggar_kegiatan_belajar_is_a_school_of_its_region():
    kinds = {o.name: o.kind for o in extract_text(
        "Kepala Sanggar Kegiatan Belajar Kabupaten Bone, Andi Sumarni, membuka kelas paket C.").organizations}
    assert kinds.get("Sanggar Kegiatan Belajar Kabupaten Bone") == "education"
