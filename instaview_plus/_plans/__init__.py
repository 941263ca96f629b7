"""Multi-request plans: waits, lookups, workflows, bulk imports and their timing rules."""
