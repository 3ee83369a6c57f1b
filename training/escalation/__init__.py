"""Training task for the escalation model: see task.py."""
