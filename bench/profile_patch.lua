wrk.method = "PATCH"
wrk.headers["Authorization"] = "Bearer acck_bench_admin_1"
wrk.headers["Content-Type"] = "application/json"
request = function()
  return wrk.format(nil, "/organizations/01JBENCH000000000000000001/profile",
    nil, string.format('{"company_name": "Bench %d"}', math.random(1, 100000)))
end
