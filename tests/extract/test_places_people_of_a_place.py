""""masyarakat X", like "warga X", names the people of place X: a kecamatan or village of the release's kabupaten
written bare after it is a place."""
from __future__ import annotations

from tests.extract.readers import places_found as places


def test_a_kecamatan_after_masyarakat_is_a_place():
    found = places("Wali Kota Palu memuji semangat gotong royong masyarakat Tawaeli dalam kerja bakti pekan lalu.")
    assert ("Tawaeli", "kecamatan", "72.71.07") in found


def test_the_kecamatan_must_lie_in_the_release_s_kabupaten():
    found = places("POSO – Bupati Poso menyerahkan bantuan bagi masyarakat Pamona Utara pekan lalu.")
    assert ("Pamona Utara", "kecamatan", "72.02.27") in found


def test_a_people_named_like_a_village_is_no_place():
    # Gorontalo has a kelurahan named Bugis: after "masyarakat" those names are peoples
    found = places("Wali Kota Gorontalo membuka festival budaya masyarakat Bugis di halaman balai kota pada Sabtu.")
    assert all(kind != "desa" for _, kind, _ in found)
