-- wrk script for the soak: a steady mix of what a storefront does, per request at random:
--   60 % GET /customer/{t}/me, 15 % GET .../me/addresses, 10 % PATCH .../me (first name),
--   10 % the anonymous token, 5 % a login (Argon2id) of one of the accounts.
--   wrk ... -s bench/mixed.lua http://HOST:PORT -- TENANT ANON_TOKEN ACCESS_TOKEN EMAIL_FORMAT PASSWORD ACCOUNTS
-- Each new anonymous token replaces the one logins use, and each login's new access token the one the
-- profile calls use, as a storefront's would, so the calls go on when tokens live shorter than the run.
-- Counts answers by status into the RESULT line.
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
  tenant, anon, access, email_format, password, accounts = args[1], args[2], args[3], args[4], args[5], tonumber(args[6])
  math.randomseed(os.time() * 100 + seed)
  counts = {}
  n = 0
end

function request()
  local pick = math.random(100)
  local me = "/customer/" .. tenant .. "/me"
  if pick <= 60 then
    return wrk.format("GET", me, { ["Authorization"] = "Bearer " .. access })
  elseif pick <= 75 then
    return wrk.format("GET", me .. "/addresses", { ["Authorization"] = "Bearer " .. access })
  elseif pick <= 85 then
    n = n + 1
    return wrk.format("PATCH", me, { ["Authorization"] = "Bearer " .. access, ["Content-Type"] = "application/json" },
      '{"firstName":"Soak ' .. (n % 1000) .. '"}')
  elseif pick <= 95 then
    return wrk.format("GET", "/customerlogin/auth/anonymous/login?tenant=" .. tenant .. "&client_id=" .. tenant .. "-storefront")
  else
    local email = string.format(email_format, math.random(accounts))
    return wrk.format("POST", "/customer/" .. tenant .. "/login",
      { ["Authorization"] = "Bearer " .. anon, ["Content-Type"] = "application/json" },
      '{"email":"' .. email .. '","password":"' .. password .. '"}')
  end
end

function response(status, headers, body)
  if status == 200 and body then
    local anonymous = body:match('"access_token":"([^"]+)"')
    local customer = body:match('"accessToken":"([^"]+)"')
    if anonymous then
      anon = anonymous
    elseif customer then
      access = customer
    end
  end
  local key = "status_" .. status
  counts[key] = (counts[key] or 0) + 1
end

function done(summary, latency, requests)
  report.print(summary, latency, threads)
end
