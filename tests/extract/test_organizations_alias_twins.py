"""An organization written short elsewhere is one entry, and BPSDMP units are registered bodies."""
from pipeline.extract import extract_text


def _orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_a_body_whose_name_is_anothers_alias_is_one_entry():
    text = ("Operasi Ketaatan\nKendari – Petugas BPTD Wilayah XXI memeriksa 40 kendaraan, Senin (4/5/2026). Tim "
            "terpadu terdiri dari Balai Pengelola Transportasi Darat (BPTD) Wilayah XXI Kementerian Perhubungan dan "
            "Dinas Perhubungan.")
    os_ = _orgs(text)
    assert "BPTD Wilayah XXI" not in os_
    full = next(o for n, o in os_.items() if n.startswith("Balai Pengelola Transportasi Darat"))
    assert "BPTD Wilayah XXI" in full.aliases
    assert len(full.spans) >= 2


def test_a_bpsdmp_unit_of_kominfo_is_a_body_with_its_seat():
    text = ("Pelatihan Digital\nMalang – BPSDMP Kominfo Medan dan Dinas Kominfo Kota Malang menyelenggarakan "
            "pelatihan pemasaran digital, Senin (4/5/2026).")
    assert "BPSDMP Kominfo Medan" in _orgs(text)
