-- wrk script: one whole intake per request, as an online portal hands an application over:
-- POST /api/cases/intake?accept=true, multipart: the intake form (SCJ-XK-004, all five materials
-- received) and three scans of 200 KB each. Every scan is unique (the document store is
-- content-addressed; identical files would be stored once and flatter the numbers).
--   AUTH=$(printf clerk:onestop-demo-2026 | base64) wrk -t2 -c8 -d60s -s bench/intake.lua http://localhost:8880
local boundary = "----onestop-bench-7MA4YWxkTrZu0gW"
local filler = string.rep("0123456789abcdef", 200 * 1024 / 16 - 4)
local counter = 0
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

function init(args)
  math.randomseed(os.time() * 1000 + (tid or 0))
  wrk.method = "POST"
  wrk.headers["Authorization"] = "Basic " .. os.getenv("AUTH")
  wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
end

local form = '{"itemCode":"SCJ-XK-004","applicantKind":"ENTITY","applicantName":"大慶市壓測科技有限公司",'
  .. '"identifier":"91350100M000100Y43","phone":"0459-6000000","legalRepresentative":"張曉明","materials":['
  .. '{"position":0,"received":true,"form":"ORIGINAL","copies":1},{"position":1,"received":true,"form":"ORIGINAL","copies":1},'
  .. '{"position":2,"received":true,"form":"ORIGINAL","copies":1},{"position":3,"received":true,"form":"COPY","copies":1},'
  .. '{"position":4,"received":true,"form":"COPY","copies":1}]}'

local function part(name, filename, ctype, content)
  local disposition = 'form-data; name="' .. name .. '"'
  if filename then disposition = disposition .. '; filename="' .. filename .. '"' end
  return "--" .. boundary .. "\r\nContent-Disposition: " .. disposition .. "\r\nContent-Type: " .. ctype
    .. "\r\n\r\n" .. content .. "\r\n"
end

local function scan(n)
  counter = counter + 1
  -- PNG signature, then a unique header line, then 200 KB of body
  return "\137PNG\r\n\26\n" .. string.format("%d-%d-%d-%d", tid or 0, counter, n, math.random(1, 1e9)) .. filler
end

function request()
  local body = part("case", nil, "application/json", form)
    .. part("scan.0", "application.png", "image/png", scan(0))
    .. part("scan.1", "articles.png", "image/png", scan(1))
    .. part("scan.3", "licence-copy.png", "image/png", scan(3))
    .. "--" .. boundary .. "--\r\n"
  return wrk.format(nil, "/api/cases/intake?accept=true", nil, body)
end

local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status ~= 201 and (statuses[status] <= 3) then
    io.stderr:write("HTTP " .. status .. ": " .. string.sub(body, 1, 300) .. "\n")
  end
end

function done(summary, latency, requests)
  io.write(string.format("requests %d in %.1f s: %.1f intakes/s; errors %d (status %d)\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max %.1f ms\n", latency.max / 1000))
end
