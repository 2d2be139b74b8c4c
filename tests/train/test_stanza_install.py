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
