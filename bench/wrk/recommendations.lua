-- wrk script: POST /api/v1/recommendations with a realistic profile
-- (a two-person team, AI/ML planned, some real-time, a Go leaning for the
-- wrong reasons), over keep-alive connections. The path is set here, so the
-- URL given to wrk needs only the host and port. The summary line adds
-- non-2xx answers to socket errors so a budget run cannot hide them.
--   wrk -t2 -c64 -d10s --latency -s bench/wrk/recommendations.lua http://127.0.0.1:8080
wrk.method = "POST"
wrk.path = "/api/v1/recommendations"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[
{
  "team": [
    {"name": "Ana", "skills": {"python": "expert", "typescript": "working"}},
    {"name": "Ben", "skills": {"typescript": "expert", "go": "basic"}}
  ],
  "product": {
    "ai_ml": "planned", "realtime": "some", "workload": "io_bound",
    "data_intensive": false, "kind": "saas", "performance_differentiator": false,
    "server_rendering": false, "expected_peak_rps": 300
  },
  "company": {
    "engineers_now": 2, "engineers_in_12_months": 6, "hiring_region": "europe",
    "launched": false, "current_backend": null, "planned_languages": ["python", "typescript"]
  },
  "leaning": {"stack": "go", "reasons": ["benchmarks", "trend"]}
}
]]

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests: %d, errors: %d (non-2xx %d, connect %d, read %d, write %d, timeout %d)\n",
    summary.requests, e.status + e.connect + e.read + e.write + e.timeout,
    e.status, e.connect, e.read, e.write, e.timeout))
  io.write(string.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
