"""The local server behind `make dev`: every route of template.yaml on one port."""
