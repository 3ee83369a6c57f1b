"""People reviewing verdicts: the review records and queue, their statistics and export, and the
shadow report that compares candidate model versions with the default."""
