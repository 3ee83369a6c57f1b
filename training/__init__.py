"""Turns data/ into models/: datasets with group-aware splits, training, evaluation, reports, cards.

The generic API is small (see training/README.md): a `Task` per check (training/task.py), and
`pipeline.train` / `pipeline.evaluate`. screening/ never imports this package; it only loads the
artifacts written here through screening/core/model_files.py.
"""
