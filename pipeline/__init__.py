"""warta: Indonesian government press releases -> queryable facts.

Data flows one way through the subpackages:
sources -> normalize -> nlp -> extract -> resolve -> store.
"""
import os

__version__ = "0.1.0"

# Offline, quiet defaults for the libraries warta drives; callers may override them.
for _key, _value in {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "HF_HUB_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
}.items():
    os.environ.setdefault(_key, _value)
