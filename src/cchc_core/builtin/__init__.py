"""The core's own plugins, registered through the same hooks as any office's: the outline's skeleton,
Phụ lục 1 section I and the cross-cutting report content, the file collectors."""
