"""Search gives the same passages in every process, whatever its hash seed."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# A query whose words are typos equally close to several thesaurus words: before the thesaurus's
# set was sorted, the passages depended on the process's hash seed.
QUERY = "group countries refuse pick side promise Uganda nations treat"
SCRIPT = (
    "import json, sys; from pathlib import Path; from bot.core.service import Service; "
    "s = Service.from_corpus(Path(sys.argv[1])); "
    "print(json.dumps([[h.id, round(h.score, 6)] for h in s.search(sys.argv[2], limit=5).hits]))"
)


@pytest.mark.slow
def test_search_is_the_same_under_two_hash_seeds():
    found = []
    for seed in ("1", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(ROOT / "corpus"), QUERY],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=ROOT,
        )
        found.append(json.loads(out.stdout))
    assert found[0] == found[1]
    assert found[0][0][0] == "PP19"
