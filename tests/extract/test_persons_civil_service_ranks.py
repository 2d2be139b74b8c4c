"""Persons: a civil servant's rank (pangkat, golongan) is no post, and a post written after it is the holder's."""
from pipeline.extract import extract_text


def titles(text):
    return {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}


def test_a_rank_with_its_group_between_the_name_and_the_post_installed_in():
    ps = titles("Bupati Banggai, Rusli Mandaka, melantik Drs. Stefanus Kolibu, M.Si, Pembina Utama Muda (IV/c), "
                "sebagai Kepala Dinas Perikanan; dan Hamzah Labasi, S.Sos, Pembina (IV/a), sebagai Kepala Dinas Sosial.")
    assert ps["Stefanus Kolibu"] == ["Kepala Dinas Perikanan"]
    assert ps["Hamzah Labasi"] == ["Kepala Dinas Sosial"]


def test_a_rank_named_with_pangkat_and_golongan_ruang():
    ps = titles("Di antara yang dilantik, Yeremias Ndolu, S.Kom, dengan pangkat Penata Tingkat I, golongan ruang III/d, "
                "sebagai Kepala Seksi Aplikasi pada Dinas Kominfo Kabupaten Sikka.")
    assert ps["Yeremias Ndolu"] == ["Kepala Seksi Aplikasi pada Dinas Kominfo Kabupaten Sikka"]


def test_the_patron_of_a_foundation_stays_a_post():
    ps = titles("Hadir Pembina Yayasan Harapan Timur, Yosua Manuputty, dalam acara itu.")
    assert ps["Yosua Manuputty"] == ["Pembina Yayasan Harapan Timur"]


def test_a_short_body_no_table_knows_after_a_bare_head_then_an_honorific_holder():
    ps = titles("Ketua Pansel, Prof. H. Arifin Daeng Sewang, S.H., M.H., menyampaikan hasil seleksi. Anggota Pansel, "
                "Dr. Nurlina Pabeta, menambahkan bahwa tiga nama diusulkan kepada Bupati Takalar.")
    assert ps["Arifin Daeng Sewang"] == ["Ketua Pansel"]
    assert ps["Nurlina Pabeta"] == ["Anggota Pansel"]


def test_the_units_of_a_personnel_agency_are_named_for_personnel_matters():
    ps = titles("Kepala Bidang Mutasi dan Promosi BKPSDM Soppeng, Rahmawati Lamba, S.E., menjelaskan jadwalnya. "
                "Hadir pula Kepala Bidang Penilaian Kinerja dan Disiplin BKPSDM Soppeng, Yusuf Daeng Ngalle.")
    assert ps["Rahmawati Lamba"] == ["Kepala Bidang Mutasi dan Promosi BKPSDM Soppeng"]
    assert ps["Yusuf Daeng Ngalle"] == ["Kepala Bidang Penilaian Kinerja dan Disiplin BKPSDM Soppeng"]
    orgs = [o.name for o in extract_text("Kepala Bidang Penilaian Kinerja dan Disiplin BKPSDM Soppeng, Yusuf Daeng "
                                         "Ngalle, hadir.").organizations]
    assert "Bidang Penilaian" not in orgs


def test_a_rank_in_brackets_before_selaku_ends_the_name():
    ps = titles("Yakobus Naben, S.Sos (Penata Tingkat I, III/d) selaku Kepala Bagian Umum Setda Kabupaten Kupang, "
                "membuka kegiatan itu.")
    assert ps["Yakobus Naben"] == ["Kepala Bagian Umum Setda Kabupaten Kupang"]
