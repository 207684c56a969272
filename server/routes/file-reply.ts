import { type AppMessage } from '../../shared/errors/catalog';
import { formatMessageZh } from '../../shared/errors/format';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A refusal's body: the Chinese text for API callers, and its code for the client's language. */
export function refusal(app: AppMessage) {
  return { message: formatMessageZh(app), ...app };
}

/** RFC 5987 file name, so a Chinese name survives every browser. */
export function attachment(name: string): string {
  return `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The `filter` query parameter parsed as JSON ({} when absent), or undefined when it is not JSON. */
export function jsonFilter(raw: string | undefined): unknown {
  try {
    return raw ? (JSON.parse(raw) as unknown) : {};
  } catch {
    return undefined;
  }
}
