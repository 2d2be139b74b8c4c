"""Persons: every anchoring construction, honorifics and degrees apart, later mentions linked."""
import pytest

from pipeline.extract import extract_text


def persons(text):
    return {p.name: p for p in extract_text(text).persons}


def test_title_comma_name_with_honorifics_and_degrees():
    ps = persons("Kepala Dinas Kesehatan Kabupaten Sigi, Dr. H. Andi Rahman, M.Kes., membuka acara.")
    assert list(ps) == ["Andi Rahman"]
    p = ps["Andi Rahman"]
    assert p.honorifics == ["Dr.", "H."]
    assert p.degrees == ["M.Kes."]
    assert [t.text for t in p.titles] == ["Kepala Dinas Kesehatan Kabupaten Sigi"]


def test_title_directly_followed_by_name():
    ps = persons("Direktur Jenderal Pajak Bambang Sutejo dalam sambutannya mengajak semua pihak.")
    assert [t.text for t in ps["Bambang Sutejo"].titles] == ["Direktur Jenderal Pajak"]


def test_name_selaku_title():
    ps = persons("Acara dibuka oleh Siti Aminah selaku Sekretaris Daerah Kabupaten Donggala kemarin.")
    assert [t.text for t in ps["Siti Aminah"].titles] == ["Sekretaris Daerah Kabupaten Donggala"]


def test_name_comma_title_after_oleh():
    ps = persons("Materi dibawakan oleh Yohanes Lado, Kepala Bidang Pemasaran Dinas Pariwisata Kota Kupang.")
    assert [t.text for t in ps["Yohanes Lado"].titles] == ["Kepala Bidang Pemasaran Dinas Pariwisata Kota Kupang"]


def test_name_runs_into_following_title():
    ps = persons("Rapat dipimpin Cahyo Pranoto Sekretaris Dinas Perhubungan Provinsi Jawa Timur di Surabaya.")
    assert "Cahyo Pranoto" in ps
    assert ps["Cahyo Pranoto"].titles[0].text == "Sekretaris Dinas Perhubungan Provinsi Jawa Timur"


def test_list_of_titles_and_names():
    text = ("Hadir Kepala Kantor Wilayah Kementerian Agama Provinsi Bali, Made Sudarsa, Kepala Kantor "
            "Kementerian Agama Kabupaten Badung, Wayan Gede, Kasubag TU, dan Kasi Bimas Islam.")
    ps = persons(text)
    assert set(ps) == {"Made Sudarsa", "Wayan Gede"}
    assert ps["Wayan Gede"].titles[0].text == "Kepala Kantor Kementerian Agama Kabupaten Badung"


def test_acting_marker_kept_in_text_and_attribute():
    ps = persons("Plt. Kepala Dinas Sosial Provinsi Riau, Nurul Huda, menyerahkan bantuan.")
    t = ps["Nurul Huda"].titles[0]
    assert t.text == "Plt. Kepala Dinas Sosial Provinsi Riau"
    assert t.acting == "Plt."


def test_abbreviated_head_expanded_in_head():
    ps = persons("Wabup Sigi Samuel Rongko meninjau lokasi banjir.")
    t = ps["Samuel Rongko"].titles[0]
    assert t.text == "Wabup Sigi"
    assert t.head == "Wakil Bupati"


def test_later_short_mentions_link_to_one_person():
    text = ("Kakanwil Kemenag Provinsi Jambi Ahmad Sulaiman meresmikan gedung. Menurut Ahmad, gedung itu "
            "dibangun setahun. Kakanwil Sulaiman juga berpesan agar gedung dirawat.")
    ps = persons(text)
    assert list(ps) == ["Ahmad Sulaiman"]
    assert len(ps["Ahmad Sulaiman"].spans) == 3
    assert [t.text for t in ps["Ahmad Sulaiman"].titles] == ["Kakanwil Kemenag Provinsi Jambi"]


def test_unnamed_role_holders_are_not_persons():
    assert persons("Gubernur menyampaikan bahwa Bupati Poso akan hadir. Camat juga diundang.") == {}


def test_degrees_are_not_persons():
    ps = persons("Kepala Dinas Pendidikan Kota Padang, Drs. Yusran, M.Pd., menutup rapat.")
    assert list(ps) == ["Yusran"]


def test_byline_person_and_not_initials():
    ps = persons("Bupati Sigi Mohamad Irwan membuka kegiatan itu.\n(Humas/Andika)")
    assert "Andika" in ps
    assert persons("Bupati Sigi Mohamad Irwan membuka kegiatan itu. (jay/sul)").keys() == {"Mohamad Irwan"}


def test_military_rank_is_an_honorific():
    ps = persons("Hadir pula Kepala BNPB Letjen TNI Suharyanto dan jajaran.")
    assert list(ps) == ["Suharyanto"]
    assert "Letjen" in ps["Suharyanto"].honorifics


def test_misspelt_place_after_head_is_not_a_name():
    assert persons("Hal itu disampaikan Pj Bupati Donggal, Jumat (3/3/2023).") == {}


@pytest.mark.parametrize("text,name", [
    ("Kepala Desa Tonggolobibi, Hasan Basri, menerima bantuan.", "Hasan Basri"),
    ("Ketua TP PKK Kota Palu Ny Diah Hadianto hadir.", "Diah Hadianto"),
    ("Kepala Dinas Kesehatan, Ir. Moch. Ridwan, M.M., menjelaskan.", "Moch. Ridwan"),
])
def test_more_name_shapes(text, name):
    assert name in persons(text)
