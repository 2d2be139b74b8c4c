"""Officials' social events as releases tell them: condolences, open houses and gatherings."""
import pipeline.extract  # noqa: F401  (registers the components)
from pipeline.extract import extract_text
from tests.extract.readers import main_event, titles_by_person


def _event(text: str):
    return main_event(text, text.split("\n", 1)[0])


def test_a_condolence_visit_told_by_melayat_is_the_event_and_keeps_the_deceaseds_name():
    event = _event(
        "Bupati Parigi Moutong Melayat Mantan Kepala Bappeda\n"
        "PARIGI, (14/2/2025) - Bupati Parigi Moutong Samsul Lapadi melayat ke rumah duka almarhum Haji Rusdin "
        "Latando, mantan Kepala Bappeda Kabupaten Parigi Moutong, di Kelurahan Masigi, Kamis (13/2/2025). "
        "Bupati menyampaikan belasungkawa kepada keluarga yang ditinggalkan.")
    assert event.name == "melayat ke rumah duka almarhum Haji Rusdin Latando"


def test_bertakziah_names_a_takziah():
    event = _event(
        "Wali Kota Bau-Bau Berduka\n"
        "BAUBAU, (4/2/2025) - Wali Kota Baubau Marwan Sabara bertakziah ke rumah duka almarhumah Wa Ode Hasna "
        "di Kelurahan Wale, Selasa (4/2/2025). Wali Kota didampingi Sekretaris Kota Baubau Darlin Sadi.")
    assert event.name.startswith("takziah ke rumah duka almarhumah")


def test_where_the_deceased_died_is_no_venue_even_with_a_time_before_di():
    facts = extract_text(
        "AMPANA, (14/2/2025) - Bupati Tojo Una-Una Ilham Lawidu menghadiri pemakaman almarhum Umar Tanggo, Kamis "
        "(13/2/2025). Almarhum meninggal dunia pada Rabu malam di RSUD Ampana Kota.")
    assert not [v for v in facts.venues if "Ampana" in v.name]


def test_an_open_house_is_the_event():
    event = _event(
        "Silaturahmi Lebaran di Rumah Jabatan\n"
        "BULUKUMBA, (31/3/2025) - Bupati Bulukumba Andi Utta Mansyur menggelar open house Idul Fitri 1446 H di "
        "Rumah Jabatan Bupati Bulukumba, Senin (31/3/2025). Ribuan warga datang bersalaman.")
    assert event.name == "open house Idul Fitri 1446 H"


def test_an_english_gathering_name_is_no_person():
    persons = titles_by_person(
        "TOBELO, (1/3/2025) - Pemerintah Kabupaten Halmahera Barat menggelar Family Gathering Aparatur Sipil Negara "
        "di Pantai Luari, Sabtu (1/3/2025). Bupati Halmahera Barat Yeremias Lolos membuka kegiatan. Welcome Dinner "
        "digelar malam harinya.")
    assert set(persons) == {"Yeremias Lolos"}


def test_several_honorifics_after_almarhum_open_the_deceaseds_name():
    event = _event(
        "Bupati Lombok Barat Berduka\n"
        "GERUNG, (12/3/2025) - Bupati Lombok Barat Lalu Ahmad Zaini bertakziah ke rumah duka almarhum Tuan Guru "
        "Haji Mahsun Hamid di Desa Kediri, Rabu (12/3/2025). Bupati didampingi Camat Kediri.")
    assert event.name == "takziah ke rumah duka almarhum Tuan Guru Haji Mahsun Hamid"


def test_a_body_a_gathering_is_held_with_is_its_guest_not_its_host():
    event = _event(
        "Gubernur Papua Buka Puasa Bersama dengan Forkopimda\n"
        "JAYAPURA, (20/3/2025) - Gubernur Papua Barnabas Yoku menggelar buka puasa bersama dengan Forum Koordinasi "
        "Pimpinan Daerah Provinsi Papua di Gedung Negara, Kamis (20/3/2025). Kegiatan ditutup dengan salat tarawih.")
    assert event.organizer is None
