"""The spaCy Language for Indonesian releases: tokenizer exceptions, registered components, trained models."""
