"""The core's own features, registered through the same hooks as any plugin (as pytest does)."""
