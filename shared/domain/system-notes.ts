/**
 * Notes the app writes itself on stage events and fund entries (nobody typed them). They are stored
 * in Chinese, as rows written before this file were, and the client shows them from its catalogue
 * (`systemNote.*`), so they read in the UI language while notes people typed stay as typed.
 */
export const SYSTEM_NOTES = {
  created: '新建项目',
  imported: '台账导入',
  importedNew: '台账导入：新建项目',
  importedFunds: '台账导入：累计到位资金',
  importedFundsAdded: '台账导入：补登到位资金',
  importedFixedAssets: '台账导入：入统固定资产投资',
} as const;

export type SystemNoteKey = keyof typeof SYSTEM_NOTES | 'redated';

/** The note on a move whose date was corrected: 更正日期：2026-03-02 → 2026-03-05. */
export const redatedNote = (from: string, to: string) => `更正日期：${from} → ${to}`;
const REDATED = /^更正日期：(\S+) → (\S+)$/;

const BY_TEXT = new Map<string, SystemNoteKey>(
  Object.entries(SYSTEM_NOTES).map(([key, text]) => [text, key as SystemNoteKey]),
);

/** Which system note a stored note is, with its values; undefined for a note someone typed. */
export function readSystemNote(note: string): { key: SystemNoteKey; from?: string; to?: string } | undefined {
  const key = BY_TEXT.get(note);
  if (key) return { key };
  const redated = REDATED.exec(note);
  return redated ? { key: 'redated', from: redated[1], to: redated[2] } : undefined;
}
