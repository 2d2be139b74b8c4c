"""A small store built from hand-made documents and facts whose view rows are known in advance.

A: Sulawesi Tengah rakor (main event in Kabupaten Poso), B: Kota Semarang training organized by an acronym,
C: Kota Palu follow-up without an event, D: a document with no facts and no date.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.facts import (Event, Facts, Organization, Person, Place, Representation, Role, Title, Topic,
                                    Venue)
from pipeline.normalize.document import make_document
from pipeline.store.db import open_store
from pipeline.store.load import load_facts, register_documents

VERSION = "test+0"

TEXT_A = ("Rakor Perindag Sulteng 2024\n\nRapat Koordinasi Perindustrian dan Perdagangan digelar di Torau Resort, "
          "Kabupaten Poso, 12 sampai dengan 13 Juni 2024. Plh. Kepala Dinas Perindustrian dan Perdagangan Provinsi "
          "Sulawesi Tengah Mira Yuliastuti melapor. Bupati Poso diwakili oleh Abdul Kahar Latjare yang membuka "
          "acara. Disperindag Sulteng mengajak Kabupaten Poso dan seluruh Sulawesi Tengah bersinergi.")
TEXT_B = ("Pelatihan IKM Batik di Semarang\n\nKemenperin menggelar pelatihan IKM batik di Kota Semarang pada "
          "3 Juli 2024. Kepala Balai Besar Kerajinan dan Batik Budi Santoso membuka pelatihan bagi perajin batik "
          "dari berbagai daerah di Jawa Tengah yang mengikuti kegiatan selama tiga hari penuh.")
TEXT_C = ("Tindak lanjut rakor di Palu\n\nAbdul Kahar Latjare mewakili Bupati Poso dalam pertemuan lanjutan "
          "dengan Disperindag Sulteng di Kota Palu untuk membahas perdagangan antardaerah dan harga bahan pokok "
          "menjelang akhir bulan Juli tahun ini.")
TEXT_D = ("Pengumuman tanpa fakta\n\nHalaman ini hanya berisi pengumuman umum tanpa nama orang, lembaga, "
          "tempat, maupun tanggal sehingga tidak ada fakta yang dapat diambil dari teks ini sama sekali.")

DISPERINDAG = "Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tengah"


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def documents():
    return [
        make_document(TEXT_A, "corpus/a.txt", published="2024-06-12"),
        make_document(TEXT_B, "corpus/b.txt", published="2024-07-03"),
        make_document(TEXT_C, "corpus/c.txt", published="2024-07-20"),
        make_document(TEXT_D, "corpus/d.txt", published=None),
    ]


def facts_for(docs) -> list[Facts]:
    a, b, c, d = docs
    fa = Facts(a.id, a.source, VERSION, published=a.published, title=a.title)
    fa.persons = [
        Person("Mira Yuliastuti", spans=[span(TEXT_A, "Mira Yuliastuti")], titles=[Title(
            "Plh. Kepala Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tengah", head="Kepala",
            acting="Plh.", organization=DISPERINDAG, region_code="72",
            span=span(TEXT_A, "Plh. Kepala Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tengah"))]),
        Person("Abdul Kahar Latjare", spans=[span(TEXT_A, "Abdul Kahar Latjare")],
               titles=[Title("Asisten Perekonomian Kabupaten Poso", head="Asisten", region_code="72.02")]),
    ]
    fa.organizations = [Organization(DISPERINDAG, aliases=["Disperindag Sulteng"], key="disperindag-72",
                                     region_code="72", spans=[span(TEXT_A, "Disperindag Sulteng")])]
    fa.places = [
        Place("Kabupaten Poso", "kabupaten", code="72.02", province="72",
              spans=[span(TEXT_A, "Kabupaten Poso"), span(TEXT_A, "Kabupaten Poso", 1)]),
        Place("Sulawesi Tengah", "provinsi", code="72", province="72", spans=[span(TEXT_A, "Sulawesi Tengah", 1)]),
    ]
    fa.venues = [Venue("Torau Resort", spans=[span(TEXT_A, "Torau Resort")])]
    fa.topics = [Topic("perindustrian", 0.8), Topic("perdagangan", 0.6)]
    fa.representations = [Representation("Bupati Poso", "Abdul Kahar Latjare", "diwakili",
                                         span(TEXT_A, "Bupati Poso diwakili oleh Abdul Kahar Latjare"))]
    fa.main_event = Event("Rapat Koordinasi Perindustrian dan Perdagangan", kind="rapat", start="2024-06-12",
                          end="2024-06-13", place="Kabupaten Poso", place_code="72.02", venue="Torau Resort",
                          organizer=DISPERINDAG, span=span(TEXT_A, "Rapat Koordinasi Perindustrian dan Perdagangan"),
                          roles=[Role("opened_by", "Abdul Kahar Latjare", span(TEXT_A, "Abdul Kahar Latjare"))])

    fb = Facts(b.id, b.source, VERSION, published=b.published, title=b.title)
    fb.persons = [Person("Budi Santoso", spans=[span(TEXT_B, "Budi Santoso")],
                         titles=[Title("Kepala Balai Besar Kerajinan dan Batik", head="Kepala")])]
    fb.organizations = [Organization("Kementerian Perindustrian", aliases=["Kemenperin"], key="kemenperin",
                                     spans=[span(TEXT_B, "Kemenperin")])]
    fb.places = [Place("Kota Semarang", "kota", code="33.74", province="33", spans=[span(TEXT_B, "Kota Semarang")])]
    fb.topics = [Topic("perindustrian", 0.9)]
    fb.main_event = Event("Pelatihan IKM Batik", kind="pelatihan", start="2024-07-03", organizer="KEMENPERIN")

    fc = Facts(c.id, c.source, VERSION, published=c.published, title=c.title)
    fc.organizations = [Organization("Disperindag Sulteng", key="disperindag-72", region_code="72",
                                     spans=[span(TEXT_C, "Disperindag Sulteng")])]
    fc.places = [Place("Kota Palu", "kota", code="72.71", province="72", spans=[span(TEXT_C, "Kota Palu")])]
    fc.topics = [Topic("perdagangan", 0.7)]
    fc.representations = [Representation("Bupati Poso", "Abdul Kahar Latjare", "mewakili",
                                         span(TEXT_C, "Abdul Kahar Latjare mewakili Bupati Poso"))]

    fd = Facts(d.id, d.source, VERSION)
    return [fa, fb, fc, fd]


def build_store(path: Path) -> Path:
    docs = documents()
    con = open_store(path)
    try:
        register_documents(con, docs, version=VERSION)
        load_facts(con, facts_for(docs))
    finally:
        con.close()
    return path


@pytest.fixture(scope="session")
def store_db(tmp_path_factory) -> Path:
    """Built once; tests only read it (read-only connections)."""
    return build_store(tmp_path_factory.mktemp("store") / "facts.duckdb")


@pytest.fixture(scope="session")
def doc_ids() -> dict[str, str]:
    return dict(zip("abcd", (d.id for d in documents())))
