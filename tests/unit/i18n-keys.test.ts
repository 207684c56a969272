import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../shared/domain/permissions';
import { en } from '../../client/i18n/en';
import { zhCN } from '../../client/i18n/zh-CN';

/**
 * Every catalogue key the client asks for exists in both languages: `t('a.b')` literally, the fixed
 * prefix of `t(`a.${x}`)` as a section, and string literals shaped like a key of a catalogue section
 * (labels kept in tables). A count key may be plural: `x_other` in Chinese, `x_one` + `x_other` in
 * English (i18next picks the form by `count`).
 */
type Tree = { readonly [k: string]: string | Tree };
const catalogues = { 'zh-CN': zhCN as Tree, en: en as unknown as Tree };

function lookup(tree: Tree, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}

function hasString(tree: Tree, key: string, lang: keyof typeof catalogues): boolean {
  if (typeof lookup(tree, key) === 'string') return true;
  const other = typeof lookup(tree, `${key}_other`) === 'string';
  return lang === 'en' ? other && typeof lookup(tree, `${key}_one`) === 'string' : other;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const root = join(import.meta.dirname, '../../client');
const sources = sourceFiles(root).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const sections = Object.keys(zhCN);
/** Permission actions (`project.move`) look like keys but are not. */
const actions: ReadonlySet<string> = new Set(ACTIONS);

/** Keys used in the client, with where they are used. */
function usedKeys() {
  const exact = new Map<string, string>();
  const prefixes = new Map<string, string>();
  const keyShape = new RegExp(`^(${sections.join('|')})\\.[A-Za-z0-9_.]+$`);
  for (const { path, text } of sources) {
    const at = path.slice(root.length + 1);
    for (const m of text.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g)) exact.set(m[2]!, at);
    for (const m of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) if (m[1]) prefixes.set(m[1], at);
    for (const m of text.matchAll(/\bt\(\s*`([^`$]+)`/g)) exact.set(m[1]!, at);
    // Keys kept in tables and passed to t() later: any literal shaped like `section.key`.
    for (const m of text.matchAll(/(['"])([A-Za-z][\w.]*)\1/g))
      if (keyShape.test(m[2]!) && !actions.has(m[2]!)) exact.set(m[2]!, at);
  }
  return { exact, prefixes };
}

describe('catalogue keys used by the client', () => {
  const { exact, prefixes } = usedKeys();

  it('finds the keys it checks (the scan itself works)', () => {
    expect(exact.size).toBeGreaterThan(300);
    expect(exact.has('board.daysSince')).toBe(true);
    expect(prefixes.has('stage.')).toBe(true);
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`every literal key has a string in ${lang}`, () => {
      const missing = [...exact].filter(([key]) => !hasString(catalogues[lang], key, lang));
      expect(missing.map(([key, at]) => `${key} (${at})`)).toEqual([]);
    });

    it(`every t(\`prefix.\${…}\`) prefix is a section in ${lang}`, () => {
      const missing = [...prefixes].filter(
        ([prefix]) =>
          !prefix.endsWith('.') || typeof lookup(catalogues[lang], prefix.slice(0, -1)) !== 'object',
      );
      expect(missing.map(([key, at]) => `${key} (${at})`)).toEqual([]);
    });
  }
});

describe('the two catalogues', () => {
  /** Every string key, with plural forms folded to their base key. */
  function flatten(tree: Tree, prefix = ''): string[] {
    return Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`),
    );
  }
  const base = (key: string) => key.replace(/_(one|other)$/, '');

  it('have the same keys, plural forms aside', () => {
    const zh = new Set(flatten(catalogues['zh-CN']).map(base));
    const english = new Set(flatten(catalogues.en).map(base));
    expect([...zh].filter((k) => !english.has(k))).toEqual([]);
    expect([...english].filter((k) => !zh.has(k))).toEqual([]);
  });

  it('give English both plural forms of every count key, and Chinese only the other form', () => {
    const keys = flatten(catalogues.en);
    const other = keys.filter((k) => k.endsWith('_other'));
    expect(other.length).toBeGreaterThan(10);
    for (const k of other) expect(keys).toContain(k.replace(/_other$/, '_one'));
    expect(flatten(catalogues['zh-CN']).filter((k) => k.endsWith('_one'))).toEqual([]);
  });

  it('keep {{placeholders}} the same in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const mismatched = flatten(catalogues.en).filter((key) => {
      const zh =
        lookup(catalogues['zh-CN'], key) ?? lookup(catalogues['zh-CN'], key.replace(/_one$/, '_other'));
      const english = lookup(catalogues.en, key) as string;
      // A singular may spell out "1" instead of {{count}}.
      const wanted = names(zh as string).filter((n) => !(key.endsWith('_one') && n === 'count'));
      return (
        names(english)
          .filter((n) => !(key.endsWith('_one') && n === 'count'))
          .join() !== wanted.join()
      );
    });
    expect(mismatched).toEqual([]);
  });
});
