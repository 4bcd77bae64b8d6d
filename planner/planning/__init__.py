"""From a profile to a plan: assessment, scoring and phases, batches, the core entry points."""
