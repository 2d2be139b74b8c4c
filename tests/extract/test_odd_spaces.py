"""Web pages write no-break and thin spaces between words; extraction reads them as plain spaces and its offsets
still point into the text as given."""
from pipeline.extract import extract_text
from pipeline.normalize.text import light_clean, plain_spaces

PLAIN = ("Rapat Kesiapsiagaan Banjir\nKepala Dinas Kesehatan Kabupaten Poso, dr. Asmara Wulandari, membuka rapat "
         "di Aula Kantor Bupati Poso pada Senin (6/1/2025). Bupati Poso Ahmad Rusdi meninjau Desa Tagolu.")


def _facts(text):
    f = extract_text(text)
    return ([(p.name, [t.text for t in p.titles]) for p in f.persons], [p.name for p in f.places],
            [v.name for v in f.venues], [(d.start, d.end) for d in f.dates])


def test_no_break_and_thin_spaces_give_the_facts_of_plain_spaces():
    odd = PLAIN.replace("Dinas Kesehatan", "Dinas\u00a0Kesehatan").replace("Asmara Wulandari", "Asmara\u202fWulandari") \
        .replace("Bupati Poso Ahmad", "Bupati\u00a0Poso\u00a0Ahmad").replace("Aula Kantor", "Aula\u2009Kantor")
    assert len(odd) == len(PLAIN)
    assert _facts(odd) == _facts(PLAIN)
    person = next(p for p in extract_text(odd).persons if p.name == "Asmara Wulandari")
    start, end = person.spans[0]
    assert plain_spaces(odd[start:end]) == "Asmara Wulandari"


def test_space_replacement_keeps_the_length_of_the_text():
    text = "Bupati\u00a0Sigi\u3000hadir\u2002di\u205fPalu"
    assert plain_spaces(text) == "Bupati Sigi hadir di Palu"
    assert light_clean(text) == "Bupati Sigi hadir di Palu"
