"""``nox -s release``: the release command, its CHANGELOG bookkeeping and the record of the last release."""
