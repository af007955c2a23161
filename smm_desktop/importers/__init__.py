"""Readers of the platforms' analytics exports (Qt-free, database-free): bytes in, typed
records and problems out. Entry points: read.read_export and read.read_mapped."""
