# A JSON-ish document: nested unions of scalars, lists and dicts, walked by
# isinstance narrowing, printed and compared.
from typing import Optional, Union

Scalar = Union[int, float, str, bool, None]
Row = dict[str, int | float | str | None]
Doc = dict[str, int | str | list[int] | dict[str, int]]


def render(value: int | float | str | None) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return '"' + value + '"'
    return str(value)


def render_row(row: Row) -> str:
    parts = [f'"{k}": {render(v)}' for k, v in row.items()]
    return "{" + ", ".join(parts) + "}"


def size(item: int | str | list[int] | dict[str, int]) -> int:
    if isinstance(item, (list, dict)):
        return len(item)
    elif isinstance(item, str):
        return len(item)
    return 1


def total(doc: Doc) -> int:
    acc = 0
    for key in sorted(doc):
        item = doc[key]
        if isinstance(item, int):
            acc += item
        elif isinstance(item, list):
            acc += sum(item)
        elif isinstance(item, dict):
            acc += sum(item.values())
        else:
            acc += len(item)
    return acc


rows: list[Row] = [
    {"id": 1, "name": "ann", "score": 9.5, "note": None},
    {"id": 2, "name": "bob", "score": 7, "note": "late"},
    {},
]
for row in rows:
    print(render_row(row), row)

doc: Doc = {"n": 3, "s": "four", "xs": [1, 2, 3], "m": {"a": 10, "b": -2}, "empty": []}
print(doc)
print(total(doc), {k: size(v) for k, v in doc.items()})
doc["n"] = "now a str"
doc["xs"] = 5
print(doc["n"], doc["xs"], total(doc))
print(doc["m"] == {"b": -2, "a": 10}, doc["s"] == "four", doc["xs"] == 5.0, doc["empty"] == [])

scalars: list[Scalar] = [1, 2.5, "x", None, True, 0, ""]
print(scalars)
print([s for s in scalars if s])
print([type(s).__name__ for s in scalars if isinstance(s, (int, float))])

maybe: Optional[Union[int, str]] = None
print(maybe, maybe is None)
maybe = 4
print(maybe, maybe == 4, maybe is None)
