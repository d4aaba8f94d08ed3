-- wrk script: POST /customer/{tenant}/login with an anonymous bearer, the password of every account
-- the same, and an email picked at random per request from EMAIL_FORMAT with 1..ACCOUNTS.
--   wrk ... -s bench/login.lua http://HOST:PORT/customer/demo/login -- ANON_TOKEN EMAIL_FORMAT PASSWORD ACCOUNTS
-- Counts answers by status, and 503 answers that lack Retry-After, into the RESULT line.
package.path = (os.getenv("BENCH_DIR") or "bench") .. "/?.lua;" .. package.path
local report = require("report")

local threads = {}
local seed = 0

function setup(thread)
  seed = seed + 1
  thread:set("seed", seed)
  table.insert(threads, thread)
end

function init(args)
  anon, email_format, password, accounts = args[1], args[2], args[3], tonumber(args[4])
  math.randomseed(os.time() * 100 + seed)
  counts = {}
end

function request()
  local email = string.format(email_format, math.random(accounts))
  local body = '{"email":"' .. email .. '","password":"' .. password .. '"}'
  return wrk.format("POST", nil, {
    ["Authorization"] = "Bearer " .. anon,
    ["Content-Type"] = "application/json",
  }, body)
end

function response(status, headers, body)
  local key = "status_" .. status
  counts[key] = (counts[key] or 0) + 1
  if status == 503 and headers["Retry-After"] == nil then
    counts["no_retry_after"] = (counts["no_retry_after"] or 0) + 1
  end
end

function done(summary, latency, requests)
  report.print(summary, latency, threads)
end
