import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../shared/domain/permissions';
import { en } from '../../client/i18n/en';
import { zhCN } from '../../client/i18n/zh-CN';
import { zhCore } from '../../client/i18n/zh-CN-core';

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
const repo = join(root, '..');
const sources = sourceFiles(root).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const sections = Object.keys(zhCN);
/** Permission actions (`project.move`) look like keys but are not. */
const actions: ReadonlySet<string> = new Set(ACTIONS);

/** Keys used in the given files, with where they are used. */
function usedKeys(files: readonly { path: string; text: string }[] = sources) {
  const exact = new Map<string, string>();
  const prefixes = new Map<string, string>();
  const keyShape = new RegExp(`^(${sections.join('|')})\\.[A-Za-z0-9_.]+$`);
  for (const { path, text } of files) {
    const at = relative(root, path);
    for (const m of text.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g)) exact.set(m[2]!, at);
    for (const m of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) if (m[1]) prefixes.set(m[1], at);
    for (const m of text.matchAll(/\bt\(\s*`([^`$]+)`/g)) exact.set(m[1]!, at);
    // Keys kept in tables and passed to t() later: any literal shaped like `section.key`.
    for (const m of text.matchAll(/(['"])([A-Za-z][\w.]*)\1/g))
      if (keyShape.test(m[2]!) && !actions.has(m[2]!)) exact.set(m[2]!, at);
  }
  return { exact, prefixes };
}

/** `a, type B, c as d` → [[a, a], [c, d]]: what is imported or re-exported, under which name. */
function specifiers(list: string): [string, string][] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part && !part.startsWith('type '))
    .map((part) => {
      const [name, alias] = part.split(/\s+as\s+/);
      return [name!, alias ?? name!];
    });
}

/**
 * The code the browser loads with the page: client/main.tsx and what it imports statically, as the
 * bundler keeps it: a barrel's `export { x } from` is followed only for the names asked for of it
 * (`import type` aside; `import()` loads on demand, through client/lib/lazy.ts). The catalogue files
 * themselves are left out.
 */
function loadedWithThePage(): { path: string; text: string }[] {
  const texts = new Map<string, string>();
  const visited = new Set<string>();
  const resolveFrom = (from: string, spec: string) => {
    const base = resolve(dirname(from), spec);
    return ['.ts', '.tsx', '/index.ts', '/index.tsx']
      .map((ext) => base + ext)
      .find((candidate) => existsSync(candidate));
  };
  /** `names` undefined: the whole module is used. */
  const visit = (path: string, names?: ReadonlySet<string>) => {
    const key = `${path}|${names ? [...names].sort().join() : '*'}`;
    if (visited.has(key) || visited.has(`${path}|*`)) return;
    visited.add(key);
    const text = texts.get(path) ?? readFileSync(path, 'utf8');
    texts.set(path, text);
    const follow = (spec: string, wanted?: ReadonlySet<string>) => {
      const file = spec.startsWith('.') ? resolveFrom(path, spec) : undefined;
      if (file) visit(file, wanted);
    };
    for (const m of text.matchAll(
      /^import\s+(?!type\s)([^'";]*?)\s*from\s*'([^']+)'|^import\s+'([^']+)'/gm,
    )) {
      if (m[3]) {
        follow(m[3]);
        continue;
      }
      const clause = m[1]!;
      const named = /^\{([^}]*)\}$/s.exec(clause.trim());
      follow(m[2]!, named ? new Set(specifiers(named[1]!).map(([name]) => name)) : undefined);
    }
    for (const m of text.matchAll(/^export\s+(?!type\s)\{([^}]*)\}\s*from\s*'([^']+)'/gm)) {
      const picked = specifiers(m[1]!).filter(([, exported]) => !names || names.has(exported));
      if (picked.length) follow(m[2]!, new Set(picked.map(([name]) => name)));
    }
    for (const m of text.matchAll(/^export\s+\*\s+from\s*'([^']+)'/gm)) follow(m[1]!, names);
  };
  visit(join(root, 'main.tsx'));
  return [...texts]
    .filter(([path]) => !path.includes('/i18n/') && !path.includes('/shared/labels/'))
    .map(([path, text]) => ({ path, text }));
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

describe('the Chinese strings loaded with the page (client/i18n/zh-CN-core.ts)', () => {
  const page = loadedWithThePage();
  const { exact, prefixes } = usedKeys(page);
  const core = zhCore as Tree;

  it('follow the imports of the code loaded with the page (the walk itself works)', () => {
    const files = page.map((f) => relative(repo, f.path));
    expect(files).toContain('client/features/board/board-page.tsx');
    expect(files).toContain('client/features/schedules/light-badge.tsx');
    expect(files).not.toContain('client/features/review/review-page.tsx');
    expect(files).not.toContain('client/features/moves/move-dialog.tsx');
    expect(exact.has('review.nav')).toBe(true);
  });

  it('hold every key that code asks for', () => {
    const missing = [...exact].filter(([key]) => !hasString(core, key, 'zh-CN'));
    const missingPrefixes = [...prefixes].filter(
      ([prefix]) => !prefix.endsWith('.') || typeof lookup(core, prefix.slice(0, -1)) !== 'object',
    );
    expect([...missing, ...missingPrefixes].map(([key, at]) => `${key} (${at})`)).toEqual([]);
  });

  it('are what the complete catalogue says', () => {
    const differ = (a: Tree, b: Tree, prefix = ''): string[] =>
      Object.entries(a).flatMap(([k, v]) =>
        typeof v === 'string'
          ? v === b[k]
            ? []
            : [`${prefix}${k}`]
          : differ(v, (b[k] ?? {}) as Tree, `${prefix}${k}.`),
      );
    expect(differ(core, zhCN as Tree)).toEqual([]);
  });

  it('leave loading on demand to client/lib/lazy.ts, which loads the rest first', () => {
    const lazyUsers = sources
      .filter((f) => /\blazy\(/.test(f.text))
      .map((f) => relative(repo, f.path))
      .sort();
    expect(lazyUsers).toEqual(['client/components/ui/toaster.tsx', 'client/lib/lazy.ts']);
  });
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
