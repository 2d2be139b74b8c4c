"""Installing retrained stanza processors replaces only those processors."""
from __future__ import annotations

from pathlib import Path

from pipeline.train.stanza_train import install_models


def test_install_replaces_only_the_given_processors(tmp_path: Path):
    target = tmp_path / "stanza-id"
    for processor in ("tokenize", "pos"):
        (target / "id" / processor).mkdir(parents=True)
        (target / "id" / processor / "warta.pt").write_bytes(b"old " + processor.encode())
    new_pos = tmp_path / "id_warta_pos.pt"
    new_pos.write_bytes(b"new pos")
    new_dep = tmp_path / "id_warta_depparse.pt"
    new_dep.write_bytes(b"new depparse")

    installed = install_models({"pos": new_pos, "depparse": new_dep}, target)

    assert installed == {"pos": "id/pos/warta.pt", "depparse": "id/depparse/warta.pt"}
    assert (target / "id" / "tokenize" / "warta.pt").read_bytes() == b"old tokenize"
    assert (target / "id" / "pos" / "warta.pt").read_bytes() == b"new pos"
    assert (target / "id" / "depparse" / "warta.pt").read_bytes() == b"new depparse"
    assert (target / "resources.json").read_text().strip() == "{}"


def test_upos_only_blanks_xpos_and_feats(tmp_path: Path):
    from pipeline.train.stanza_train import upos_only

    path = tmp_path / "dev.conllu"
    path.write_text(
        "# text = Budi datang\n"
        "1\tBudi\tBudi\tPROPN\tNSD\tNumber=Sing\t2\tnsubj\t_\t_\n"
        "2\tdatang\tdatang\tVERB\tVSA\t_\t0\troot\t_\t_\n\n",
        encoding="utf-8",
    )
    upos_only(path)
    rows = [line.split("\t") for line in path.read_text().splitlines() if line and not line.startswith("#")]
    assert [r[3] for r in rows] == ["PROPN", "VERB"]
    assert [(r[4], r[5]) for r in rows] == [("_", "_"), ("_", "_")]
    assert path.read_text().startswith("# text = Budi datang\n")
