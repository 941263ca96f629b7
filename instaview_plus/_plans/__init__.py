"""Multi-request plans: waits, lookups, workflows, bulk imports and scheduling, the results export, checkpoints and the settle window."""
