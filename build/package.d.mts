// Types for build/package.mjs (used by tests).
export declare function publishFor(env: Record<string, string | undefined>): { provider: 'generic'; url: string } | null;
