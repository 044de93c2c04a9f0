"""HTTP glue for the chat-turn function: schemas, identity, and the one error-to-HTTP mapping."""
