"""Check: every submission through the cell checks, the declared rules, the trend and narrative
checks and the plugins' ``cchc_validate``; ``checking`` runs them. Internal: import from
``cchc_core``."""
