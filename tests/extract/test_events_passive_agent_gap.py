"""A passive organizing verb whose agent comes after where and when the event is held."""
import pipeline.extract  # noqa: F401  (registers the components)
from tests.extract.readers import main_event


def _event(text: str):
    return main_event(text, text.split("\n", 1)[0])


def test_place_and_days_between_the_verb_and_oleh():
    text = ("Pelatihan Kader Posyandu di Kabupaten Donggala\n"
            "DONGGALA, (3/3/2025) - Pelatihan kader posyandu tingkat kabupaten resmi dibuka, Senin (3/3/2025). "
            "Pelatihan tersebut dilaksanakan di Aula Kantor Bupati Donggala selama dua hari oleh Dinas Kesehatan "
            "Kabupaten Donggala.\nSebanyak 60 kader mengikuti kegiatan itu.")
    assert _event(text).organizer == "Dinas Kesehatan Kabupaten Donggala"


def test_a_dated_day_between_the_verb_and_oleh():
    text = ("Sosialisasi Pencegahan Kebakaran Lahan di Bima\n"
            "BIMA, (5/3/2025) - Sosialisasi pencegahan kebakaran lahan diselenggarakan pada Rabu (5/3/2025) di Aula "
            "Kantor Camat Woha oleh Badan Penanggulangan Bencana Daerah Kabupaten Bima.\nSebanyak 80 warga hadir.")
    assert _event(text).organizer == "Badan Penanggulangan Bencana Daerah Kabupaten Bima"


def test_a_relative_clause_before_oleh_is_not_the_agent_of_the_holding():
    text = ("Lomba Perahu Hias di Pantai Losari\n"
            "MAKASSAR, (5/3/2025) - Lomba perahu hias digelar di Pantai Losari yang dibuka oleh Kepala Dinas "
            "Pariwisata Kota Makassar, Rabu (5/3/2025).\nPemerintah Kota Makassar mendukung lomba itu.")
    assert _event(text).organizer != "Kepala Dinas Pariwisata Kota Makassar"
