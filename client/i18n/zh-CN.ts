import type { Widen } from './types';
import { zhCore } from './zh-CN-core';
import { zhPages } from './zh-CN-pages';

/**
 * The Chinese catalogue, complete: the default language, and the shape every translation has. The
 * browser gets it in two parts, ./zh-CN-core.ts with the page and ./zh-CN-pages.ts on demand; each
 * section of the second is whole, so it replaces the core's excerpt of it.
 */
export const zhCN = { ...zhCore, ...zhPages };

export type Messages = Widen<typeof zhCN>;
