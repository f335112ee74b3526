"""One registry shape for both APIs: each function's name and the handler that answers it.

The Agent API and the Non-Agent API each keep one registry; a handler module
registers its functions with the registry's decorator when it is imported, and
the coverage page is generated from what registered.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

CallT = TypeVar("CallT")


@dataclass(frozen=True)
class Function(Generic[CallT]):
    name: str
    handler: Callable[[CallT], None]
    summary: str


class FunctionRegistry(Generic[CallT]):
    """The functions of one API, filled by the modules named in `handler_package`."""

    def __init__(self, api: str, handler_package: str) -> None:
        self.api = api
        self.handler_package = handler_package
        self._functions: dict[str, Function[CallT]] = {}

    def function(self, name: str) -> Callable[[Callable[[CallT], None]],
                                              Callable[[CallT], None]]:
        """Register the decorated handler as the function `name`."""

        def register(handler: Callable[[CallT], None]) -> Callable[[CallT], None]:
            if name in self._functions:
                raise ValueError(f"{self.api} function {name!r} is registered twice")
            doc = (handler.__doc__ or "").strip()
            self._functions[name] = Function(name, handler, doc.splitlines()[0] if doc else "")
            return handler

        return register

    def lookup(self, name: str) -> Function[CallT] | None:
        return self._functions.get(name)

    def registered(self) -> dict[str, Function[CallT]]:
        return dict(self._functions)

    def load_handlers(self) -> None:
        """Import the handler package, so every function in it registers itself."""
        importlib.import_module(self.handler_package)
