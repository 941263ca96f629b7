"""Multi-request plans, written once for sync and async: pagination, polling, lookup, workflows, bulk."""
