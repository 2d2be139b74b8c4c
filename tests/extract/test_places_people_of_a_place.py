""""masyarakat X", like "warga X", names the people of place X: a kecamatan or village of the release's kabupaten
written bare after it is a place."""
from __future__ import annotations

from tests.extract.readers import places_found as places


def test_a_kecamatan_after_masyarakat_is_a_place():
    found = places("Wali Kota Samarinda memuji semangat gotong royong masyarakat Palaran dalam kerja bakti pekan lalu.")
    assert ("Palaran", "kecamatan", "64.72.01") in found


def test_the_kecamatan_must_lie_in_the_release_s_kabupaten():
    found = places("BENGKALIS – Bupati Bengkalis menyerahkan bantuan bagi masyarakat Rupat Utara pekan lalu.")
    assert ("Rupat Utara", "kecamatan", "14.03.11") in found


def test_a_people_named_like_a_village_is_no_place():
    # Samarinda has kelurahan named Bugis and Jawa: after "masyarakat" those names are peoples
    found = places("Wali Kota Samarinda membuka festival budaya masyarakat Bugis di halaman balai kota pada Sabtu.")
    assert all(kind != "desa" for _, kind, _ in found)
