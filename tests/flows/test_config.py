"""warta.toml: the example parses, mistakes are named."""
from pathlib import Path

import pytest

from pipeline.config import ConfigError, load_config, parse_config
from pipeline.paths import REPO_DIR


def test_example_config_parses():
    cfg = load_config(REPO_DIR / "warta.example.toml")
    assert cfg.schedule == "0 */6 * * *" and cfg.task_runner == "local" and cfg.batch_size == 32
    assert [s.kind for s in cfg.sources] == ["wordpress", "feed", "sitemap", "urls", "files"]
    wp, feed, sitemap, urls, files = cfg.sources
    assert wp.options == {"per_page": 50} and cfg.http_for(wp).rate_limit == 0.5
    assert cfg.http_for(feed).rate_limit == 1.0 and cfg.http_for(feed).timeout == 20
    assert sitemap.options == {"pattern": "/berita/"}
    assert Path(urls.spec) == REPO_DIR / "lists" / "rilis-penting.txt"
    assert files.options["fields"]["title"] == "judul"
    assert Path(cfg.db) == REPO_DIR / "warta.duckdb"


@pytest.mark.parametrize("raw, message", [
    ({"shedule": "* * * * *"}, "unknown key(s) shedule"),
    ({"task_runner": "ray"}, "task_runner must be one of local, dask"),
    ({"http": {"timeot": 3}}, "unknown HTTP setting(s): timeot"),
    ({"sources": [{"kind": "feed"}]}, "needs a 'spec'"),
    ({"sources": [{"kind": "rss", "spec": "http://x/feed"}]}, "kind must be one of"),
    ({"sources": [{"kind": "sitemap", "spec": "http://x/sitemap.xml", "patern": "x"}]}, "unknown key(s) patern"),
])
def test_mistakes_are_named(raw, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_config(raw)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="no config file"):
        load_config(tmp_path / "warta.toml")
