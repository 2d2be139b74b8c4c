"""Topic classification on releases written for the tests, with the shipped model and without it."""
import pytest

import pipeline.extract  # noqa: F401
from pipeline.extract import extract_text, topics
from pipeline.extract.topic_discovery import discover_themes

HEALTH = ("Dinas Kesehatan Kabupaten Sinjai menggelar sosialisasi pencegahan stunting bagi kader posyandu "
          "dan ibu hamil di Aula Puskesmas Sinjai Utara, Selasa (4/2/2025). Kepala Dinas Kesehatan meminta "
          "kader memantau gizi balita dan mendorong imunisasi dasar lengkap.")
FISH = ("Dinas Kelautan dan Perikanan Kabupaten Sinjai menyerahkan bantuan 20 unit kapal kepada kelompok "
        "nelayan di Kelurahan Lappa, Rabu (5/2/2025). Bantuan mesin dan alat tangkap diharapkan meningkatkan "
        "hasil tangkapan ikan para nelayan.")


def test_portfolio_table():
    assert topics.portfolio_topics("Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tengah") == \
        ("perindustrian", "perdagangan")
    assert topics.portfolio_topics("Badan Pusat Statistik Provinsi Bali") == ("statistik",)


@pytest.mark.parametrize("text,label", [(HEALTH, "kesehatan"), (FISH, "kelautan_perikanan")])
def test_first_topic(text, label):
    facts = extract_text(text)
    assert facts.topics and facts.topics[0].label == label
    assert 1 <= len(facts.topics) <= 3
    assert all(a.score >= b.score for a, b in zip(facts.topics, facts.topics[1:]))


def test_labels_come_from_the_table():
    facts = extract_text(HEALTH)
    assert {t.label for t in facts.topics} <= set(topics.labels())


def test_works_without_a_model(monkeypatch):
    monkeypatch.setattr(topics, "load_model", lambda: None)
    facts = extract_text(FISH)
    assert facts.topics[0].label == "kelautan_perikanan"


def test_discover_themes_shapes():
    texts = [HEALTH, FISH, HEALTH.replace("Sinjai", "Bone"), FISH.replace("Sinjai", "Bone")]
    found = discover_themes(texts, n_topics=2, n_terms=5)
    assert found.n_topics == 2 and len(found.terms) == 2 and len(found.terms[0]) == 5
    assert found.doc_topics.shape == (4, 2)
    assert found.top_topic(0) == found.top_topic(2) != found.top_topic(1)


def test_a_release_with_weak_signals_still_gets_its_best_topic(monkeypatch):
    monkeypatch.setattr(topics, "MIN_SCORE", 0.99)  # no topic reaches the bar
    facts = extract_text(FISH)
    assert [t.label for t in facts.topics] == ["kelautan_perikanan"]


def test_sharpen_keeps_order_and_lets_a_favourite_lead():
    probs = {"pemerintahan_umum": 0.2, "pendidikan": 0.1, "kesehatan": 0.1, "sosial": 0.6 / 7}
    sharp = topics.sharpen(probs)
    assert abs(sum(sharp.values()) - 1.0) < 1e-9
    assert sorted(sharp, key=sharp.get, reverse=True)[0] == "pemerintahan_umum"
    assert sharp["pemerintahan_umum"] > 0.5 > probs["pemerintahan_umum"]
    flat = {"a": 0.25, "b": 0.25, "c": 0.25, "d": 0.25}
    assert topics.sharpen(flat) == flat


def test_publishing_office_portfolio_does_not_outweigh_the_subject():
    # A communications office that only covers the event: the release is about staffing and the budget.
    text = ("Bupati Sinjai melantik 45 pejabat administrator dan pengawas di lingkungan Pemerintah Kabupaten "
            "Sinjai, Senin (3/2/2025). Bupati meminta seluruh ASN menjaga disiplin, menuntaskan reformasi "
            "birokrasi dan menyerap anggaran APBD tepat waktu. Kegiatan ini diliput oleh Dinas Komunikasi dan "
            "Informatika Kabupaten Sinjai.")
    labels = [t.label for t in extract_text(text).topics]
    assert labels[0] == "pemerintahan_umum"
    assert all(type(label) is str for label in labels)


@pytest.mark.parametrize("name, first", [
    ("Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan", "keamanan_pertahanan"),
    ("Dinas Komunikasi, Informatika dan Statistik Kabupaten Donggala", "komunikasi_informatika"),
    ("BNNP Kaltim", "keamanan_pertahanan"),
    ("Kementerian Komunikasi dan Digital", "komunikasi_informatika"),
    ("Direktorat Jenderal Pemasyarakatan", "hukum"),
])
def test_portfolios_of_ministries_and_regional_bodies(name, first):
    from pipeline.extract.topics import portfolio_topics

    assert portfolio_topics(name)[0] == first


@pytest.mark.parametrize("name", ["Kepolisian Resor Tapanuli Selatan", "Polresta Padang", "Polsek Sungai Raya"])
def test_police_keep_order_as_well_as_security(name):
    # "kamtibmas": the police answer for public order as much as for security
    from pipeline.extract.topics import portfolio_topics

    assert set(portfolio_topics(name)) == {"keamanan_pertahanan", "ketertiban_umum"}


def test_a_police_patrol_release_is_about_public_order_too():
    text = ("Personel Polsek Sungai Raya menggelar patroli dialogis di Pasar Kemuning, Sabtu (8/3/2025). "
            "Kapolsek Sungai Raya meminta warga menjaga kamtibmas dan segera melapor bila melihat "
            "tindak kejahatan di lingkungannya.")
    assert "ketertiban_umum" in [t.label for t in extract_text(text).topics]


def test_a_region_named_with_a_topic_word_does_not_make_the_topic():
    # "Tanah Abang" is a kecamatan, not land affairs
    text = ("Presiden Resmikan Stasiun Baru di Tanah Abang\nPresiden meresmikan stasiun kereta baru di Kecamatan "
            "Tanah Abang, Kota Jakarta Pusat, Selasa (4/11/2025). Warga Tanah Abang kini dapat naik kereta "
            "langsung ke bandara.")
    labels = [t.label for t in extract_text(text).topics]
    assert "pertanahan" not in labels
    assert labels[0] == "perhubungan"


def test_scouting_and_sport_words_are_youth_affairs():
    for head in ("Apel Besar Hari Pramuka", "Atlet Raih Medali Emas Bulu Tangkis"):
        scores = topics.keyword_scores(head, "")
        assert max(scores, key=scores.get) == "kepemudaan_olahraga"


def test_the_head_s_wife_by_her_pkk_post_does_not_make_the_topic():
    # the PKK chair comes with the mayor; the release is about the bridge he opens
    text = ("Wali Kota Resmikan Jembatan Gantung di Kelurahan Lappa\nWali Kota Sinjai didampingi Ketua TP PKK "
            "Kota Sinjai, Hj. Rina, meresmikan jembatan gantung di Kelurahan Lappa, Senin (3/2/2025). Jembatan "
            "sepanjang 40 meter itu dibangun Dinas PUPR untuk menghubungkan dua dusun.")
    assert "pemberdayaan_perempuan" not in [t.label for t in extract_text(text).topics]
    assert topics.companion_only("Wali Kota Resmikan Jembatan", "didampingi Ketua TP PKK")
    assert not topics.companion_only("Ketua TP PKK Buka Lomba Posyandu", "didampingi Ketua TP PKK")
    assert not topics.companion_only("Lomba Posyandu", "Ketua TP PKK membuka lomba posyandu")


def test_community_policing_is_public_order_first():
    # the police serve security and public order; the Bhabinkamtibmas visiting residents is public order
    text = ("Bhabinkamtibmas Sambang Warga Desa Lappa\nBhabinkamtibmas Polsek Sinjai Utara sambang ke rumah warga "
            "di Desa Lappa, Selasa (4/2/2025). Dalam sambang tersebut ia mengajak warga menjaga kamtibmas dan "
            "segera melapor bila ada gangguan di lingkungannya.")
    assert extract_text(text).topics[0].label == "ketertiban_umum"
    groups = topics._portfolio_groups("Polsek Sinjai Utara")
    assert groups == (("keamanan_pertahanan", "ketertiban_umum"),)
    assert topics._ordered(groups, {"ketertiban_umum": 0.5}) == ("ketertiban_umum", "keamanan_pertahanan")
    assert topics._ordered(groups, {}) == ("keamanan_pertahanan", "ketertiban_umum")


def test_the_word_desa_says_where_not_village_affairs():
    assert "pemberdayaan_desa" not in topics.keyword_scores("Posyandu Keliling Sambangi Warga Desa", "")
    assert "pemberdayaan_desa" in topics.keyword_scores("Penyaluran Dana Desa Tahap II", "")


def test_the_heads_of_kecamatan_and_kelurahan_are_general_government():
    # a camat or a lurah is the general administration at the lowest tiers
    scores = topics.keyword_scores("Bupati Minta Camat Berkantor di Dusun", "")
    assert max(scores, key=scores.get) == "pemerintahan_umum"
    text = ("Bupati Minta Para Camat Turun ke Dusun\nBupati Sinjai meminta para camat berkantor di dusun sekali "
            "sepekan agar lebih dekat dengan warga, Kamis (6/2/2025). Para lurah diminta mendampingi.")
    assert extract_text(text).topics[0].label == "pemerintahan_umum"


def test_a_quran_recital_contest_is_religious_affairs():
    scores = topics.keyword_scores("Rapat Persiapan MTQ Tingkat Kabupaten", "")
    assert max(scores, key=scores.get) == "agama"


def test_a_hotel_is_where_the_meeting_is_held():
    # government meetings are held in hotels; the hotel says where, not tourism
    assert "pariwisata" not in topics.keyword_scores("Rapat Koordinasi Penanganan Stunting di Hotel Sinjai", "")
    assert "pariwisata" in topics.keyword_scores("Kunjungan Wisatawan ke Pantai Lappa Naik", "")


def test_the_newsroom_in_the_dateline_is_no_actor():
    # "Kota, Kominfo –": the ministry's newsroom publishes the release; the release is about the state visit
    body = "Jakarta Pusat, Kominfo - Presiden menyambut Perdana Menteri negara sahabat di Istana Merdeka."
    a = body.index("Kominfo")
    assert topics._in_dateline(body, a, a + len("Kominfo"))
    later = "Presiden menyambut tamu negara. Dinas Kominfo - yang meliput - hadir."
    b = later.index("Kominfo")
    assert not topics._in_dateline(later, b, b + len("Kominfo"))
    text = ("Presiden Sambut Perdana Menteri Negara Sahabat\n" + body + " Kedua kepala negara membahas kerja sama "
            "bilateral dan diplomasi kawasan, disaksikan para duta besar.")
    assert "komunikasi_informatika" not in [t.label for t in extract_text(text).topics]
