"""The rule book: condition language, durable-rules engine, packs and actions, regional models, lint."""
