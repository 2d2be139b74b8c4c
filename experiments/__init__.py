"""NER training variants that were measured and not adopted (see experiments/README.md).

Not part of the `warta` distribution: the product ships `pipeline/`, and nothing there imports this.
"""
