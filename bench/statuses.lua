-- Counts the answers by status across wrk's threads, and prints them after report.lua's line:
-- "STATUSES <200s> <429s> <429s without Retry-After> <other statuses>".
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) ok, throttled, no_retry_after, other = 0, 0, 0, 0 end
function response(status, headers, body)
  if status == 200 then ok = ok + 1
  elseif status == 429 then
    throttled = throttled + 1
    if headers["Retry-After"] == nil then no_retry_after = no_retry_after + 1 end
  else other = other + 1 end
end
local report = done
done = function(summary, latency, requests)
  report(summary, latency, requests)
  local total = {0, 0, 0, 0}
  for _, thread in ipairs(threads) do
    total[1] = total[1] + thread:get("ok")
    total[2] = total[2] + thread:get("throttled")
    total[3] = total[3] + thread:get("no_retry_after")
    total[4] = total[4] + thread:get("other")
  end
  io.write(string.format("STATUSES %d %d %d %d\n", total[1], total[2], total[3], total[4]))
end
