"""The versions a plugin can rely on: the package's, and the hook API's.

``HOOK_API`` is the version of the contract between the core and its plugins (the hooks, their
arguments and the declaration classes). Its major number changes only when a plugin written for the
previous one would break; a plugin may state the major version it was written for.
"""

from __future__ import annotations

__version__ = "0.2.0"
HOOK_API = "1.0"
