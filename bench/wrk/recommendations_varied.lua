-- Like recommendations.lua, but every request carries a different
-- expected_peak_rps, so the server's per-thread result cache never hits:
-- this measures parse + evaluate + result JSON on every request.
--   wrk -t2 -c64 -d10s --latency -s bench/wrk/recommendations_varied.lua http://127.0.0.1:8080
local template = [[
{"team": [{"name": "Ana", "skills": {"python": "expert", "typescript": "working"}},
          {"name": "Ben", "skills": {"typescript": "expert", "go": "basic"}}],
 "product": {"ai_ml": "planned", "realtime": "some", "workload": "io_bound", "kind": "saas",
             "expected_peak_rps": %d},
 "company": {"engineers_now": 2, "engineers_in_12_months": 6, "hiring_region": "europe",
             "planned_languages": ["python", "typescript"]},
 "leaning": {"stack": "go", "reasons": ["benchmarks", "trend"]}}
]]
local counter = 0
local headers = {["Content-Type"] = "application/json"}

setup = function(thread)
  thread:set("offset", math.random(1, 1000000) * 1000)
end

request = function()
  counter = counter + 1
  return wrk.format("POST", "/api/v1/recommendations", headers,
                    string.format(template, (offset or 0) + counter))
end
