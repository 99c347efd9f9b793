// Lock convoy and polling: locked(checkInterval=0) vs locked(checkInterval=10ms).
// locked does not cache: it serializes the calls under "locked:<key>", and each waiting
// caller retries SET NX every checkInterval. cashews' default 0 polls the store without a
// pause (this port waits at least 1 ms); 10 VUs calling a 100 ms function queue up, and the
// waiters' latency grows linearly. The first phase polls every 1 ms, the second (from 3 s)
// every 10 ms: compare store_ops per second in the two phases.
export const options = {
    instances: 2,
    functions: {
        poll0: { strategy: 'locked', ttl: 5, checkInterval: 0, origin: { latency: 100 } },
        poll10: { strategy: 'locked', ttl: 5, checkInterval: '10ms', origin: { latency: 100 } },
    },
    scenarios: {
        poll0: { executor: 'per-vu-iterations', vus: 10, iterations: 2, maxDuration: '2.8s', fn: 'poll0' },
        poll10: { executor: 'per-vu-iterations', vus: 10, iterations: 2, maxDuration: '2.8s', startTime: '3s', fn: 'poll10' },
    },
    thresholds: {
        'origin_inflight_per_key{fn:poll0}': ['max<=1'],
        'origin_inflight_per_key{fn:poll10}': ['max<=1'],
        'origin_calls': ['count==40'],
    },
};
