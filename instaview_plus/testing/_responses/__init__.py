"""HTTP shaping per resource: parse the request, call the backend, shape the JSON answer.

Each module registers its handlers in :data:`._registry.HANDLERS`; ``_routes.py`` imports them all.
"""
