"""What the notebooks draw: charts over the analyst views (matplotlib, from the `notebooks` extra)."""
