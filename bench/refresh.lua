-- wrk script: GET /customer/{tenant}/refreshauthtoken with one refresh-token chain per wrk thread.
-- Each refresh spends its token, so run ONE connection per thread (wrk -tN -cN): the thread sends
-- the next refresh only after it has read the new refreshToken out of the previous answer.
--   wrk -t8 -c8 ... -s bench/refresh.lua http://HOST:PORT/customer/demo/refreshauthtoken -- ANON_TOKEN TOKENS_FILE
-- TOKENS_FILE holds one refresh token a line, one per thread (each from its own login).
-- Counts answers by status, and answers without a new token ("broken"), into the RESULT line.
package.path = (os.getenv("BENCH_DIR") or "bench") .. "/?.lua;" .. package.path
local report = require("report")

local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

function init(args)
  anon = args[1]
  local line = 0
  for value in io.lines(args[2]) do
    line = line + 1
    if line == id then token = value end
  end
  if token == nil then error("no refresh token for thread " .. id .. " in " .. args[2]) end
  path = wrk.path .. "?refreshToken="
  counts = {}
end

function request()
  return wrk.format("GET", path .. token, { ["Authorization"] = "Bearer " .. anon })
end

function response(status, headers, body)
  local key = "status_" .. status
  counts[key] = (counts[key] or 0) + 1
  local fresh = body and body:match('"refreshToken":"([^"]+)"')
  if status == 200 and fresh then
    token = fresh
  else
    counts["broken"] = (counts["broken"] or 0) + 1
  end
end

function done(summary, latency, requests)
  report.print(summary, latency, threads)
end
