"""Load synthetic documents and facts batch by batch the way a run does (register, then replace facts).

    python -m tests.reliability.store_loader DB N BATCH    prints the first index of each committed batch
"""
from __future__ import annotations

import sys
from pathlib import Path

from pipeline.store.db import open_store
from pipeline.store.load import UNCHANGED, load_facts, register_documents
from tests.reliability.helpers import SYNTHETIC

VERSION = "bench+0"


def load(db: Path, n: int, batch: int, echo: bool = False) -> int:
    """Documents whose facts were (re)loaded; already complete ones are skipped, as a rerun does."""
    con = open_store(db)
    loaded = 0
    try:
        for first in range(0, n, batch):
            pairs = [SYNTHETIC.synthetic(i, VERSION) for i in range(first, min(n, first + batch))]
            status = register_documents(con, [d for d, _ in pairs], version=VERSION)
            todo = [f for d, f in pairs if status[d.id] != UNCHANGED]
            load_facts(con, todo)
            loaded += len(todo)
            if echo:
                print(first, flush=True)
    finally:
        con.close()
    return loaded


if __name__ == "__main__":
    load(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), echo=True)
