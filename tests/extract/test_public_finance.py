"""Releases of public finance: audits, budgets, regional taxes, tax and treasury offices."""
from pipeline.extract import extract_text


def _facts(text):
    return extract_text(text, published="2025-03-01")


def test_the_span_an_audit_covers_is_no_day_of_the_exit_meeting():
    text = ("Inspektorat Gelar Exit Meeting\n\nMAUMERE - Inspektorat Daerah Kabupaten Sikka menggelar exit meeting "
            "hasil pemeriksaan reguler pada Dinas Kesehatan periode 1 Januari s.d. 31 Desember 2024, Selasa "
            "(4/3/2025) di ruang rapat Inspektorat.")
    event = _facts(text).main_event
    assert (event.start, event.end) == ("2025-03-04", "2025-03-04")


def test_a_tax_office_of_part_of_a_city_keeps_its_compass_word_after_its_bracket():
    f = _facts("Judul\n\nKantor Pelayanan Pajak (KPP) Pratama Makassar Utara menggelar kelas pajak bagi pelaku "
               "usaha, Rabu (5/3/2025).")
    names = {o.name for o in f.organizations}
    assert "Kantor Pelayanan Pajak Pratama Makassar Utara" in names


def test_a_sum_of_money_in_a_headline_is_no_part_of_a_company_name():
    for amount in ("Rp 12 Miliar", "Rp12 Miliar"):
        f = _facts(f"Pemkab Terima Dividen Bank Tanimbar Jaya {amount}\n\nSAUMLAKI - Pemerintah daerah menerima "
                   "dividen tahun buku 2024, Kamis (6/3/2025).")
        names = {o.name for o in f.organizations}
        assert "Bank Tanimbar Jaya" in names and not any("Rp" in n for n in names)


def test_one_treasury_office_in_two_seats_is_two_bodies():
    f = _facts("Judul\n\nRapat dihadiri Kepala KPPN Ambon dan KPPN Masohi serta para kuasa pengguna anggaran, "
               "Rabu (5/3/2025).")
    names = sorted(o.name for o in f.organizations)
    assert names == ["KPPN Ambon", "KPPN Masohi"]


def test_an_audit_boards_office_is_one_body_with_perwakilan_before_or_after_it():
    f = _facts("Judul\n\nKepala Perwakilan BPK Provinsi Sulawesi Barat, Rusdi Amiruddin, menyerahkan laporan hasil "
               "pemeriksaan, Jumat (7/3/2025). BPK Perwakilan Sulbar memberikan opini WTP.")
    assert len([o for o in f.organizations if "BPK" in o.name]) == 1


def test_a_tax_regional_office_keeps_its_area_of_no_region_without_a_bracket():
    f = _facts("Judul\n\nKantor Wilayah Direktorat Jenderal Pajak Nusa Tenggara menggelar temu wajib pajak di "
               "Mataram, Kamis (6/3/2025).")
    assert "Kantor Wilayah Direktorat Jenderal Pajak Nusa Tenggara" in {o.name for o in f.organizations}


def test_an_audits_entry_meeting_written_in_lowercase_keeps_its_kind_in_its_name():
    text = ("Audit Dana Desa\n\nPOSO - Tim Inspektorat Daerah Kabupaten Poso memulai pemeriksaan dana desa. Entry "
            "meeting dipimpin Inspektur Pembantu Wilayah II di ruang rapat Inspektorat, Senin (3/3/2025).")
    assert _facts(text).main_event.name.lower().startswith("entry meeting")
