-- PATCH /users/{id}/ of a random user of organization 1: name, title and labels change every time (the name unless a
-- script that runs this one has set rename = false).
local titles = {"ceo", "cto", "cso", "seceng", "dev", "devop", "manager", "other"}
wrk.method = "PATCH"
wrk.headers["Authorization"] = "JWT acck_bench_admin_1"
wrk.headers["Content-Type"] = "application/json"
request = function()
  local n = math.random(1, 1000)
  local name = rename == false and "" or string.format('"name": "Bench %d", ', math.random(1, 100000))
  local body = string.format('{%s"title": "%s", "labels": [{"name": "label-%d"}, {"name": "label-%d"}, {"name": "label-7"}]}',
    name, titles[math.random(1, #titles)], math.random(0, 19), math.random(0, 19))
  return wrk.format(nil, string.format("/users/u01%09d/", n), nil, body)
end
