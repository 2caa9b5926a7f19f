-- The mixed workload bench/load.sh drives with wrk: every request an operator's, chosen at random by weight.
-- Weights (LOAD_MIX, "evaluation,partner,whatif,summary,list"): a partner's evaluation is the common call;
-- the summary and the list evaluate every partner, so they are rare, as a dashboard refresh is.
local token = os.getenv("LOAD_TOKEN")
local partners = tonumber(os.getenv("LOAD_PARTNERS"))
local kinds = { "evaluation", "partner", "whatif", "summary", "list" }
local weights = {}
for weight in string.gmatch(os.getenv("LOAD_MIX") or "70,10,15,3,2", "[^,]+") do
  weights[#weights + 1] = tonumber(weight)
end
local total = 0
for _, weight in ipairs(weights) do total = total + weight end

local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
local whatif = '{"revenue":[{"month":"2026-10","amountUsd":25000}],"examPasses":[]}'

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

local function partner()
  return string.format("P%07d", math.random(1, partners))
end

function request()
  local pick = math.random() * total
  local kind = kinds[#kinds]
  for i, weight in ipairs(weights) do
    if pick < weight then kind = kinds[i] break end
    pick = pick - weight
  end

  if kind == "evaluation" then
    return wrk.format("GET", "/api/partners/" .. partner() .. "/evaluation", headers)
  elseif kind == "partner" then
    return wrk.format("GET", "/api/partners/" .. partner(), headers)
  elseif kind == "whatif" then
    return wrk.format("POST", "/api/partners/" .. partner() .. "/what-if", headers, whatif)
  elseif kind == "summary" then
    return wrk.format("GET", "/api/program/summary", headers)
  else
    return wrk.format("GET", "/api/partners?page=" .. math.random(1, 20) .. "&pageSize=50", headers)
  end
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("LOAD requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d non2xx=%d timeouts=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, summary.errors.status, summary.errors.timeout))
end
