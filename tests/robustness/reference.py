#!/usr/bin/python3
"""Independent check of the robustness analysis (SMAA-2 rank acceptability).

Runs the built `stackwise recommend --format json` on every example profile
and on a few generated ones, recomputes each stack's share of first places
from the JSON's own weights, ratings and (when present) eligible flags, with
many more samples than the engine draws, and fails unless every share agrees
within TOLERANCE. It shares no code with the engine: plain NumPy, continuous
uniform draws, float64.

Run with Debian's /usr/bin/python3 and python3-numpy:
  /usr/bin/python3 tests/robustness/reference.py --bin build/src/cli/stackwise
"""
import argparse
import json
import pathlib
import random
import subprocess
import sys

import numpy as np

TOLERANCE = 0.02       # on a share of first places
RANK_TOLERANCE = 0.1   # on a mean rank
SAMPLES = 100_000
CHUNK = 20_000


def generated_profiles(count, seed=2026):
    """Varied valid profiles from a fixed seed (schema in DESIGN.md)."""
    rng = random.Random(seed)
    languages = ["python", "javascript", "typescript", "go", "ruby", "java",
                 "kotlin", "csharp", "elixir", "rust", "php"]
    levels = ["none", "basic", "working", "expert"]
    profiles = []
    for _ in range(count):
        team = [{"skills": {lang: rng.choice(levels[1:])
                            for lang in rng.sample(languages, rng.randint(1, 2))}}
                for _ in range(rng.randint(0, 3))]
        launched = rng.random() < 0.25
        profiles.append({
            "team": team,
            "product": {
                "ai_ml": rng.choice(["none", "planned", "core"]),
                "realtime": rng.choice(["none", "some", "core"]),
                "workload": rng.choice(["io_bound", "cpu_bound", "mixed", "unknown"]),
                "data_intensive": rng.random() < 0.3,
                "kind": rng.choice(["saas", "crud", "consumer", "devtools", "api_gateway",
                                    "automation", "analytics", "marketplace", "other"]),
                "performance_differentiator": rng.random() < 0.2,
                "server_rendering": rng.random() < 0.2,
            },
            "company": {
                "engineers_now": len(team),
                "engineers_in_12_months": len(team) + rng.randint(0, 10),
                "hiring_region": rng.choice(["global", "north_america", "europe", "india"]),
                "launched": launched,
                "current_backend": rng.choice(languages) if launched else None,
                "planned_languages": [],
            },
        })
    return profiles


def recommend(binary, profile_text):
    run = subprocess.run([binary, "recommend", "--profile", "-", "--format", "json"],
                         input=profile_text, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise RuntimeError(f"stackwise exited {run.returncode}: {run.stderr}")
    return json.loads(run.stdout)


def reference_shares(result, rng):
    """Shares of first places and mean ranks, by stack id."""
    ranking = result["ranking"]
    robustness = result["robustness"]
    stacks = [s["stack"] for s in ranking]
    weights = np.array([c["weight"] for c in ranking[0]["criteria"]])
    ratings = np.array([[c["rating"] for c in s["criteria"]] for s in ranking])
    eligible = np.array([s.get("eligible", True) for s in ranking])
    s, r = robustness["weight_spread"], robustness["rating_spread"]
    n_stacks, n_criteria = ratings.shape
    first = np.zeros(n_stacks)
    rank = np.zeros(n_stacks)
    for _ in range(SAMPLES // CHUNK):
        w = weights * rng.uniform(1 - s, 1 + s, size=(CHUNK, n_criteria))
        x = np.clip(ratings + rng.uniform(-r, r, size=(CHUNK, n_stacks, n_criteria)), 0, 5)
        total = w.sum(axis=1, keepdims=True)
        score = 20 * np.einsum("kc,ksc->ks", w, x) / np.where(total > 0, total, 1)
        # Eligible stacks rank above every ineligible one (scores are 0..100).
        key = score + np.where(eligible, 1000.0, 0.0)
        best = key.max(axis=1, keepdims=True)
        tied = key == best
        first += (tied / tied.sum(axis=1, keepdims=True)).sum(axis=0)
        above = (key[:, None, :] > key[:, :, None]).sum(axis=2)
        level = (key[:, None, :] == key[:, :, None]).sum(axis=2) - 1
        rank += (1 + above + level / 2).sum(axis=0)
    return dict(zip(stacks, first / SAMPLES)), dict(zip(stacks, rank / SAMPLES))


def check(name, result, rng):
    shares, ranks = reference_shares(result, rng)
    robustness = result["robustness"]
    problems = []
    worst = 0.0
    for entry in robustness["stacks"]:
        stack = entry["stack"]
        diff = abs(entry["first"] - shares[stack])
        worst = max(worst, diff)
        if diff > TOLERANCE:
            problems.append(f"{stack}: first {entry['first']:.3f}, reference {shares[stack]:.3f}")
        if abs(entry["mean_rank"] - ranks[stack]) > RANK_TOLERANCE:
            problems.append(f"{stack}: mean_rank {entry['mean_rank']:.3f}, "
                            f"reference {ranks[stack]:.3f}")
    winner = result["ranking"][0]["stack"]
    if robustness["stacks"][0]["stack"] != winner or \
            robustness["winner_share"] != robustness["stacks"][0]["first"]:
        problems.append("winner_share is not the first stack's share")
    top = ", ".join(f"{e['stack']} {e['first']:.3f}/{shares[e['stack']]:.3f}"
                    for e in robustness["stacks"][:3])
    print(f"{'FAIL' if problems else 'ok  '} {name:38} max |diff| {worst:.4f}  ({top})")
    for problem in problems:
        print(f"     {problem}")
    return not problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", required=True, help="the built stackwise binary")
    parser.add_argument("--examples", default=str(pathlib.Path(__file__).parents[2] / "examples"))
    parser.add_argument("--generated", type=int, default=8)
    args = parser.parse_args()

    cases = [(path.name, path.read_text())
             for path in sorted(pathlib.Path(args.examples).glob("*.json"))]
    cases += [(f"generated-{i}", json.dumps(p))
              for i, p in enumerate(generated_profiles(args.generated))]
    rng = np.random.default_rng(12345)
    print(f"first-place shares: engine/reference, {SAMPLES} reference samples, "
          f"tolerance {TOLERANCE}")
    ok = all([check(name, recommend(args.bin, text), rng) for name, text in cases])
    print("all shares agree" if ok else "some shares disagree")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
