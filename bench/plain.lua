-- wrk script for GET runs without per-request Lua work (/me and the bare Javalin route): only the
-- RESULT line at the end (see report.lua). Headers come from wrk's -H.
package.path = (os.getenv("BENCH_DIR") or "bench") .. "/?.lua;" .. package.path
local report = require("report")

function done(summary, latency, requests)
  report.print(summary, latency, nil)
end
