// A printer on a loopback TCP port, as a JetDirect (9100) printer behaves: it reads a job until the
// sender closes, then closes too. It can refuse nothing (the port is simply not listened on for that)
// or drop a connection in the middle of a job.
import net from 'node:net';

export interface FakePrinter {
  port: number;
  /** Jobs received whole (the sender closed normally), in arrival order. */
  jobs: Buffer[];
  /** Connections this printer dropped mid-job. */
  dropped: number;
  /** Drop the connection after this many bytes for the next n jobs (after letting `skip` jobs through). */
  dropNext(n: number, afterBytes: number, skip?: number): void;
  /** Wait this long after a job before closing (a slow printer): the sender waits for the close. */
  closeDelayMs: number;
  waitForJobs(count: number, timeoutMs?: number): Promise<Buffer[]>;
  close(): Promise<void>;
}

export async function startFakePrinter(port = 0): Promise<FakePrinter> {
  let drops: { skip: number; left: number; afterBytes: number } = { skip: 0, left: 0, afterBytes: 0 };
  const printer: FakePrinter = {
    port: 0,
    jobs: [],
    dropped: 0,
    closeDelayMs: 0,
    dropNext(n, afterBytes, skip = 0) {
      drops = { skip, left: n, afterBytes };
    },
    async waitForJobs(count, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      while (printer.jobs.length < count) {
        if (Date.now() > until) throw new Error(`the printer received ${printer.jobs.length} of ${count} jobs`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return printer.jobs;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  // Half-open allowed: the printer decides when its side closes (closeDelayMs), as a slow printer does.
  const server = net.createServer({ allowHalfOpen: true }, (socket) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let drop: number | null = null;
    if (drops.skip > 0) drops.skip -= 1;
    else if (drops.left > 0) {
      drop = drops.afterBytes;
      drops.left -= 1;
    }
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
      if (drop !== null && received >= drop) {
        printer.dropped += 1;
        socket.resetAndDestroy();
      }
    });
    socket.on('end', () => {
      printer.jobs.push(Buffer.concat(chunks));
      if (printer.closeDelayMs > 0) setTimeout(() => socket.end(), printer.closeDelayMs);
      else socket.end();
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const address = server.address();
  printer.port = typeof address === 'object' && address ? address.port : 0;
  return printer;
}
