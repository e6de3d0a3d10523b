wrk.headers["Authorization"] = "JWT acck_bench_admin_1"
request = function()
  return wrk.format("GET", string.format("/users/u01%09d/", math.random(1, 1000)))
end
