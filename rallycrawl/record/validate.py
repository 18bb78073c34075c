"""The validator of the record, read off the field metadata of :mod:`.fields`."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .fields import ArticleRecord, FieldSpec, specs


class RecordError(ValueError):
    """The record does not follow the contract."""


@cache
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


#: the one form of each date key, checked by validate_record
DATE_FORMS = {s.name: _pattern(s.pattern) for s in specs(ArticleRecord) if s.pattern}


def _check_value(where: str, value: Any, s: FieldSpec) -> None:
    if value is None:
        if not s.nullable:
            raise RecordError(f"{where} is null but the contract requires a value")
        return
    # bool is an int subclass: an int field must not accept True/False.
    if s.type is not bool and isinstance(value, bool):
        raise RecordError(f"{where} is a bool, expected {s.type.__name__}")
    if not isinstance(value, s.type):
        raise RecordError(f"{where} is {type(value).__name__}, expected {s.type.__name__}")
    if s.enum and value not in s.enum:
        raise RecordError(f"{where}={value!r} is not one of {', '.join(s.enum)}")
    if s.pattern and not _pattern(s.pattern).fullmatch(value):
        raise RecordError(f"{where}={value!r} is not of the form {s.pattern}")
    if s.bounds and not s.bounds[0] <= value <= s.bounds[1]:
        raise RecordError(f"{where} must be within {s.bounds[0]:g}..{s.bounds[1]:g}")
    if s.items is str and not all(isinstance(v, str) for v in value):
        raise RecordError(f"{where} must be a list of strings")
    if s.items is not None and s.items is not str:
        for i, part in enumerate(value):
            _check_object(f"{where}[{i}]", part, s.items)
    if s.part is not None:
        _check_object(where, value, s.part)


def _check_object(where: str, obj: Any, cls: type) -> None:
    if not isinstance(obj, dict):
        raise RecordError(f"{where} is {type(obj).__name__}, expected an object")
    for s in specs(cls):
        name = f"{where}.{s.name}" if where else s.name
        if s.name not in obj:
            raise RecordError(f"{name} is missing")
        _check_value(name, obj[s.name], s)


def validate_record(record: dict[str, Any]) -> None:
    """Raise :class:`RecordError` naming the first key that breaks the contract.

    Every key of :class:`~.fields.ArticleRecord` and of the parts must be there (a record
    made before a key was added gets it from :func:`~.fields.with_added_keys`); keys the
    contract does not name are allowed (a spider may add some).
    """
    _check_object("", record, ArticleRecord)
    if record["event"] is not None and not record["is_protest"]:
        raise RecordError("event must be null when is_protest is false")
