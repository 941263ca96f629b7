"""The request pipeline: building, sending, pacing, retrying and reading answers."""
