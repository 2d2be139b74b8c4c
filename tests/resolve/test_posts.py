"""Titles -> posts: head, organization, jurisdiction code, portfolio, key; former/office mentions."""
from __future__ import annotations

import pytest

from pipeline.extract.facts import Organization, Title
from pipeline.resolve.posts import Context, mention_status, resolve_post


@pytest.mark.parametrize("title,head,organization,code,post", [
    (Title("Bupati Sikka", head="Bupati"), "Bupati", "Pemerintah Kabupaten Sikka", "53.07", "Bupati Sikka"),
    (Title("Pj. Bupati Sikka", head="Bupati", acting="Pj."), "Bupati", "Pemerintah Kabupaten Sikka", "53.07",
     "Bupati Sikka"),
    (Title("Wali Kota Kupang", head="Wali Kota"), "Wali Kota", "Pemerintah Kota Kupang", "53.71", "Wali Kota Kupang"),
    (Title("Gubernur NTT", head="Gubernur"), "Gubernur", "Pemerintah Provinsi Nusa Tenggara Timur", "53",
     "Gubernur Nusa Tenggara Timur"),
    (Title("Sekda Ende", head="Sekretaris Daerah"), "Sekretaris Daerah", "Sekretariat Daerah Kabupaten Ende",
     "53.08", "Sekretaris Daerah Kabupaten Ende"),
    (Title("Camat Ende Selatan", head="Camat"), "Camat", "Kecamatan Ende Selatan", "53.08.04", "Camat Ende Selatan"),
    (Title("Kapolres Garut", head="Kepala Kepolisian Resor"), "Kapolres", "Kepolisian Resor Garut", "32.05",
     "Kapolres Garut"),
    (Title("Kadinkes Sikka", head="Kepala Dinas Kesehatan"), "Kepala", "Dinas Kesehatan Kabupaten Sikka", "53.07",
     "Kepala Dinas Kesehatan Kabupaten Sikka"),
    (Title("Menteri Kesehatan", head="Menteri"), "Menteri", "Kementerian Kesehatan", None, "Menteri Kesehatan"),
    (Title("Direktur Jenderal Pajak", head="Direktur Jenderal"), "Direktur Jenderal", "Direktorat Jenderal Pajak",
     None, "Direktur Jenderal Pajak"),
])
def test_titles_resolve_to_posts(title, head, organization, code, post):
    p = resolve_post(title)
    assert (p.head, p.organization, p.region_code, p.name) == (head, organization, code, post)
    assert p.key


def test_a_unit_head_takes_the_documents_organization_and_its_region():
    dinkes = Organization("Dinas Kesehatan Kabupaten Sikka", aliases=["Dinkes Sikka"], key="dinas kesehatan sikka",
                          unit_kind="Dinas", region_code="53.07")
    title = Title("Plt. Kepala Dinkes Sikka", head="Kepala", acting="Plt.", organization="Dinkes Sikka")
    p = resolve_post(title, Context(organizations=(dinkes,)))
    assert (p.head, p.organization, p.region_code, p.portfolio) == (
        "Kepala", "Dinas Kesehatan Kabupaten Sikka", "53.07", "Kesehatan")
    # the same post written in full in another document has the same key
    other = Title("Kepala Dinas Kesehatan Kabupaten Sikka", head="Kepala")
    assert resolve_post(other).key == p.key == "kepala|dinas kesehatan sikka|53.07"


def test_bidang_is_the_portfolio():
    p = resolve_post(Title("Asisten II Bidang Perekonomian dan Pembangunan Sekretariat Daerah Kabupaten Poso",
                           head="Asisten"))
    assert (p.portfolio, p.region_code) == ("Bidang Perekonomian dan Pembangunan", "72.02")


def test_titles_naming_no_body_have_no_post_key():
    assert resolve_post(Title("Ketua panitia", head="Ketua")).key is None
    assert resolve_post(Title("Wakil Ketua I", head="Wakil Ketua")).key is None
    assert resolve_post(Title("Bupati", head="Bupati")).key is None


@pytest.mark.parametrize("text,status", [
    ("Hadir pula mantan Bupati Ende, Yosef.", "former"),
    ("turut hadir almarhum Bupati Ende.", "former"),
    ("serah terima jabatan Bupati Ende kepada", "office"),
    ("pasangan calon Bupati Ende nomor urut", "candidate"),
    ("Hadir Bupati Ende, Yosef.", None),
])
def test_mention_status(text, status):
    assert mention_status(text, text.index("Bupati")) == status


def test_status_after_the_title():
    text = "Wabup Ende terpilih, Ahmad Dahlan, belum hadir."
    assert mention_status(text, 0, None, len("Wabup Ende")) == "candidate"
    assert mention_status("Wabup Ende, Ahmad Dahlan", 0, None, len("Wabup Ende")) is None


def test_a_term_that_ended_before_the_release_is_a_former_holder():
    text = "Bupati Sikka periode 2013-2018, Yoseph Ansar Rera, turut diundang."
    end = len("Bupati Sikka")
    assert mention_status(text, 0, None, end, 2022) == "former"
    assert mention_status(text.replace("2013-2018", "2021-2026"), 0, None, end, 2022) is None
    assert mention_status("Bupati Sikka (2013 - 2018) hadir", 0, None, end, 2022) == "former"


def test_acting_markers_are_canonical():
    from pipeline.resolve.posts import acting_marker

    assert [acting_marker(w) for w in ("Penjabat", "Pj", "Pelaksana Tugas", "Plh.", None)] == [
        "Pj.", "Pj.", "Plt.", "Plh.", None]


def test_status_before_the_holders_name():
    text = "Acara dihadiri almarhumah Dra. Maria Ndoi, Kepala Dinas Pendidikan."
    assert mention_status(text, text.index("Kepala"), text.index("Maria")) == "former"


def test_acronyms_in_bodies_give_one_key():
    short = resolve_post(Title("Ketua DPRD Sikka", head="Ketua"))
    full = resolve_post(Title("Ketua Dewan Perwakilan Rakyat Daerah Kabupaten Sikka", head="Ketua"))
    assert short.key == full.key == "ketua|dewan perwakilan rakyat daerah sikka|53.07"


@pytest.mark.parametrize("text,marker", [
    ("Pelaksana Tugas (Plt) Bupati Lembata", "Plt."),
    ("Penjabat (Pj.) Bupati Ende", "Pj."),
    ("hadir Plh Bupati Ende", "Plh."),
    ("hadir Bupati Ende", None),
])
def test_marker_written_before_a_title(text, marker):
    from pipeline.resolve.posts import marker_before

    assert marker_before(text, text.index("Bupati")) == marker


def test_a_term_of_office_inside_a_title_is_no_part_of_the_post():
    from pipeline.resolve.posts import split_title

    assert split_title("Bupati Ende periode 2025-2030") == split_title("Bupati Ende")
    assert split_title("Ketua KONI 2019 - 2022") == split_title("Ketua KONI")


def test_a_short_unit_head_inside_a_named_organization_is_the_units_post_not_the_organizations():
    dinsos = Organization("Dinas Sosial Kabupaten Sikka", key="dinas sosial sikka", unit_kind="Dinas",
                          region_code="53.07")
    context = Context(organizations=(dinsos,))
    short = resolve_post(Title("Kabid Rehabilitasi Sosial Dinas Sosial Kabupaten Sikka", head="Kepala Bidang"), context)
    full = resolve_post(Title("Kepala Bidang Rehabilitasi Sosial Dinas Sosial Kabupaten Sikka", head="Kepala"), context)
    head = resolve_post(Title("Kepala Dinas Sosial Kabupaten Sikka", head="Kepala"), context)
    assert short.organization == "Bidang Rehabilitasi Sosial Dinas Sosial Kabupaten Sikka"
    assert short.region_code == "53.07"
    assert short.key == full.key != head.key


def test_a_registered_unit_with_its_parent_is_one_post_with_the_unit_written_short():
    keys = {resolve_post(Title(t, head="Direktur Jenderal")).key
            for t in ("Direktur Jenderal Pajak", "Direktur Jenderal Pajak Kementerian Keuangan",
                      "Dirjen Pajak Kemenkeu")}
    assert len(keys) == 1 and None not in keys
    # a parent the registry does not give the unit stays in the key
    assert resolve_post(Title("Direktur Jenderal Pajak Kementerian Agama", head="Direktur Jenderal")).key not in keys


@pytest.mark.parametrize("full, short", [
    (Title("Kepala Kejaksaan Negeri Poso", head="Kepala"), Title("Kajari Poso", head="Kepala Kejaksaan Negeri")),
    (Title("Kepala Kejaksaan Tinggi Sulawesi Selatan", head="Kepala"),
     Title("Kajati Sulsel", head="Kepala Kejaksaan Tinggi")),
    (Title("Kepala Rumah Tahanan Negara Kelas IIB Donggala", head="Kepala"),
     Title("Karutan Donggala", head="Kepala Rumah Tahanan Negara")),
])
def test_a_head_of_office_written_in_full_is_the_post_its_short_head_names(full, short):
    assert resolve_post(full).key == resolve_post(short).key
