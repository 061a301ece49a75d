"""Figures: the district's totals with their provenance (``aggregate``), one figure explained
(``explain``), who delivered what (``status``), and the notes naming units left out. Internal:
import from ``cchc_core``."""
