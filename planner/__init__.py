"""planner: approach plans for children needing medical care at home, from the 2014 Tokyo report."""

__version__ = "0.1.0"
