"""Training task for the escalation model (issue 6): see task.py."""
