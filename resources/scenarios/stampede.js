// Hot-key stampede at expiry: unprotected vs protected vs lock=true vs early.
// Four functions over the same slow origin (300 ms), one hot key, 200 calls/s each from
// 4 instances (simulated processes) sharing one store; values live 1 s.
// unprotected (protect: false): every caller that misses during the 300 ms recompute calls
// the origin - tens of concurrent calls per expiry. protected (cashews' default): one call per
// instance, so up to 4 - in-process single-flight hides the stampede inside one process only.
// lock=true: one call across instances (the others wait on "lock:<key>", then hit).
// early: one background refresh before expiry while everyone gets the stored value.
// Watch origin_inflight_per_key per function, and latency p99.
import { Counter } from 'cashews';

const origin = { latency: 300 };
const load = (fn) => ({ executor: 'constant-arrival-rate', rate: 200, duration: '3.5s',
                        preAllocatedVUs: 200, maxVUs: 400, fn: fn, keys: { dist: 'hot' } });

export const options = {
    instances: 4,
    functions: {
        unprotected: { strategy: 'cache', ttl: 1, protect: false, origin: origin },
        protected: { strategy: 'cache', ttl: 1, origin: origin },
        lock: { strategy: 'cache', ttl: 1, lock: true, checkInterval: '20ms', origin: origin },
        early: { strategy: 'early', ttl: 3, earlyTtl: 1, origin: origin },
    },
    scenarios: {
        unprotected: load('unprotected'),
        protected: load('protected'),
        lock: load('lock'),
        early: load('early'),
    },
    thresholds: {
        'origin_inflight_per_key{fn:unprotected}': ['max>4'],
        'origin_inflight_per_key{fn:protected}': ['max<=4'],
        'origin_inflight_per_key{fn:lock}': ['max<=1'],
        'origin_inflight_per_key{fn:early}': ['max<=1'],
    },
};

const warmed = new Counter('warmed');

// Warm every function once, so the run starts with a cached value (early is "not good at a
// cold cache": a cold miss computes inline in every instance).
export function* setup(ctx) {
    for (const fn of ['unprotected', 'protected', 'lock', 'early']) {
        yield ctx.call(fn, 'hot');
        warmed.add(1);
    }
}
