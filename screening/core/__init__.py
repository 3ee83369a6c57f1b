"""The core: the types a check and a caller share, the policy that decides, the pipeline that runs
the checks, the loader of model files, and the calibration of thresholds from reviews."""
