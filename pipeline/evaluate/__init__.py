"""`warta eval`: run extraction over gold files and score it per key."""
from pipeline.evaluate.runner import evaluate_dir

__all__ = ["evaluate_dir"]
