// Failover during an outage: plain calls vs failover(ttl=60).
// The origin is down from 1 s to 2.5 s. failover always calls the origin and serves the last
// stored result only when the call fails, so callers see no errors for keys seen before the
// outage, while the origin's load stays the same (failover sheds no load).
// Watch errors{fn:plain} against fallbacks{fn:failover}, and origin_calls of both.
const origin = { latency: { dist: 'lognormal', median: 20, sigma: 0.3 }, down: [{ at: 1, for: 1.5 }] };
const load = (fn) => ({ executor: 'constant-arrival-rate', rate: 100, duration: '3.5s',
                        preAllocatedVUs: 50, fn: fn, keys: { dist: 'uniform', n: 20 } });

export const options = {
    instances: 2,
    functions: {
        plain: { strategy: 'none', origin: origin },
        failover: { strategy: 'failover', ttl: 60, origin: origin },
    },
    scenarios: { plain: load('plain'), failover: load('failover') },
    thresholds: {
        'errors{fn:plain}': ['count>50'],
        'fallbacks{fn:failover}': ['count>50'],
        'failed{fn:failover}': ['rate<0.02'],
    },
};
