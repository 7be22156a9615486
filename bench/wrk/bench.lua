-- wrk script for Regie's benchmarks.
--   wrk ... -s bench/wrk/bench.lua http://127.0.0.1:PORT/health
--   wrk ... -s bench/wrk/bench.lua -H "Cookie: ..." http://127.0.0.1:PORT/Schools -- schools
--   wrk ... -s bench/wrk/bench.lua -H "Cookie: ..." http://127.0.0.1:PORT/Needs/Overview -- needs
--   wrk ... -s bench/wrk/bench.lua -H "Cookie: ..." http://127.0.0.1:PORT/Market -- urls FILE
-- With the argument "schools" every request asks for a different view of the school list: page
-- 1..40 (as PageNumber: Razor Pages reserves "Page"), sort naam|plaats|code|leerlingen, ascending or
-- descending, Status=alle, and in about three of four requests a search term (a fragment of a place
-- or school name). With "needs" the needs overview is asked for open needs or, every other request, all needs
-- (Show=alle). With "urls FILE" every request asks for a random line of FILE (paths with query strings, as the
-- seeder writes them for the market's searches and item pages). Without an argument, the URL's path is requested as is. Every response that is not a 200 is
-- counted (wrk itself only counts >= 400, so a redirect to the login page would pass unnoticed).
-- done() prints one machine-readable line:
--   BENCH requests=<n> duration_s=<s> rps=<r> p50_ms=<ms> p75_ms=<ms> p90_ms=<ms> p95_ms=<ms> p99_ms=<ms> max_ms=<ms> non200=<n> socket_errors=<n>

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local sorts = { "naam", "plaats", "code", "leerlingen" }
-- Fragments of Dutch city and school names as the seeder (Bogus "nl") makes them; "" = no search.
local terms = { "", "", "", "", "", "", "dam", "berg", "veld", "wijk", "huizen", "drecht",
                "woud", "horst", "obs", "cbs", "ikc", "straat", "laan", "plein", "kade", "hof" }
local mode = "path"
local urls = {}

function init(args)
  non200 = 0
  mode = args[1] or "path"
  math.randomseed(2026 * id)
  if mode == "urls" then
    local file = assert(io.open(args[2] or "", "r"), "urls: cannot read the file " .. tostring(args[2]))
    for line in file:lines() do
      if line ~= "" then table.insert(urls, line) end
    end
    file:close()
    assert(#urls > 0, "urls: the file " .. args[2] .. " is empty")
  end
end

function request()
  if mode == "urls" then
    return wrk.format("GET", urls[math.random(#urls)])
  end
  if mode == "needs" then
    return wrk.format("GET", math.random(2) == 1 and "/Needs/Overview" or "/Needs/Overview?Show=alle")
  end
  if mode ~= "schools" then
    return wrk.format(nil)
  end
  local path = "/Schools?Status=alle&Sort=" .. sorts[math.random(#sorts)]
    .. "&Desc=" .. (math.random(2) == 1 and "true" or "false")
    .. "&PageNumber=" .. math.random(40)
  local q = terms[math.random(#terms)]
  if q ~= "" then
    path = path .. "&Q=" .. q
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do
    bad = bad + (t:get("non200") or 0)
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  local function ms(p) return latency:percentile(p) / 1000 end
  io.write(string.format(
    "BENCH requests=%d duration_s=%.3f rps=%.2f p50_ms=%.3f p75_ms=%.3f p90_ms=%.3f p95_ms=%.3f p99_ms=%.3f max_ms=%.3f non200=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds, ms(50), ms(75), ms(90), ms(95), ms(99),
    latency.max / 1000, bad, e.connect + e.read + e.write + e.timeout))
end
