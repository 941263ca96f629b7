"""Contract checks: the suite's wire traffic against openapi/instaview.yaml (openapi-core), and the fake fuzzed
with schemathesis (``python tests/contract/schemathesis_fake.py``)."""
