"""Health offices' field services, posts of midwives and of the stunting programme, and the wives' bodies of the
armed forces, on sentences written for the tests."""
import pytest

from pipeline.extract import extract_text
from tests.extract.readers import titles_by_person as persons


@pytest.mark.parametrize("service", ["pemeriksaan IVA", "pelayanan KB", "skrining TBC", "khitanan massal"])
def test_a_health_service_with_its_acronym_is_the_event(service):
    text = (f"Layanan Kesehatan Warga\nKUPANG - Dinas Kesehatan Kota Kupang menggelar {service} gratis bagi warga "
            "di Puskesmas Oebobo, Jumat (14/3/2025). Sebanyak 80 warga dilayani petugas.")
    event = extract_text(text, title=text.split("\n")[0], published="2025-03-20").main_event
    assert event is not None and event.name.startswith(service)
    assert event.organizer == "Dinas Kesehatan Kota Kupang"
