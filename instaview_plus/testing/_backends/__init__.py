"""Backends: per resource, its records and rules (state, lifecycle, validation, errors); no HTTP."""
