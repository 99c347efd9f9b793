// Soft TTL under a flaky origin: soft(ttl=3s, softTtl=0.5s) vs cache(ttl=0.5s).
// The origin fails 20% of the calls, times out on 5% (after 200 ms) and is down from 1.5 s
// to 2.5 s. After the soft TTL the caller recomputes inline; when that call fails the stale
// value is returned until the hard TTL ends. The plain cache passes every failure on.
// Watch failed{fn:soft} against failed{fn:cached}, and origin_errors.
const origin = { latency: 10, errorRate: 0.2, timeout: { rate: 0.05, after: '200ms' }, down: [{ at: 1.5, for: 1 }] };
const load = (fn) => ({ executor: 'constant-arrival-rate', rate: 100, duration: '3.5s',
                        preAllocatedVUs: 50, fn: fn, keys: { dist: 'uniform', n: 10 } });

export const options = {
    instances: 2,
    functions: {
        soft: { strategy: 'soft', ttl: 3, softTtl: 0.5, origin: origin },
        cached: { strategy: 'cache', ttl: 0.5, origin: origin },
    },
    scenarios: { soft: load('soft'), cached: load('cached') },
    thresholds: {
        'failed{fn:soft}': ['rate<0.03'],
        'failed{fn:cached}': ['rate>0.03'],
    },
};
