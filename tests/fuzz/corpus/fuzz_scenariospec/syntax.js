export const o = { ...a }; async function f() { await g(); }
setTimeout(x); try {} catch {}
`${a}` /re{/g
