wrk.headers["Authorization"] = "JWT acck_bench_admin_1"
request = function()
  return wrk.format("GET", string.format("/users/?length=50&page=%d", math.random(1, 20)))
end
