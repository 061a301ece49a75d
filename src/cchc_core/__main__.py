"""``python -m cchc_core``: the ``cchc`` command, for machines where the script is not on PATH."""

from cchc_start import run

run()
