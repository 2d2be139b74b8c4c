"""A store built by the real pipeline from a corpus release and three releases written for these tests:
an official of Kabupaten Sigi (72.10) first acting (Plt.) then in office, and a release whose text carries a
`<script>` element (it must show as text)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS_RELEASES = ("sulteng-rakor-perindag-2024.txt",)

RELEASES = {
    "sigi-plt-bupati-sosialisasi-stunting-2023.txt": """\
Plt. Bupati Sigi Buka Sosialisasi Percepatan Penurunan Stunting

SIGI – Pemerintah Kabupaten Sigi menggelar Sosialisasi Percepatan Penurunan Stunting di Aula Kantor Camat Dolo, \
Kabupaten Sigi, pada Selasa, 14 Maret 2023. Kegiatan dibuka secara resmi oleh Plt. Bupati Sigi, Samsul Hadi \
Wiranata, S.Sos., M.Si.

Dalam sambutannya, Samsul Hadi Wiranata mengajak seluruh kepala desa untuk memastikan setiap ibu hamil dan \
balita mendapat pemeriksaan rutin di posyandu. Kepala Dinas Kesehatan Kabupaten Sigi, dr. Rahmawati Lasiki, \
menyampaikan bahwa angka stunting di Kabupaten Sigi turun dari tahun sebelumnya berkat kerja sama lintas sektor.

Sosialisasi diikuti oleh 120 peserta yang terdiri dari kader posyandu, bidan desa dan aparat desa se-Kecamatan Dolo.
""",
    "sigi-bupati-resmikan-pasar-2024.txt": """\
Bupati Sigi Resmikan Pasar Rakyat Biromaru

SIGI – Bupati Sigi, Samsul Hadi Wiranata, meresmikan Pasar Rakyat Biromaru di Kabupaten Sigi pada Kamis, \
8 Februari 2024. Pasar yang dibangun oleh Dinas Perindustrian dan Perdagangan Kabupaten Sigi itu menampung \
240 pedagang.

Samsul Hadi Wiranata berharap pasar baru ini menjaga harga bahan pokok tetap stabil menjelang bulan Ramadan. \
Kepala Dinas Perindustrian dan Perdagangan Kabupaten Sigi, Yohanes Tandiabang, melaporkan bahwa seluruh kios \
telah terisi oleh pedagang lokal.
""",
    "sigi-diskominfo-pelatihan-keamanan-situs-2024.txt": """\
Diskominfo Sigi Latih Operator Tangkal Sisipan <script> pada Situs Pemerintah

SIGI – Dinas Komunikasi dan Informatika Kabupaten Sigi menggelar Pelatihan Keamanan Situs Web di Aula Kantor \
Bupati Sigi pada Rabu, 5 Juni 2024. Kepala Dinas Komunikasi dan Informatika Kabupaten Sigi, Andi Mappaturung, \
menjelaskan bahwa kode seperti <script>alert('warta')</script> yang disisipkan ke formulir harus ditolak.

Pelatihan diikuti oleh 40 operator situs dari seluruh perangkat daerah Kabupaten Sigi.
""",
}

PERSON = "Samsul Hadi Wiranata"
PERSON_KEY = "samsul-hadi-wiranata"  # the name key: persons grouped by name, also a person page
SIGI = "72.10"


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> Path:
    """Built once by the pipeline (in this process, no Prefect); tests only read it."""
    from pipeline.runs import run_pipeline

    root = tmp_path_factory.mktemp("web-store")
    corpus = root / "corpus"
    corpus.mkdir()
    for name in CORPUS_RELEASES:
        shutil.copy(REPO / "corpus" / name, corpus / name)
    for name, text in RELEASES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    db = root / "warta.duckdb"
    summary = run_pipeline(corpus, db, workers=1)
    assert summary.rejected == 0, summary.rejects
    return db


@pytest.fixture(scope="session")
def client(web_db):
    """The application over the store, in this process; hold=0: the file is closed after every request."""
    from starlette.testclient import TestClient

    from pipeline.web.app import create_app

    with TestClient(create_app(web_db, hold=0)) as c:
        yield c


@pytest.fixture(scope="session")
def person_url(client) -> str:
    """The page of the official, as search gives it (a `people` id)."""
    hits = client.get("/search.json", params={"q": PERSON}).json()
    return next(h["url"] for h in hits if h["kind"] == "person")


def document_id_of(client, source_name: str) -> str:
    rows = client.get("/recent.json").json()
    return next(r["document_id"] for r in rows if r["source"].endswith(source_name))
