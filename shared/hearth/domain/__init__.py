"""Hearth's domain: pure Python. Nothing here imports AWS, HTTP or LLM SDKs (a test walks it)."""
