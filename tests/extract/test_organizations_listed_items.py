"""Items of a list of bodies that no rule names (brands, foreign firms), on sentences written for the tests."""
from pipeline.extract import extract_text


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_text(text).organizations]


def test_unnamed_items_between_and_after_bodies_in_a_list_are_bodies():
    orgs = _orgs("Forum UMKM di Mamuju dihadiri mitra program antara lain Bank Sulselbar, PT Pos Indonesia, Traveloka, "
                 "Lazada, Yayasan Bina Desa, dan Bukalapak.")
    assert {"Traveloka", "Lazada", "Bukalapak"} <= set(orgs)


def test_an_unnamed_item_opening_a_list_after_its_opener_is_a_body():
    orgs = _orgs("Pelatihan pemasaran daring itu didukung oleh Nestle, Badan Pusat Statistik, dan Kalla Group.")
    assert "Nestle" in orgs


def test_a_list_with_one_body_or_an_item_that_goes_on_in_lowercase_adds_nothing():
    orgs = _orgs("Acara itu dihadiri Bank Sulselbar dan Lazada.")
    assert "Lazada" not in orgs
    orgs = _orgs("Hadir Bank Sulselbar, PT Pos Indonesia serta Traveloka yang membuka stan.")
    assert not any(o.startswith("Traveloka") for o in orgs)


def test_persons_posts_and_places_in_a_list_of_bodies_stay_what_they_are():
    orgs = _orgs("Rapat dihadiri Dinas Koperasi Kabupaten Majene, Bank Sulselbar, Kecamatan Banggae, dan Camat "
                 "Banggae, Rahmat Tandi.")
    assert not any("Banggae" == o or "Rahmat" in o or o.startswith("Camat") for o in orgs)


def test_a_head_that_needs_a_name_is_no_body_alone_in_a_list():
    orgs = _orgs("Seminar literasi digital didukung oleh Bank Sulselbar, Kururio, PT Pos Indonesia dan Universitas.")
    assert "Kururio" in orgs and "Universitas" not in orgs
