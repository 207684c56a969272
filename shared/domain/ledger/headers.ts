import type { AmountUnit } from './amounts';
import { LEDGER_COLUMNS, LEDGER_FIELDS, type LedgerField } from './columns';
import { compactText } from './text';

export interface HeaderMatch {
  field: LedgerField;
  /** The unit a money column's header names (总投资（亿元）); 万元 otherwise. */
  unit: AmountUnit;
}

/** A header as compared: no whitespace or line breaks, half-width brackets, no required-field star. */
export function normalizeHeader(text: string): { label: string; unit: AmountUnit | null } {
  let s = compactText(text)
    .replace(/[【[]/g, '(')
    .replace(/[】\]]/g, ')')
    .replace(/[*＊]/g, '')
    .toUpperCase();
  let unit: AmountUnit | null = null;
  const u = /\((亿元|亿|万元|万|元)\)$|(亿元|万元)$/.exec(s);
  if (u) {
    const word = u[1] ?? u[2] ?? '';
    unit = word.startsWith('亿') ? 'yi' : word.startsWith('万') ? 'wan' : 'yuan';
    s = s.slice(0, u.index);
  }
  return { label: s, unit };
}

const EXACT = new Map<string, LedgerField>();
for (const field of LEDGER_FIELDS) {
  const col = LEDGER_COLUMNS[field];
  for (const text of [col.header, ...col.aliases]) {
    const { label } = normalizeHeader(text);
    if (!EXACT.has(label)) EXACT.set(label, field);
  }
}
/** For the loose match, longer labels first: "B岗责任人" must not be read as "责任人". */
const LOOSE_SHORT = new Set(['行业', '阶段', '专班', '首店', '产业', 'B岗', 'A岗']);
const BY_LENGTH = [...EXACT.entries()]
  .filter(([, field]) => !LEDGER_COLUMNS[field].exactOnly)
  .filter(([label]) => label.length >= 3 || LOOSE_SHORT.has(label))
  .sort((a, b) => b[0].length - a[0].length);

/** The field a header names, if any: an exact label or alias first, then a label the header contains. */
export function matchHeader(text: string): HeaderMatch | null {
  const { label, unit } = normalizeHeader(text);
  if (!label) return null;
  const exact = EXACT.get(label);
  const field = exact ?? BY_LENGTH.find(([alias]) => label.includes(alias))?.[1] ?? null;
  if (!field) return null;
  return { field, unit: unit ?? 'wan' };
}

/**
 * Matches a header row: each field goes to the first column that names it; later columns naming the
 * same field are left unmatched (the person can map them in the mapping step).
 */
export function matchHeaderRow(headers: readonly string[]): (HeaderMatch | null)[] {
  const taken = new Set<LedgerField>();
  return headers.map((h) => {
    const m = matchHeader(h);
    if (!m || taken.has(m.field)) return null;
    taken.add(m.field);
    return m;
  });
}

/** How many cells of a row read as ledger headers: the header row is the best-scoring one near the top. */
export function headerScore(cells: readonly string[]): number {
  return matchHeaderRow(cells).filter(Boolean).length;
}
