"""Utilities every layer uses: Vietnamese text and numbers, atomic and byte-stable files, the shared
look of documents and workbooks. Internal: import from ``cchc_core``."""
