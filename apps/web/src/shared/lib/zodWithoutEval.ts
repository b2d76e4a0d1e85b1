import { config } from 'zod';

// zod compiles object parsers with `new Function` unless told not to; the CSP forbids eval, and
// zod's probe for it alone is reported as a violation on every page. zod decides when a schema is
// built, so this must run before any is: the build puts it in zod's own chunk (vite.config.mts).
config({ jitless: true });
