"""The template task (rule R5): the autoresponder model (task.py) and its cross-validation (crossval.py)."""
