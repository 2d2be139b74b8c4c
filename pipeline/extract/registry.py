"""The extraction pipeline: its components in the order they run, registered here, and the Language built
from them with the settings' component config.

Importing a component module registers its factory with spaCy (`Language.factory`); this module imports each
of them explicitly, so adding a component is one import and one name in COMPONENTS.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from pipeline.extract import (  # noqa: F401  (each registers its factory)
    dates,
    entities,
    event_syntax,
    events,
    listed_bodies,
    organizations,
    persons,
    places,
    representations,
    themes,
    titles,
    venues,
)
from pipeline.nlp.language import blank_language
from pipeline.settings import Settings
from pipeline.version import extractor_version

# Extraction components in the order they run; later ones read the mentions of earlier ones.
COMPONENTS: tuple[str, ...] = (
    "warta_sentences",
    "warta_dates",
    "warta_organizations",
    "warta_places",
    "warta_venues",
    "warta_titles",
    "warta_ner",  # the trained NER, on what the rules above left unexplained (the `ner` setting)
    "warta_persons",
    "warta_listed_bodies",  # items of a list of bodies that no rule names, once persons are known
    "warta_representations",
    "warta_themes",
    "warta_events",
    "warta_syntax",  # off unless the `syntax` setting: a stanza parse of the main event's sentences
)
VERSION_KEY = "warta_extractor_version"  # in nlp.meta: the version of the facts this Language produces


def build_nlp(components: tuple[str, ...] | None = None, exclude: tuple[str, ...] = (),
              settings: Settings | None = None) -> Language:
    settings = settings or Settings()
    configs = settings.component_configs()
    nlp = blank_language()
    for name in components or COMPONENTS:
        if name in exclude:
            continue
        nlp.add_pipe(name, name=name, config=configs.get(name, {}))
    nlp.meta[VERSION_KEY] = extractor_version(settings)
    return nlp


@lru_cache(maxsize=4)
def get_nlp(components: tuple[str, ...] | None = None, exclude: tuple[str, ...] = (),
            settings: Settings | None = None) -> Language:
    """The Language for these settings, built once per process."""
    return build_nlp(components, exclude, settings)
