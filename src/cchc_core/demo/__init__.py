"""The embedded Hướng Hóa demo: a whole review run on synthetic data, in one command."""
