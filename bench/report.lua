-- Each thread's own random sequence, new in every run: with wrk's fixed seed, the threads sent the same requests at
-- the same time (one user's row locked by both), and a run repeated the previous run's PATCHes, storing nothing new.
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16))

-- Prints one machine-readable line after the run: requests/s, p50 and p99 in ms, errors.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
