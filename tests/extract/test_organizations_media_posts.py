"""A newsroom post of several words ("Redaktur Pelaksana") is a role of the press: the name after it is the outlet."""
import pytest

from pipeline.extract import extract_text


@pytest.mark.parametrize("text,outlet", [
    ("Diskusi publik\nRedaktur Pelaksana Gorontalo Post, Mira Lestari, hadir sebagai narasumber.\n", "Gorontalo Post"),
    ("Diskusi publik\nKoordinator Liputan Mamuju Pos, Rudi Hartono, hadir sebagai narasumber.\n", "Mamuju Pos"),
])
def test_outlet_after_a_newsroom_post(text, outlet):
    orgs = {o.name: o.kind for o in extract_text(text).organizations}
    assert orgs == {outlet: "company"}
