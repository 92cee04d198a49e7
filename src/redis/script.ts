// The Lua script behind the Redis store: every decision about one key's budget happens atomically inside Redis, on
// Redis's own clock (TIME), so processes on machines whose clocks disagree still share one exact window.
//
// Keys (one hash tag, so a cluster keeps them on one node):
//   held   ZSET slot -> lease deadline: attempts in flight; a deadline passes only if the holder died without releasing.
//   back   ZSET slot -> release time + window: attempts whose response came back less than a window ago.
//   queue  ZSET ticket -> arrival number: callers waiting, first come first served across every process.
//   alive  ZSET ticket -> deadline: a waiter that does not poll again by then (its process died) leaves the queue.
//   seq    counter giving arrival numbers.
//   paused until when (Redis ms) nothing is granted: the server answered 429 with Retry-After to one of the processes.
// ARGV: op ("acquire" | "release" | "cancel" | "pause"), limit, window ms, lease ms, grace ms, then tickets: one for
// release and cancel; for acquire, a process's waiters that are due, in their order, so a crowd of waiters costs one
// call, not one each; for pause, the milliseconds to pause. Cancel also hands back a slot granted to a ticket whose
// caller gave up on it (the reply came after the store's timeout).
// acquire returns, per ticket, 1, 0 when it holds a slot now, else 0, ms to wait before asking again.

export const RATE_LIMIT_SCRIPT = `
local held, back, queue, alive, seq, paused = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6]
local op = ARGV[1]
local limit, window, lease, grace = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local ttl = math.ceil(window + lease)

if op == 'release' or op == 'cancel' then
  if redis.call('ZREM', held, ARGV[6]) == 1 then
    redis.call('ZADD', back, now + window, ARGV[6])
    redis.call('PEXPIRE', back, ttl)
  end
  if op == 'cancel' then
    redis.call('ZREM', queue, ARGV[6])
    redis.call('ZREM', alive, ARGV[6])
  end
  return {1, 0}
end
if op == 'pause' then
  local ms = tonumber(ARGV[6])
  local before = tonumber(redis.call('GET', paused) or '0')
  if now + ms > before then redis.call('SET', paused, tostring(now + ms), 'PX', math.ceil(ms)) end
  return {1, 0}
end

-- Strict: a slot is free once a whole window has passed since its response.
redis.call('ZREMRANGEBYSCORE', back, '-inf', now)
redis.call('ZREMRANGEBYSCORE', held, '-inf', now)
local dead = redis.call('ZRANGEBYSCORE', alive, '-inf', now)
if #dead > 0 then
  redis.call('ZREM', queue, unpack(dead))
  redis.call('ZREM', alive, unpack(dead))
end

-- Milliseconds the key stays paused: every ticket waits at least that long, keeping its place in the queue.
local hold = tonumber(redis.call('GET', paused) or '0') - now
local replies = {}
for i = 6, #ARGV do
  local ticket = ARGV[i]
  local used = redis.call('ZCARD', held) + redis.call('ZCARD', back)
  local rank = redis.call('ZRANK', queue, ticket)
  local queued = rank ~= false
  if not queued then rank = redis.call('ZCARD', queue) end
  -- Slots are kept for every waiter ahead of this one, so a later caller never overtakes an earlier one.
  if hold <= 0 and rank < limit - used then
    if queued then
      redis.call('ZREM', queue, ticket)
      redis.call('ZREM', alive, ticket)
    end
    redis.call('ZADD', held, now + lease, ticket)
    replies[#replies + 1] = 1
    replies[#replies + 1] = 0
  else
    if not queued then redis.call('ZADD', queue, redis.call('INCR', seq), ticket) end
    -- The ticket fits once (used - limit + rank + 1) slots have left the window; only returned ones leave on a known
    -- date. Any response still to come frees its slot a window from now at the earliest: ask again then.
    local index = used - limit + rank
    local leaving = redis.call('ZRANGE', back, index, index, 'WITHSCORES')
    local wait = window
    if leaving[2] then wait = tonumber(leaving[2]) - now end
    if hold > 0 and (hold > wait or rank < limit - used) then wait = hold end
    redis.call('ZADD', alive, now + wait + grace, ticket)
    replies[#replies + 1] = 0
    replies[#replies + 1] = math.max(1, math.ceil(wait))
  end
end
for _, key in ipairs({held, queue, alive, seq}) do redis.call('PEXPIRE', key, ttl) end
return replies
`;
