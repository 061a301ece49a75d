"""Plugins: the hook specifications, the manager that loads plugins one by one, the catalogue
assembled from their declarations, :class:`~cchc_core.FieldPlugin` and the listing of
``cchc plugins``. Internal: import from ``cchc_core``."""
