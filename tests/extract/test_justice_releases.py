"""Releases of prosecutors, courts, prisons and police case units: suspects, benches and hearings."""
from pipeline.extract import extract_text


def _orgs(text):
    return {o.name for o in extract_text(text).organizations}


def _people(text):
    return {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}


def test_a_suspects_initials_with_an_age_or_an_alias_are_no_body():
    text = ("Polres Sigi Ungkap Kasus Curanmor\nSIGI - Satreskrim Polres Sigi mengamankan dua tersangka berinisial "
            "MK alias Ateng (30) dan BI (25), warga Desa Maku, Kecamatan Dolo, Senin (3/2/2025). Tersangka MA (41) "
            "masih diburu petugas.")
    orgs = _orgs(text)
    assert not {"MK", "BI", "MA", "Mahkamah Konstitusi", "Bank Indonesia", "Mahkamah Agung"} & orgs
    assert "Polres Sigi" in orgs


def test_the_bench_of_judges_is_no_body_and_its_chair_a_post():
    text = ("Sidang Perkara Korupsi Dana Desa\nMAMUJU - Sidang pembacaan dakwaan dipimpin Ketua Majelis Hakim "
            "Andi Rusdi Pabbicara, S.H., M.H., di Pengadilan Negeri Mamuju, Selasa (25/2/2025). Majelis Hakim "
            "menunda sidang hingga pekan depan.")
    assert _people(text)["Andi Rusdi Pabbicara"] == ["Ketua Majelis Hakim"]
    assert not any(o.startswith("Majelis Hakim") for o in _orgs(text))


def test_the_prison_a_suspect_is_held_in_is_no_venue():
    text = ("Kejari Tojo Una-Una Tahan Tersangka Korupsi\nAMPANA - Kejaksaan Negeri Tojo Una-Una menahan tersangka "
            "berinisial HK (44) dalam perkara korupsi dana hibah, Kamis (6/2/2025). Tersangka dititipkan di Rutan "
            "Kelas IIB Ampana selama 20 hari, sementara tersangka lain ditahan di Lapas Kelas IIB Luwuk.")
    facts = extract_text(text, published="2025-03-01")
    assert facts.venues == []
    assert facts.main_event.venue is None


def test_a_prison_heads_post_takes_the_prisons_kind_before_its_class_or_seat():
    text = ("Penyuluhan Narkoba bagi Warga Binaan\nGOWA - Kalapas Narkotika Bolangi, Darmawan Sahrir, membuka "
            "penyuluhan, Kamis (13/2/2025). Hadir pula Kalapas Perempuan Kelas III Mataram Baiq Nurul Aini.")
    people = _people(text)
    assert people["Darmawan Sahrir"] == ["Kalapas Narkotika Bolangi"]
    assert people["Baiq Nurul Aini"] == ["Kalapas Perempuan Kelas III Mataram"]


def test_a_courts_functional_posts_are_titles():
    text = ("Sidang Diversi Anak\nPALU - Diversi difasilitasi oleh Hakim Anak, Sitti Nurhayati Lasimpo, S.H., "
            "didampingi Hakim Mediator Yohanes Bria, S.H., Rabu (26/2/2025). Relaas dibawa Juru Sita Pengganti PN "
            "Palu, Yusran Lamadi.")
    people = _people(text)
    assert people["Sitti Nurhayati Lasimpo"] == ["Hakim Anak"]
    assert people["Yohanes Bria"] == ["Hakim Mediator"]
    assert people["Yusran Lamadi"] == ["Juru Sita Pengganti PN Palu"]


def test_a_party_to_the_case_ends_the_event_name():
    text = ("Kejari Sigi Terima Tahap II\nSIGI - Kejaksaan Negeri Sigi menerima penyerahan tersangka dan barang "
            "bukti (tahap II) perkara penganiayaan atas nama tersangka RS (27) dari penyidik Polres Sigi di Kantor "
            "Kejaksaan Negeri Sigi, Rabu (12/2/2025).")
    event = extract_text(text, published="2025-03-01").main_event
    assert event.name == "penyerahan tersangka dan barang bukti (tahap II) perkara penganiayaan"
