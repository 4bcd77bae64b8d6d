"""The council's record of each fiscal year: decisions, results and evaluations of the plan's actions (PDCA)."""
