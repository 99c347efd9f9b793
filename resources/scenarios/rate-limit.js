// Rate limit vs slice rate limit under a ramp from 10 to 60 calls/s.
// rateLimit (fixed window, limit 20 per 1 s; the first rejected call bans for ttl=1s) and
// sliceRateLimit (a sliding window of 1 s) both reject with RateLimitError past the limit.
// The fixed window lets up to 2 x limit through across a window boundary and shows ban
// plateaus; the sliding window never lets more than the limit into any second.
// Watch origin_calls (accepted) against rejections per second.
const load = (fn) => ({ executor: 'ramping-arrival-rate', startRate: 10, stages: [{ duration: '3s', target: 60 }],
                        preAllocatedVUs: 20, fn: fn, keys: { dist: 'hot' } });

export const options = {
    instances: 2,
    functions: {
        fixed: { strategy: 'rateLimit', limit: 20, period: 1, ttl: 1, origin: { latency: 5 } },
        sliding: { strategy: 'sliceRateLimit', limit: 20, period: 1, origin: { latency: 5 } },
    },
    scenarios: { fixed: load('fixed'), sliding: load('sliding') },
    thresholds: {
        'rejections{fn:fixed}': ['count>0'],
        'rejections{fn:sliding}': ['count>0'],
        'origin_calls{fn:sliding}': ['count<=80'],
    },
};
