"""Multi-request plans: bulk scheduling, results export, the settle window and checkpoints."""
