"""Tools of the language check (rule R3): cleaning a reply down to its main body (cleaner), the
detectors behind one interface (detectors), alphabet vetoes (alphabets), and the evaluation data
loaders (evaluation). The check itself is screening/checks/language.py."""
