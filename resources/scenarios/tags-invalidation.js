// Cold start and tag invalidation under load: cache vs lock=true vs early.
// All three start cold and lose their values at 1.5 s, when a timeline action deletes the
// tag "items". Without a lock every instance recomputes its cold misses inline (early is "not
// good at a cold cache": its lock only guards background refreshes); lock=true makes one
// origin call across instances each time.
// Watch origin_inflight_per_key per function, and the origin_calls burst after the marker.
const origin = { latency: 300 };
const load = (fn) => ({ executor: 'constant-arrival-rate', rate: 200, duration: '3s',
                        preAllocatedVUs: 200, maxVUs: 400, fn: fn, keys: { dist: 'hot' } });

export const options = {
    instances: 4,
    functions: {
        cache: { strategy: 'cache', ttl: 10, key: '{key}', tags: ['items'], origin: origin },
        lock: { strategy: 'cache', ttl: 10, lock: true, checkInterval: '20ms', key: '{key}', tags: ['items'], origin: origin },
        early: { strategy: 'early', ttl: 10, earlyTtl: 5, key: '{key}', tags: ['items'], origin: origin },
    },
    scenarios: { cache: load('cache'), lock: load('lock'), early: load('early') },
    timeline: [{ at: 1.5, action: 'deleteTags', tags: ['items'] }],
    thresholds: {
        'origin_inflight_per_key{fn:cache}': ['max>1'],
        'origin_inflight_per_key{fn:early}': ['max>1'],
        'origin_inflight_per_key{fn:lock}': ['max<=1'],
        'actions': ['count==1'],
    },
};
