"""The tone task (rule R2): corpus building (corpus.py) and the model's fit/export (task.py)."""
