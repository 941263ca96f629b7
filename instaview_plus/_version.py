"""The package version: single-sourced here, read by hatchling and exposed as ``instaview_plus.__version__``."""

__version__ = "0.2.0"
