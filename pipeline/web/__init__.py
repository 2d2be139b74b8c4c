"""`warta serve`: a read-only web explorer over the store (search, persons, regions, events, documents)."""
