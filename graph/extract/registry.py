"""The fact components and the one place that orders them.

A component reads the shared :class:`~graph.extract.context.Context` and the
results of the components it names in ``needs``, and returns a tuple of records.
Components never write into each other's state. Adding a fact type takes a
module with a function decorated by :func:`component`, its cues in
``data/constructions.json``, its vocabulary term and its tests, and its name in
:data:`ORDER`.

>>> sorted(components())
['affiliations', 'conditions', 'proposals', 'stances', 'statements']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from ..errors import UnknownComponentError
from .context import Context

__all__ = ["Component", "ORDER", "component", "components", "run_components"]

#: The components in the order they run; each may read the results of those before it.
ORDER: tuple[str, ...] = ("affiliations", "proposals", "conditions", "stances", "statements")

Results = Mapping[str, tuple[Any, ...]]
Finder = Callable[[Context, Results], tuple[Any, ...]]


@dataclass(frozen=True)
class Component:
    """A named fact component: what it needs, and the function that finds its records."""

    name: str
    needs: tuple[str, ...]
    find: Finder


_REGISTRY: dict[str, Component] = {}


def component(name: str, *, needs: tuple[str, ...] = ()) -> Callable[[Finder], Finder]:
    """Register ``find`` as the component ``name`` reading the results of ``needs``."""

    def register(find: Finder) -> Finder:
        _REGISTRY[name] = Component(name, needs, find)
        return find

    return register


def components() -> dict[str, Component]:
    """Every registered component by name (their modules imported on first use)."""
    for name in ORDER:
        if name not in _REGISTRY:
            import_module(f"{__package__}.{name}")
    return dict(_REGISTRY)


def run_components(ctx: Context, names: tuple[str, ...] = ORDER) -> dict[str, tuple[Any, ...]]:
    """Run the named components in :data:`ORDER`, each given what it needs.

    Raises:
        UnknownComponentError: a name is not a registered component, or a component
            needs one that does not run before it.
    """
    known = components()
    results: dict[str, tuple[Any, ...]] = {}
    for name in names:
        comp = known.get(name)
        if comp is None:
            raise UnknownComponentError(
                f"no fact component named {name!r}; the components are: {', '.join(ORDER)}"
            )
        missing = [n for n in comp.needs if n not in results]
        if missing:
            raise UnknownComponentError(
                f"the component {name!r} needs {', '.join(missing)} to run before it"
            )
        results[name] = comp.find(ctx, {n: results[n] for n in comp.needs})
    return results
