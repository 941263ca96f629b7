"""The client and the spec tables generated from openapi/instaview.yaml (`nox -s generate`)."""
