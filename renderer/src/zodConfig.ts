// Imported first by main.tsx, before any schema exists. Zod compiles object parsers with `new Function` when it
// may; our CSP forbids eval, so its probe only ever fails and logs a CSP violation on every start. Jitless mode
// skips the probe, so any eval violation we see (the injection suite counts them) is a real one.
import { z } from 'zod';

z.config({ jitless: true });
