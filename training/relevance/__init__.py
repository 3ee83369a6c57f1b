"""Training for the relevance check (rule R5)."""
