"""Milio Server's shared layer: everything the functions have in common."""
