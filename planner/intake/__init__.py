"""The survey round trip: a questionnaire workbook out of a profile, its answers back in as sourced facts."""
