"""The domain model: frozen records for units, periods, indicators, headings, rules, tasks,
findings, blocks and submissions. Plain data, no I/O. Internal: import from ``cchc_core``."""
