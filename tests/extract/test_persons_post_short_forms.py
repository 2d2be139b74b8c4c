"""A post spelled out, its short form in brackets, then the holder (prisons, municipal police, district units)."""
from pipeline.extract import extract_text


def persons(text):
    return {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_unit_short_form_spelled_over_the_prison_is_no_part_of_its_name():
    text = ("Kunjungan keluarga\nIa menambahkan, Kepala Kesatuan Pengamanan Rutan (KPR) Yusuf Lamadenu telah "
            "menyiapkan petugas tambahan.\n")
    assert persons(text)["Yusuf Lamadenu"] == ["Kepala Kesatuan Pengamanan Rutan"]
    assert all("Yusuf" not in o.name and not any("Yusuf" in a for a in o.aliases) for o in orgs(text).values())


def test_unit_short_form_spells_the_full_head_of_the_prison():
    text = ("Razia kamar hunian\n\"Razia ini rutin,\" ujar Kepala Kesatuan Pengamanan Lapas (KPLP) Markus Lede "
            "Tanaem kepada wartawan.\n")
    assert persons(text)["Markus Lede Tanaem"] == ["Kepala Kesatuan Pengamanan Lapas"]


def test_abbreviated_post_with_its_dot_in_brackets_before_the_holder():
    text = ("Remisi\nRemisi diserahkan Karutan didampingi Kepala Kesatuan Pengamanan Rutan (Ka. KPR) Idrus "
            "Pakaya di aula.\n")
    assert persons(text)["Idrus Pakaya"] == ["Kepala Kesatuan Pengamanan Rutan"]


def test_post_short_form_then_the_body_then_the_holder():
    text = ("Penertiban PKL\nKepala Bidang Ketenteraman dan Ketertiban Umum (Kabid Trantibum) Satpol PP Wajo, "
            "Rudi Amiruddin, menambahkan bahwa pedagang dipindahkan.\n")
    assert persons(text)["Rudi Amiruddin"] == ["Kepala Bidang Ketenteraman dan Ketertiban Umum Satpol PP Wajo"]


def test_a_deceased_holders_mark_in_brackets_is_kept_as_an_honorific():
    f = extract_text("Penghargaan diserahkan kepada keluarga Wakil Bupati Sigi (Alm.) Rudi Lasimpo di Palu.")
    p = next(p for p in f.persons if p.name == "Rudi Lasimpo")
    assert "(Alm.)" in p.honorifics


def test_a_battalions_name_after_a_kecamatan_seat_runs_on():
    f = extract_text("Wamenhan mengunjungi Yonif 714/Lage Sintuwu. Komandan Yonif 714/Lage Sintuwu, Letkol Inf "
                     "Rudi Hartono, menyambut kedatangan Wamenhan pada Senin (3/3/2025).")
    assert not any(p.name == "Sintuwu" for p in f.persons)
