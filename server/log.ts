import { type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from 'fastify';

/** LOG_LEVEL and LOG_FORMAT (db/config.ts): pino's levels; lines for a terminal, or pino's JSON. */
export interface LogSettings {
  level: string;
  format: 'text' | 'json';
}

const LABELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
const PINO_FIELDS = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'err']);

const pad = (n: number) => String(n).padStart(2, '0');
function localTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/**
 * One pino record as a terminal line: time, level, message, then the other fields as key=value; an
 * error's stack follows on its own lines.
 */
export function formatLogLine(json: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const level = LABELS[Number(record.level)] ?? String(record.level);
  const fields = Object.entries(record)
    .filter(([key, value]) => !PINO_FIELDS.has(key) && value !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const head = [
    localTime(Number(record.time)),
    level.padEnd(5),
    typeof record.msg === 'string' ? record.msg : '',
    ...fields,
  ].join(' ');
  const err = record.err as { stack?: string; message?: string } | undefined;
  const stack = err
    ? `\n    ${(err.stack ?? err.message ?? JSON.stringify(err)).split('\n').join('\n    ')}`
    : '';
  return `${head}${stack}\n`;
}

/** Fastify's logger: pino at LOG_LEVEL, JSON lines as pino writes them or formatted for a terminal. */
export function loggerOptions(
  settings: LogSettings,
  out: { write(line: string): unknown } = process.stdout,
): FastifyServerOptions['logger'] {
  const write =
    settings.format === 'json'
      ? (line: string) => out.write(line)
      : (line: string) => out.write(formatLogLine(line));
  return { level: settings.level, stream: { write } };
}

const pathOf = (request: FastifyRequest) => request.url.split('?')[0];

/**
 * Requests are quiet: a request is one `debug` line (LOG_LEVEL=debug shows them), a 4xx refusal too;
 * a request that fails on the server stays an `error` line with its stack; /healthz never logs.
 */
export class QuietRequests extends LogController {
  override isLogDisabled(request: FastifyRequest): boolean {
    return pathOf(request) === '/healthz';
  }
  override incomingRequest(): void {}
  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (this.isLogDisabled(request)) return;
    const line = `${request.method} ${pathOf(request)} ${reply.statusCode} ${reply.elapsedTime.toFixed(0)} ms`;
    if (error) reply.log.error({ err: error }, line);
    else request.log.debug(line);
  }
  override defaultErrorLog(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    if (reply.statusCode >= 500) super.defaultErrorLog(error, request, reply);
    else if (!this.isLogDisabled(request))
      reply.log.debug(`${request.method} ${pathOf(request)}: ${error.message}`);
  }
  override routeNotFound(request: FastifyRequest): void {
    request.log.debug(`${request.method} ${pathOf(request)}: no such route`);
  }
}
