"""Fixtures for testing cchc plugins (a pytest plugin, loaded automatically once cchc-core is
installed).

A department tests its plugin in a few lines::

    import cchc_my_plugin

    def test_my_rows_load(cchc_manager):
        pm = cchc_manager(cchc_my_plugin)
        assert not pm.failures

Fixtures:

- ``cchc_manager``: a factory for a fresh plugin manager holding the core's built-in plugins and the
  plugin modules you pass (installed plugins are not loaded unless ``entry_points=True``).
- ``cchc_catalogue``: a factory building the catalogue from such a manager.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from .plugins import CchcPluginManager, make_plugin_manager


@pytest.fixture
def cchc_manager() -> Callable[..., CchcPluginManager]:
    """Factory: ``cchc_manager(plugin_module, ..., entry_points=False, strict=False)``."""

    def make(
        *plugins: ModuleType | object, entry_points: bool = False, **options: Any
    ) -> CchcPluginManager:
        named = [(getattr(p, "__name__", type(p).__name__), p) for p in plugins]
        return make_plugin_manager(entry_points=entry_points, plugins=named, **options)

    return make


@pytest.fixture
def cchc_catalogue(cchc_manager: Callable[..., CchcPluginManager]) -> Callable[..., Any]:
    """Factory: ``cchc_catalogue(plugin_module, ...)`` → the assembled catalogue."""
    from .catalogue import build

    def make(*plugins: ModuleType | object, **options: Any) -> Any:
        return build(cchc_manager(*plugins, **options))

    return make
