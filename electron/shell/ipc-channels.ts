/** The two IPC channels between preload and main. Kept import-free so the sandboxed preload stays tiny. */
export const INVOKE_CHANNEL = 'mostrador:invoke';
export const EVENT_CHANNEL = 'mostrador:event';
