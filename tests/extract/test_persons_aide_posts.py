"""An aide's post (Staf Ahli, Asisten) written with its principal's region keeps its field ("Bidang ...") after the
region, and its post is the principal's government's, told apart from the other aides by number or field."""
from pipeline.extract.run import extract_text


def _titles(text):
    return {p["name"]: p["title_details"] for p in extract_text(text, published="2025-03-01").to_json()["persons"]}


def test_field_after_the_principals_region_stays_in_the_post():
    text = ("Staf Ahli Buka Lomba\n"
            "POSO - Staf Ahli Bupati Poso Bidang Kemasyarakatan dan Sumber Daya Manusia, Hasbullah Lamarauna, "
            "membuka lomba cerdas cermat, Selasa.")
    t = _titles(text)["Hasbullah Lamarauna"][0]
    assert t["text"] == "Staf Ahli Bupati Poso Bidang Kemasyarakatan dan Sumber Daya Manusia"
    assert (t["organization"], t["post_key"]) == (
        "Pemerintah Kabupaten Poso",
        "staf ahli bupati bidang kemasyarakatan dan sumber daya manusia|pemerintah kabupaten poso|72.02")


def test_two_assistants_of_one_secretariat_have_two_posts():
    text = ("Rakor Inflasi\n"
            "MAMUJU - Rapat dibuka Asisten II Setda Kabupaten Mamuju, Yakub Patiung, dan dihadiri Asisten "
            "Administrasi Umum Setda Kabupaten Mamuju, Hamzah Tandi.")
    ts = _titles(text)
    a, b = ts["Yakub Patiung"][0]["post_key"], ts["Hamzah Tandi"][0]["post_key"]
    assert a.startswith("asisten ii|") and a.endswith("|76.02")
    assert a != b and b.endswith("|76.02")


def test_a_company_stand_in_marker_is_an_acting_marker():
    text = ("Bantuan CSR\n"
            "AMBON - Pgs. Direktur Utama PDAM Kota Ambon, Rivaldo Tuhumury, menyerahkan bantuan, Selasa.")
    t = _titles(text)["Rivaldo Tuhumury"][0]
    assert (t["text"], t["acting"], t["post"]) == (
        "Pgs. Direktur Utama PDAM Kota Ambon", "Pgs.", "Direktur Utama PDAM Kota Ambon")


def test_a_unit_named_before_its_body_is_the_posts_unit():
    text = ("Imunisasi Anak\n"
            "SIKKA - Kepala UPTD Puskesmas Nita, dr. Theresia Luju, didampingi Kepala Tata Usaha UPTD Puskesmas "
            "Nita, Yohanes Moa, mengajak warga ke posyandu.")
    ts = _titles(text)
    head, clerk = ts["Theresia Luju"][0], ts["Yohanes Moa"][0]
    assert clerk["organization"] == "Tata Usaha UPTD Puskesmas Nita"
    assert head["post_key"] != clerk["post_key"]


def test_a_section_within_the_body_written_after_pada():
    text = ("Pelatihan Damkar\n"
            "POSO - Kepala Seksi Pengendalian dan Operasional pada Bidang Pemadam Kebakaran Dinas Satpol PP "
            "Kabupaten Poso, Rahmat Lapasila, membuka pelatihan, Rabu.")
    t = _titles(text)["Rahmat Lapasila"][0]
    assert "bidang pemadam kebakaran" in t["post_key"] and t["post_key"].startswith("kepala|seksi pengendalian")


def test_a_section_head_named_by_a_word_that_reads_as_a_government():
    text = ("Pelantikan\n"
            "BIMA - Kasi Pemerintahan Kecamatan Monta, Muhammad Sudirman, hadir dalam pelantikan.")
    t = _titles(text)["Muhammad Sudirman"][0]
    assert (t["post"], t["post_key"]) == ("Kepala Seksi Pemerintahan Kecamatan Monta",
                                          "kepala|seksi pemerintahan monta|52.06.01")


def test_numbered_deputies_hold_two_posts():
    text = ("Aspirasi Nelayan\n"
            "BANGGAI - Wakil Ketua I DPRD Kabupaten Banggai, Sri Lalusu, dan Wakil Ketua II DPRD Kabupaten "
            "Banggai, Irwanto Kulap, menerima aspirasi nelayan.")
    ts = _titles(text)
    assert ts["Sri Lalusu"][0]["post_key"] != ts["Irwanto Kulap"][0]["post_key"]


def test_a_village_secretary_serves_the_village_not_the_kecamatan_of_that_name():
    text = ("APBDes Dibahas\n"
            "MOROWALI - Sekretaris Desa Bahodopi, Irwan Lamaranggi, membacakan rancangan APBDes.")
    t = _titles(text)["Irwan Lamaranggi"][0]
    assert t["organization"] == "Pemerintah Desa Bahodopi" and t["post_key"].endswith("|72.06.10.2006")


def test_a_deputy_attorney_general_holds_a_field_not_a_unit():
    facts = extract_text("Sosialisasi Hukum\nPoso – Sosialisasi dibuka Jaksa Agung Muda Bidang Tindak Pidana Khusus "
                         "(Jampidsus) bersama bupati. Jaksa Agung Muda Bidang Intelijen, Rahmat Siregar, turut hadir.")
    assert [(p.name, [t.text for t in p.titles]) for p in facts.persons] == [
        ("Rahmat Siregar", ["Jaksa Agung Muda Bidang Intelijen"])]
    assert not any(o.name.startswith("Bidang") for o in facts.organizations)
