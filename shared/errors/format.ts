import { domainZh } from '../labels/domain';
import { type AppMessage, ERROR_MESSAGES_ZH } from './catalog';

/** What `$t(ns.key)` may name in a server message: the same keys the client catalogue has. */
const ROOT: Record<string, unknown> = { ...domainZh, errors: ERROR_MESSAGES_ZH };

function lookup(path: string): string | undefined {
  let node: unknown = ROOT;
  for (const part of path.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Renders a message in Chinese the way i18next renders it on the client (parameters, then nested
 * `$t(...)` names), so an API caller reads the same text a Chinese-speaking person sees.
 */
export function formatMessageZh({ code, params = {} }: AppMessage): string {
  const template = lookup(`errors.${code}`) ?? code;
  return template
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''))
    .replace(/\$t\(([\w.]+)\)/g, (whole, path: string) => lookup(path) ?? whole);
}

/** A head message and its parts as one text: "项目编号 5：更新 2 项信息，新增进展记录". */
export function joinMessages(messages: readonly AppMessage[], render: (m: AppMessage) => string): string {
  const [head = '', ...parts] = messages.map(render);
  return head + parts.join(render({ code: 'ledgerListSeparator' }));
}
