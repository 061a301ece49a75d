"""Documents: the Narrator's sentences, the Decree 30 template, the district and specialist reports,
the Phụ lục 1 and status workbooks, charts, and the all-or-nothing ``build``. Internal: import from
``cchc_core``."""
