"""Generated from openapi/instaview.yaml by tools/generate (nox -s generate). Do not edit."""
