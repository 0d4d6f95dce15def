import { z } from 'zod';

// Extension pages forbid eval; without this zod 4 probes `Function('')`, which the CSP reports and
// `web-ext lint` flags. Schemas import `z` from here so the setting precedes any parse.
z.config({ jitless: true });

export { z };
