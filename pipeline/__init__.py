"""warta: Indonesian government press releases -> queryable facts.

Data flows one way through the subpackages:
sources -> normalize -> nlp -> extract -> resolve -> store.
Importing the package sets nothing: the entry points (the `warta` command, flows.py) set the process
defaults (pipeline.settings.set_process_defaults).
"""
__version__ = "0.1.0"
