"""Which optional content (layers) is off in the default view.

Content in a layer that is off is invisible to the reviewer but still in the file, and any viewer
can switch it on: the redactor deletes it rather than redact what nobody looked at.
"""

from __future__ import annotations

from typing import Any

from pypdf.generic import ArrayObject, DictionaryObject

__all__ = ["OptionalContent"]

MAX_EXPRESSION_DEPTH = 32


def _ref_key(obj: Any) -> Any:
    reference = getattr(obj, "indirect_reference", None)
    if reference is not None:
        return reference.idnum, reference.generation
    return id(obj)


class OptionalContent:
    def __init__(self, catalog: Any) -> None:
        self._off: set[Any] = set()
        self._on: set[Any] = set()
        self._base_on = True
        properties = catalog.get("/OCProperties") if isinstance(catalog, DictionaryObject) else None
        properties = properties.get_object() if properties is not None else None
        config = properties.get("/D") if isinstance(properties, DictionaryObject) else None
        config = config.get_object() if config is not None else None
        if isinstance(config, DictionaryObject):
            self._base_on = config.get("/BaseState", "/ON") != "/OFF"
            self._on = self._keys(config.get("/ON"))
            self._off = self._keys(config.get("/OFF"))

    @staticmethod
    def _keys(array: Any) -> set[Any]:
        array = array.get_object() if array is not None else None
        if not isinstance(array, ArrayObject):
            return set()
        return {_ref_key(item.get_object()) for item in array}

    def group_visible(self, group: Any) -> bool:
        key = _ref_key(group)
        if key in self._off:
            return False
        return self._base_on or key in self._on

    def is_hidden(self, obj: Any) -> bool:
        """True when an OCG or OCMD (resolved dictionary) makes its content invisible."""
        return not self._visible(obj, 0)

    def _visible(self, obj: Any, depth: int) -> bool:
        obj = obj.get_object() if obj is not None and hasattr(obj, "get_object") else obj
        if not isinstance(obj, DictionaryObject) or depth > MAX_EXPRESSION_DEPTH:
            return True
        kind = obj.get("/Type")
        if kind == "/OCG":
            return self.group_visible(obj)
        if kind != "/OCMD":
            return True
        expression = obj.get("/VE")
        if isinstance(expression, ArrayObject):
            return self._expression(expression, depth + 1)
        groups = obj.get("/OCGs")
        groups = groups.get_object() if groups is not None else None
        members = list(groups) if isinstance(groups, ArrayObject) else ([groups] if groups is not None else [])
        states = [self.group_visible(member.get_object()) for member in members]
        if not states:
            return True
        policy = obj.get("/P", "/AnyOn")
        if policy == "/AllOn":
            return all(states)
        if policy == "/AnyOff":
            return not all(states)
        if policy == "/AllOff":
            return not any(states)
        return any(states)

    def _expression(self, expression: ArrayObject, depth: int) -> bool:
        if depth > MAX_EXPRESSION_DEPTH or not expression:
            return True
        operator, operands = expression[0], [item.get_object() for item in expression[1:]]
        values = [
            self._expression(item, depth + 1) if isinstance(item, ArrayObject) else self._visible(item, depth + 1)
            for item in operands
        ]
        if operator == "/Not":
            return not values[0] if values else True
        if operator == "/And":
            return all(values)
        return any(values)
