"""A capitalized English phrase whose later word is a noun of an event, a programme or a thing names no person,
whatever a model reads there."""
import pytest

from pipeline.extract.persons import _english_thing


@pytest.mark.parametrize("phrase", ["Fresh Graduate Academy", "Digital Talent Challenge", "Career Day",
                                    "Legal Warfare", "Startup Bootcamp", "Youth Leaders Program"])
def test_english_names_of_programmes_and_events_are_things(phrase):
    assert _english_thing(phrase)


@pytest.mark.parametrize("name", ["Budi Lamato", "Maria Fernandes", "Stefanus Kelen"])
def test_persons_names_are_not(name):
    assert not _english_thing(name)
