"""The main event's place in public-works releases: the villages a road runs through or ends at are no venue of it."""
from tests.extract.readers import main_event


def test_road_segment_ends_and_route_villages_are_not_the_event_place():
    event = main_event("Kontrak Jalan Ditandatangani\nDONGGALA - Dinas PUPR Kabupaten Donggala menandatangani kontrak "
                       "peningkatan ruas Tompe - Sipi di Aula Dinas PUPR, Selasa (4/3/2025). Ruas tersebut melintasi "
                       "Desa Tompe, Desa Lende dan Desa Sipi di Kecamatan Sirenja.")
    assert event.place == "Kabupaten Donggala"

