"""A post written before "selaku/sekaligus" and a second post, with no name of its own, is held by the second
post's holder too; a first post that has its holder keeps it."""
from tests.extract.readers import titles_by_person as persons


def test_regional_secretary_acting_as_task_force_chair():
    text = ("Penataan Alun-alun Rampung\n"
            "Sementara itu, Sekretaris Daerah Kota Malang selaku Ketua Satgas Pangan, Budi Hartono mengatakan "
            "penataan berjalan baik.")
    assert persons(text).get("Budi Hartono") == ["Sekretaris Daerah Kota Malang", "Ketua Satgas Pangan"]


def test_daily_chair_acting_as_chair_with_honorifics_and_degrees():
    text = ("Pengukuhan Pengurus Dekranasda\n"
            "Pelantikan dipimpin Ketua Harian Dekranasda Jambi selaku Pelaksana Harian (Plh.) Ketua "
            "Dekranasda Jambi, Dr. Hj. Sri Wulandari, SE., M.Si., dan dihadiri Wali Kota.")
    assert persons(text).get("Sri Wulandari") == ["Ketua Harian Dekranasda Jambi", "Plh. Ketua Dekranasda Jambi"]


def test_first_post_with_its_own_holder_is_not_stacked():
    text = ("Rapat Satgas Digelar\n"
            "Bupati Sleman Joko Santoso selaku Ketua Satgas Covid-19 memimpin rapat, didampingi Kepala Dinas "
            "Kesehatan Kabupaten Sleman Rina Wati.")
    ps = persons(text)
    assert ps.get("Rina Wati") == ["Kepala Dinas Kesehatan Kabupaten Sleman"]
    assert "Bupati Sleman" in ps.get("Joko Santoso", [])


def test_a_post_then_a_spouse_phrase_then_the_holder():
    text = "Acara dibuka Ketua TP PKK Kabupaten Sigi yang juga istri Bupati Sigi, Ny. Sarifah Lamarauna."
    assert persons(text).get("Sarifah Lamarauna") == ["Ketua TP PKK Kabupaten Sigi"]
    text = ("Hadir pula Ketua Dharma Wanita Persatuan Kabupaten Buol yang merupakan istri Sekda Buol, Hj. Nurlela "
            "Datu.")
    assert persons(text).get("Nurlela Datu") == ["Ketua Dharma Wanita Persatuan Kabupaten Buol"]
