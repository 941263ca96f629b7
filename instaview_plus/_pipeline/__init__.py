"""The request pipeline: build, pace, send, retry, read answers."""
