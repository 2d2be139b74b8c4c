"""Training entry points for the Indonesian models shipped in models/.

- pipeline.train.ner.train_ner: the spaCy NER (PER/ORG/LOC) -> models/ner-id
- pipeline.train.stanza_train.train_stanza: stanza tokenize/mwt/pos/lemma -> models/stanza-id
"""
