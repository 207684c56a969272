import { type ComponentType, lazy } from 'react';
import { loadPageStrings } from './i18n';

/**
 * A component loaded on demand (a page, or a dialog the board opens), with the Chinese strings that
 * do not ship with the board (client/i18n/zh-CN-pages.ts): everything the app loads with `import()`
 * goes through here, so only code loaded with the page needs its strings in zh-CN-core.ts.
 */
export function lazyWithStrings<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), loadPageStrings()]);
    return { default: pick(module) };
  });
}
