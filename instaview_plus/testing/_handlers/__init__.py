"""Wire handlers per resource (parse query/body, apply the rules, build the documented body)."""
