"""Ward profiles: the fact form, the strict schema, its fields, loading and lookup."""
