import { request } from 'node:http';

export interface SseFrame {
  id: string | null;
  event: string;
  data: unknown;
  /** When it was read (performance.now()): the live bench times arrivals with it. */
  at: number;
}

/**
 * An open server-sent-events stream read the way a browser's EventSource reads it: frames collected as
 * they arrive, `next(event)` waits for the next frame of that kind. For the live stream's tests and bench.
 */
export interface SseStream {
  status: number;
  frames: SseFrame[];
  next(event: string, timeoutMs?: number): Promise<SseFrame>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export function openSse(port: number, path: string, headers: Record<string, string>): Promise<SseStream> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path,
      headers: { accept: 'text/event-stream', ...headers },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      const frames: SseFrame[] = [];
      const waiting: { event: string; resolve: (f: SseFrame) => void; from: number }[] = [];
      let buffer = '';
      let onEnd: () => void = () => {};
      const ended = new Promise<void>((r) => (onEnd = r));
      const deliver = () => {
        for (const w of [...waiting]) {
          const i = frames.findIndex((f, k) => k >= w.from && f.event === w.event);
          if (i >= 0) {
            waiting.splice(waiting.indexOf(w), 1);
            w.resolve(frames[i]!);
          }
        }
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const f: SseFrame = { id: null, event: 'message', data: null, at: performance.now() };
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('id: ')) f.id = line.slice(4);
            else if (line.startsWith('event: ')) f.event = line.slice(7);
            else if (line.startsWith('data: ')) data += line.slice(6);
          }
          if (!data && f.event === 'message') continue; // a comment (heartbeat) or retry line
          f.data = data ? JSON.parse(data) : null;
          frames.push(f);
        }
        deliver();
      });
      res.on('end', onEnd);
      res.on('close', onEnd);
      let seen = 0;
      resolve({
        status: res.statusCode ?? 0,
        frames,
        ended,
        next(event, timeoutMs = 3000) {
          return new Promise((ok, fail) => {
            const from = seen;
            const timer = setTimeout(
              () => fail(new Error(`no '${event}' frame within ${timeoutMs} ms`)),
              timeoutMs,
            );
            waiting.push({
              event,
              from,
              resolve: (f) => {
                clearTimeout(timer);
                seen = frames.indexOf(f) + 1;
                ok(f);
              },
            });
            deliver();
          });
        },
        close: () => req.destroy(),
      });
    });
    req.end();
  });
}
