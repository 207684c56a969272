import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Issue 13: one server module writes the projects table; everything else goes through it. */
const ROOT = join(__dirname, '../..');
const WRITE_PATH = 'server/services/project-write.ts';
const WRITERS = [
  /\.(update|insert|delete)\(\s*projects\s*\)/,
  /\binsertRows\(\s*\w+\s*,\s*projects\b/,
  /\b(update|insert\s+(or\s+\w+\s+)?into|delete\s+from)\s+["`]?projects["`]?\b/i,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Comment lines may say "update projects" in prose; only code counts. */
const COMMENT = /^\s*(\*|\/\/|\/\*)/;

function writersOf(source: string): string[] {
  return source.split('\n').filter((line) => !COMMENT.test(line) && WRITERS.some((w) => w.test(line)));
}

describe('the project write path', () => {
  it('finds a writer when there is one (the scan can fail)', () => {
    expect(writersOf('db.update(projects).set({ name })')).toHaveLength(1);
    expect(writersOf("db.$client.prepare('UPDATE projects SET name = ?')")).toHaveLength(1);
    expect(writersOf('db.insert(projects).values(rows)')).toHaveLength(1);
    expect(writersOf('insertRows(db, projects, rows);')).toHaveLength(1);
    expect(writersOf('db.select().from(projects)')).toHaveLength(0);
    expect(writersOf(' * officers may update projects by import')).toHaveLength(0);
  });

  it(`no server file but ${WRITE_PATH} writes the projects table`, () => {
    const found = files(join(ROOT, 'server'))
      .map((path) => relative(ROOT, path))
      .filter((path) => path !== WRITE_PATH)
      .flatMap((path) =>
        writersOf(readFileSync(join(ROOT, path), 'utf8')).map((l) => `${path}: ${l.trim()}`),
      );
    expect(found).toEqual([]);
    expect(writersOf(readFileSync(join(ROOT, WRITE_PATH), 'utf8')).length).toBeGreaterThan(0);
  });
});
