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


def test_a_village_midwife_is_named_by_her_village_before_its_kecamatan():
    text = ("Bidan Berprestasi\nTOLITOLI - Bidan Desa Lalos, Kecamatan Galang, Nurmala Lakoro, A.Md.Keb, meraih "
            "juara bidan teladan.")
    assert persons(text).get("Nurmala Lakoro") == ["Bidan Desa Lalos"]


def test_coordinating_midwife_and_stunting_patron_posts():
    text = ("Kelas Ibu Hamil\nKENDARI - Bidan Koordinator Puskesmas Lepo-Lepo, Wa Ode Sumirna, S.Tr.Keb, memimpin "
            "kelas. Ketua TP PKK Kabupaten Sumbawa selaku Duta Bapak Asuh Anak Stunting, Ny. Hj. Ratna Jaya, hadir.")
    ps = persons(text)
    assert ps.get("Wa Ode Sumirna") == ["Bidan Koordinator Puskesmas Lepo-Lepo"]
    assert ps.get("Ratna Jaya") == ["Ketua TP PKK Kabupaten Sumbawa", "Duta Bapak Asuh Anak Stunting"]


def test_wives_bodies_are_named_with_their_epithets():
    text = ("Bakti Sosial\nDONGGALA - Persit Kartika Chandra Kirana Cabang XXX menggelar bakti sosial, Selasa "
            "(11/3/2025). Jalasenastri Cabang 7 dan PIA Ardhya Garini Cabang 12 ikut membantu. Ketua Persit, "
            "Ny. Rina Kartika, hadir.")
    facts = extract_text(text, title=text.split("\n")[0], published="2025-03-20")
    names = [o.name for o in facts.organizations]
    assert [p.name for p in facts.persons] == ["Rina Kartika"]
    assert "Persit Kartika Chandra Kirana Cabang XXX" in names
    assert "Jalasenastri Cabang 7" in names and "PIA Ardhya Garini Cabang 12" in names


def test_a_mother_named_by_her_state_is_no_person():
    text = ("Puskesmas Lalundu Gelar Kelas Ibu Hamil\nDONGGALA - Puskesmas Lalundu menggelar kelas ibu hamil di "
            "aula puskesmas, Senin (30/6/2025), bagi Ibu Hamil dan Ibu Menyusui di Desa Lalundu.")
    facts = extract_text(text, title=text.split("\n")[0], published="2025-07-01")
    assert not facts.persons
    assert facts.main_event is not None and facts.main_event.name == "Kelas Ibu Hamil"
