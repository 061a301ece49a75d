"""``python -m cchc_core``: the ``cchc`` command, for machines where the script is not on PATH."""

from cchc_core.cli import main

main(prog_name="cchc")
