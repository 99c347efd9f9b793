// Hit cache: hit(cacheHits=20) vs hit(cacheHits=20, updateAfter=15).
// A value is served for 20 hits, then recomputed inline: origin calls form a sawtooth with a
// latency blip at each recompute. hit has no in-process protection, so every call arriving
// during the 50 ms recompute calls the origin too (a small stampede per sawtooth tooth). With
// updateAfter the refresh starts in the background at hit 15, before the hits run out.
// Watch origin_calls and origin_inflight_per_key per function, and latency max.
const load = (fn) => ({ executor: 'constant-arrival-rate', rate: 100, duration: '2s',
                        preAllocatedVUs: 20, fn: fn, keys: { dist: 'hot' } });

export const options = {
    instances: 1,
    functions: {
        hit: { strategy: 'hit', ttl: 60, cacheHits: 20, origin: { latency: 50 } },
        refreshed: { strategy: 'hit', ttl: 60, cacheHits: 20, updateAfter: 15, origin: { latency: 50 } },
    },
    scenarios: { hit: load('hit'), refreshed: load('refreshed') },
    thresholds: {
        'origin_calls{fn:hit}': ['count>=10'],
        'origin_inflight_per_key{fn:hit}': ['max>1'],
        'origin_calls{fn:refreshed}': ['count>=5', 'count<=20'],
    },
};
