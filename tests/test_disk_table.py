"""Rows sorted on disk: the order Python sorts strings in, each node's rows as given."""

from __future__ import annotations

from graph.export.disk_table import DiskTable

_ROWS = [
    ("b", "label", "B"),
    ("\U0001f600", "label", "emoji"),
    ("\ufffd", "label", "replacement"),
    ("a", "label", "A"),
    ("é", "label", "E"),
    ("a", "alt_labels", "Ay"),
    ("Z", "label", "Zed"),
    ("a", "label", "A"),
]


def test_disk_table_groups_by_the_first_column_in_python_order() -> None:
    table = DiskTable(("iri", "key", "value"), _ROWS)
    grouped = list(table.grouped())
    assert [iri for iri, _rows in grouped] == sorted({row[0] for row in _ROWS})
    assert dict(grouped)["a"] == [("label", "A"), ("alt_labels", "Ay"), ("label", "A")]
    table.close()


def test_disk_table_sorted_rows_and_union_of_columns() -> None:
    table = DiskTable(("iri", "key", "value"), _ROWS)
    assert list(table.sorted(distinct=True)) == sorted(set(_ROWS))
    assert list(table.union("iri", "value")) == sorted(
        {r[0] for r in _ROWS} | {r[2] for r in _ROWS}
    )
    table.close()
