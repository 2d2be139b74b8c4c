"""The main event's place in public-works releases: the villages a road runs through or ends at are no venue of it."""
from pipeline.extract import extract_text
from tests.extract.readers import main_event


def test_road_segment_ends_and_route_villages_are_not_the_event_place():
    event = main_event("Kontrak Jalan Ditandatangani\nDONGGALA - Dinas PUPR Kabupaten Donggala menandatangani kontrak "
                       "peningkatan ruas Tompe - Sipi di Aula Dinas PUPR, Selasa (4/3/2025). Ruas tersebut melintasi "
                       "Desa Tompe, Desa Lende dan Desa Sipi di Kecamatan Sirenja.")
    assert event.place == "Kabupaten Donggala"



def test_kilometre_post_is_no_venue_and_a_national_road_segment_is_no_place_of_the_event():
    facts = extract_text("Longsor Ditangani\nPALU - Tim BPJN Sulawesi Tengah menangani longsor di ruas jalan nasional "
                         "Palu - Kulawi, tepatnya di KM 58 Desa Sungku, Kecamatan Kulawi, Kabupaten Sigi, Senin "
                         "(3/3/2025).", published="2025-03-05")
    assert facts.venues == []
    assert facts.main_event is not None and facts.main_event.place == "Desa Sungku"
