/**
 * Raw printing to a network printer's port (9100, "JetDirect"): connect, write the job, close. A
 * printer that refuses, stops answering or drops the connection mid-job is reported with what the
 * system said; the caller decides whether that part is sent again.
 */
import net from 'node:net';

export class TcpPrintError extends Error {
  override name = 'TcpPrintError';
  constructor(
    message: string,
    /** The system's code (ECONNREFUSED, ECONNRESET, ETIMEDOUT…). */
    readonly code: string,
    /** host:port */
    readonly where: string,
  ) {
    super(message);
  }
}

const WORDS: Record<string, string> = {
  ECONNREFUSED: 'refused the connection (is it on, and is the port right?)',
  ECONNRESET: 'closed the connection in the middle of the job',
  EPIPE: 'closed the connection in the middle of the job',
  ETIMEDOUT: 'did not answer in time',
  EHOSTUNREACH: 'cannot be reached on the network',
  ENETUNREACH: 'cannot be reached on the network',
};

export function sendRaw(host: string, port: number, bytes: Uint8Array, options: { timeoutMs?: number; lingerMs?: number } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const where = `${host.includes(':') ? `[${host}]` : host}:${port}`;
    const socket = net.connect({ host, port });
    let settled = false;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    socket.setTimeout(options.timeoutMs ?? 15_000, () => finish(new TcpPrintError(`The printer at ${where} ${WORDS.ETIMEDOUT} (ETIMEDOUT).`, 'ETIMEDOUT', where)));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? 'error';
      finish(new TcpPrintError(`The printer at ${where} ${WORDS[code] ?? `failed: ${error.message}`} (${code}).`, code, where));
    });
    socket.on('connect', () => {
      // 'finish' fires once every byte was handed to the network and our end is closed.
      socket.end(Buffer.from(bytes), () => undefined);
    });
    socket.on('finish', () => {
      // Every byte left us. A printer closes its side once it has read the job; one that resets
      // instead is reported. One that keeps the connection open is taken as done after a while.
      setTimeout(() => finish(null), options.lingerMs ?? 3000).unref();
    });
    socket.on('end', () => {
      if (socket.writableFinished) finish(null);
    });
    socket.on('close', (hadError) => {
      if (hadError) return;
      finish(socket.writableFinished ? null : new TcpPrintError(`The printer at ${where} ${WORDS.ECONNRESET} (closed).`, 'ECONNRESET', where));
    });
  });
}
