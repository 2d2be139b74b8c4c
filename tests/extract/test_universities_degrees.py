"""University staff carry degrees of their fields (M.Agr.St., S.TP., M.Ed.) and a clinician's subspecialty
(Sp.PD-KGEH, Sp.OG(K)): they close the name, so the post after "sebagai" is still the holder's."""
import pytest

from pipeline.extract import extract_text


@pytest.mark.parametrize("degrees", [
    "S.S., M.Hum.", "M.Agr.St., Ph.D.", "M.Sc.Agr.", "S.TP., M.P.", "S.Pd., M.Ed.", "M.App.Sc.", "M.Env.",
    "D.Sc.", "M.Sn.", "M.Stat.", "S.Kom., M.Cs.", "M.S.", "Sp.PD-KGEH", "M.Kes., Sp.OG(K)", "Sp.A(K)",
])
def test_post_after_sebagai_past_a_field_degree(degrees):
    text = f"Rektor melantik Dr. Hasan Moito, {degrees} sebagai Dekan Fakultas Teknik Untad di Palu."
    persons = {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}
    assert persons == {"Hasan Moito": ["Dekan Fakultas Teknik Untad"]}
