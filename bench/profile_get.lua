wrk.headers["Authorization"] = "Bearer acck_bench_admin_1"
request = function()
  return wrk.format("GET", "/organizations/01JBENCH000000000000000001/profile")
end
