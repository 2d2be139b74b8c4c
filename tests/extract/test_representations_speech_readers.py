"""Who reads whose speech: the forms of a speech read out by another official."""
from pipeline.extract import extract_text


def reps(text):
    return [(r.principal, r.representative, r.relation) for r in extract_text(text).representations]


def test_a_bare_post_reader_is_the_holder_named_in_full():
    text = ("Wakil Gubernur Maluku Utara Arsad Tomagola memimpin upacara di Lapangan Salero. Dalam kesempatan itu, "
            "Wagub membacakan amanat Menteri Sosial Republik Indonesia.")
    assert reps(text) == [("Menteri Sosial Republik Indonesia", "Arsad Tomagola", "membacakan")]


def test_speech_named_between_principal_and_cue():
    text = ("Upacara digelar di halaman kantor. Bupati Luwu dalam amanatnya yang dibacakan Wakil Bupati Luwu, "
            "Andi Pawero, mengajak ASN bekerja keras.")
    assert reps(text) == [("Bupati Luwu", "Andi Pawero", "membacakan")]


def test_dibacakannya_reader_after_the_comma_or_before_the_phrase():
    after = ("Turnamen dibuka di Stadion Mini. Dalam sambutan Bupati Sigi yang dibacakannya, Wabup Sigi Markus "
             "Tolapa mengajak pemuda menjunjung sportivitas.")
    before = ("Turnamen dibuka di Stadion Mini. Wakil Bupati Sigi Markus Tolapa, dalam sambutan Bupati yang "
              "dibacakannya, mengajak pemuda menjunjung sportivitas.")
    assert reps(after) == [("Bupati Sigi", "Markus Tolapa", "membacakan")]
    assert reps(before) == [("Bupati", "Markus Tolapa", "membacakan")]


def test_the_holder_of_the_day_role_reads():
    text = ("Upacara digelar di Lapangan Pancasila. Wakil Bupati Bone, Andi Zulham, bertindak sebagai pembina apel "
            "dan membacakan sambutan Gubernur Sulawesi Selatan.")
    assert reps(text) == [("Gubernur Sulawesi Selatan", "Andi Zulham", "membacakan")]


def test_menyampaikan_sambutan_of_another_official():
    text = ("Apel digelar di Lapangan Ahmad Kirang. Kepala BPBD Kabupaten Mamuju, Rahmat Salewa, menyampaikan "
            "sambutan Kepala BNPB pada apel siaga.")
    own = "Bupati Luwu Andi Palangi menyampaikan sambutan pada pembukaan MTQ di Belopa."
    assert reps(text) == [("Kepala BNPB", "Rahmat Salewa", "membacakan")]
    assert reps(own) == []
