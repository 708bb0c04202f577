// A classic script, run while the page is parsed and so before any module, zod included. Zod compiles object
// parsers with `new Function` when it may; our CSP forbids eval, so its probe only ever fails and reports a CSP
// violation on every start. Jitless mode skips the probe, so an eval violation (the injection suite counts them)
// is always a real one. Zod picks this global up when it loads.
globalThis.__zod_globalConfig = { jitless: true };
