"""Generated from openapi/instaview.yaml by openapi/gen_spec_tables.py (nox -s generate). Do not edit."""
