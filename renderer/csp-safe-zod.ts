/**
 * Imported first by main.tsx. zod compiles fast parsers with `new Function` when it can, and probes for
 * that on first use; our CSP forbids eval, so the probe alone is reported as a violation. Jitless mode
 * keeps zod (used via shared/ for error shapes) inside the policy.
 */
import { config } from 'zod';

config({ jitless: true });
