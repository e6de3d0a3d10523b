-- PATCH /users/{id}/ of a random user of organization 1: title and labels change every time, the name never (one row
-- of memberships written, none of people), to tell a rename's second row from the rest of a PATCH.
local titles = {"ceo", "cto", "cso", "seceng", "dev", "devop", "manager", "other"}
wrk.method = "PATCH"
wrk.headers["Authorization"] = "JWT acck_bench_admin_1"
wrk.headers["Content-Type"] = "application/json"
request = function()
  local n = math.random(1, 1000)
  local body = string.format('{"title": "%s", "labels": [{"name": "label-%d"}, {"name": "label-%d"}, {"name": "label-7"}]}',
    titles[math.random(1, #titles)], math.random(0, 19), math.random(0, 19))
  return wrk.format(nil, string.format("/users/u01%09d/", n), nil, body)
end
