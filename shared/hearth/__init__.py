"""Hearth: a serverless backend for AI emotional support."""

__version__ = "0.1.0"
