-- GET /users/{id}/ of organization ORG (1..10 in bench/seed.sql) with its Admin's key.
local org = tonumber(os.getenv("ORG") or "1")
wrk.headers["Authorization"] = "JWT acck_bench_admin_" .. org
request = function()
  return wrk.format("GET", string.format("/users/u%02d%09d/", org, math.random(1, 1000)))
end
