"""A signature block leaves blank lines to sign in between the post and its holder's name."""
from tests.extract.readers import titles_by_person as _titles


def test_a_signed_post_then_a_blank_line_then_the_name_with_its_honorific():
    titles = _titles("Palu - Dinas Kesehatan Kabupaten Poso menggelar vaksinasi massal, Senin (3/3/2025).\n\n"
                     "Mengetahui,\nKepala Dinas Kesehatan Kabupaten Poso\n\ndr. Yohanis Rumbia, M.Kes\n"
                     "NIP. 19700101 200003 1 001")
    assert titles == {"Yohanis Rumbia": ["Kepala Dinas Kesehatan Kabupaten Poso"]}


def test_several_blank_lines_to_sign_in():
    titles = _titles("Palu - Rapat digelar di Kota Palu, Senin (3/3/2025).\n\nHormat kami,\nCamat Dolo\n\n\n\n"
                     "Andi Tenri Lamba\n")
    assert titles == {"Andi Tenri Lamba": ["Camat Dolo"]}
