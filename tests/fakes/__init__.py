"""Fakes at the expensive edges only: local servers that speak the real wire APIs."""
