"""Non-governmental and religious bodies named by their heads: an NGO ("LSM X", "Lembaga Swadaya Masyarakat X") and
a Catholic diocese ("Keuskupan X")."""
import pytest

from pipeline.extract import extract_text


def orgs(text):
    return [(o.name, o.kind) for o in extract_text(text).organizations]


@pytest.mark.parametrize("text, org", [
    ("Lembaga Swadaya Masyarakat (LSM) Karya Bersama menggelar pelatihan pada Senin.",
     ("Lembaga Swadaya Masyarakat Karya Bersama", "association")),
    ("Ketua LSM Bumi Hijau, Rudi Hartono, hadir dalam rapat itu.", ("LSM Bumi Hijau", "association")),
    ("Uskup Keuskupan Maumere memimpin misa pada Minggu.", ("Keuskupan Maumere", "association")),
    ("Keuskupan Agung Kupang menggelar pertemuan pastoral.", ("Keuskupan Agung Kupang", "association")),
])
def test_named_civil_and_religious_bodies(text, org):
    assert org in orgs(text)


def test_the_bare_word_names_no_body():
    assert orgs("Pemerintah mengajak LSM dan ormas terlibat, dan beberapa LSM lokal hadir.") == []


def test_teachers_forums_are_associations_not_schools():
    f = extract_text("Judul\nMusyawarah Guru Mata Pelajaran (MGMP) Matematika SMA Kabupaten Sigi menggelar workshop "
                     "kurikulum di Kota Palu, Senin (3/3/2025).", published="2025-03-01")
    assert f.main_event.organizer == "Musyawarah Guru Mata Pelajaran Matematika SMA Kabupaten Sigi"
    found = orgs("Judul\nMKKS SMP Kabupaten Sigi menggelar rapat kerja di Kota Palu.")
    assert ("MKKS SMP Kabupaten Sigi", "association") in found


def test_legal_aid_institutes_and_the_papuan_people_s_council_have_their_kinds():
    kinds = {o.name: o.kind for o in extract_text(
        "Penyuluhan Hukum\nLembaga Bantuan Hukum (LBH) Sulawesi Tengah dan Majelis Rakyat Papua (MRP) hadir di "
        "Palu.").organizations}
    assert kinds.get("Lembaga Bantuan Hukum Sulawesi Tengah") == "association"
    assert kinds.get("Majelis Rakyat Papua") == "government"


def test_a_mosques_congregation_bodies_and_quran_schools_are_named_bodies():
    got = extract_text("DONGGALA - Penyuluh agama memberikan pembinaan kepada anggota Majelis Taklim Nurul Iman di "
                       "Kelurahan Kabonga Besar, Rabu (12/3/2025). Ketua Dewan Kemakmuran Masjid (DKM) Agung Syuhada, "
                       "H. Sulaiman Rachim, memberikan sambutan.")
    assert {(o.name, o.kind) for o in got.organizations} == {
        ("Majelis Taklim Nurul Iman", "association"), ("Dewan Kemakmuran Masjid Agung Syuhada", "association")}
    assert {p.name: [t.text for t in p.titles] for p in got.persons} == {
        "Sulaiman Rachim": ["Ketua Dewan Kemakmuran Masjid Agung Syuhada"]}
