"""The agency registry, regional bodies, keys and typo correction."""
from pipeline.resolve import agencies
from pipeline.resolve.fuzzy import correct_phrase, correct_word
from pipeline.resolve.names import split_name


def test_registry_lookup_by_acronym_and_name():
    assert agencies.lookup("Kemenkeu").name == "Kementerian Keuangan"
    assert agencies.lookup("Kementerian Agama RI").acronyms[0] == "Kemenag"
    assert agencies.lookup("DJPK").parent == "Kementerian Keuangan"
    assert agencies.lookup("Dinas Entah Apa") is None


def test_regional_bodies():
    rb = agencies.regional("Disperindag")
    assert (rb.unit, rb.portfolio) == ("Dinas", "Perindustrian dan Perdagangan")
    assert agencies.regional("KUA").needs_place


def test_key_ignores_region_prefixes_and_ri():
    assert agencies.org_key("Dinas Kesehatan Provinsi Aceh") == agencies.org_key("Dinas Kesehatan Aceh")
    assert agencies.org_key("Kementerian Perdagangan RI") == "kementerian perdagangan"
    assert agencies.org_key("Pemerintahan Kab Sigi") == agencies.org_key("Pemerintah Kabupaten Sigi")


def test_typo_correction():
    assert correct_word("Perindustran") == "Perindustrian"
    assert correct_word("Kemeterian") == "Kementerian"
    assert correct_phrase("Kabupaten Gorbogan") == "Kabupaten Grobogan"
    assert correct_word("Lembang") == "Lembang"  # a real kecamatan stays


def test_split_name():
    assert split_name("Prof. Dr. H. Budi Santoso, S.E., M.Si.") == (["Prof.", "Dr.", "H."], "Budi Santoso",
                                                                    ["S.E.", "M.Si."])
    assert split_name("Ir. Ani Lestari MM") == (["Ir."], "Ani Lestari", ["MM"])
    assert split_name("M. Faisal Mang")[1] == "M. Faisal Mang"
