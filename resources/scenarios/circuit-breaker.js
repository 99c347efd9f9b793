// Circuit breaker trip and recovery: circuitBreaker alone vs failover over circuitBreaker.
// From 1 s to 2 s the origin fails 60% of the calls. Past errorsRate=20% of at least
// minCalls calls in the period, the breaker opens for ttl=1s: callers get CircuitBreakerOpen
// at once and the origin gets no calls; then it half-opens (half the calls rejected at random)
// and closes again. Stacked under failover (exceptions: CircuitBreakerOpen) the callers get
// the last good value instead of the rejection.
// Watch rejections{fn:breaker}, origin_calls per second (a gap while open) and fallbacks{fn:guarded}.
const origin = { latency: 10, errors: [{ at: 1, for: 1, rate: 0.6 }] };
const breaker = { strategy: 'circuitBreaker', errorsRate: 20, period: 2, ttl: 1, halfOpenTtl: 1, minCalls: 20 };
const load = (fn) => ({ executor: 'constant-arrival-rate', rate: 100, duration: '4s',
                        preAllocatedVUs: 20, fn: fn, keys: { dist: 'uniform', n: 10 } });

export const options = {
    instances: 2,
    functions: {
        breaker: Object.assign({ origin: origin }, breaker),
        guarded: { stack: [{ strategy: 'failover', ttl: 60, exceptions: ['CircuitBreakerOpen'] }, breaker], origin: origin },
    },
    scenarios: { breaker: load('breaker'), guarded: load('guarded') },
    thresholds: {
        'rejections{fn:breaker}': ['count>0'],
        'origin_calls{fn:breaker}': ['count<380'],
        'fallbacks{fn:guarded}': ['count>0'],
        'rejections{fn:guarded}': ['count==0'],
    },
};
