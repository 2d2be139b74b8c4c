"""The topic training recipe: data loading and a real (quick or full) fit."""
import json

import pytest

from pipeline.train import topics as train


def test_snippets_cover_every_label():
    texts, labels = train.load_snippets()
    assert len(texts) == len(labels)
    counts = {label: labels.count(label) for label in set(labels)}
    assert set(counts) == set(train.topic_labels())
    assert min(counts.values()) >= 25


def test_weak_label_from_portfolio():
    assert train.portfolio_label("Dinas Pertanian Kabupaten Gowa menggelar gerakan tanam.") == "pertanian"
    assert train.portfolio_label("Cuaca cerah sepanjang hari.") is None


@pytest.mark.training
def test_quick_training_writes_model_and_metrics(tmp_path):
    metrics = train.train_topics(tmp_path, quick=True)
    assert (tmp_path / "model.joblib").exists()
    saved = json.loads((tmp_path / "metrics.json").read_text())
    assert saved["cross_validation"]["accuracy"] == metrics["cross_validation"]["accuracy"] > 0.4
