-- Shared by the wrk scripts of bench/: prints one machine-readable line at the end of a run.
--   RESULT requests=N duration_s=S rps=R mean_ms=.. p50_ms=.. p90_ms=.. p99_ms=.. max_ms=..
--          connect_errors=.. read_errors=.. write_errors=.. timeouts=.. non2xx=..
-- A script that counts answers by status (per thread, in a table "statuses") adds status_<code>=N.
local report = {}

function report.print(summary, latency, threads)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local line = string.format(
    "RESULT requests=%d duration_s=%.2f rps=%.1f mean_ms=%.3f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f"
      .. " connect_errors=%d read_errors=%d write_errors=%d timeouts=%d non2xx=%d",
    summary.requests, seconds, summary.requests / seconds, latency.mean / 1000,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect, e.read, e.write, e.timeout, e.status)
  if threads then
    local totals = {}
    for _, thread in ipairs(threads) do
      for key, value in pairs(thread:get("counts") or {}) do
        totals[key] = (totals[key] or 0) + value
      end
    end
    local keys = {}
    for key in pairs(totals) do table.insert(keys, key) end
    table.sort(keys)
    for _, key in ipairs(keys) do line = line .. string.format(" %s=%d", key, totals[key]) end
  end
  io.write(line .. "\n")
end

return report
