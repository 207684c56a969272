import type { Action } from './permissions';
import { FUNNEL_STAGES, type FunnelStage, stageIndex } from './stages';

/**
 * 佐证材料 (issue 17): the files that prove a project's stages. Pure rules shared by the server (which
 * enforces them) and the client (which shows them before sending a file).
 */

/** The catalogue's kinds at install time; an admin may rename, add or retire kinds (the table keeps them). */
export const DEFAULT_DOCUMENT_KINDS = [
  { key: 'agreement', label: '协议' },
  { key: 'license', label: '营业执照' },
  { key: 'permit', label: '施工许可证' },
  { key: 'photo', label: '现场照片' },
  { key: 'acceptance', label: '竣工验收' },
  { key: 'other', label: '其他' },
] as const;

/** The kinds suggested at each stage's gate (shown; required only where the admin setting says so). */
export const SUGGESTED_KINDS: Partial<Record<FunnelStage, readonly string[]>> = {
  introduced: ['agreement'],
  landed: ['license'],
  started: ['permit', 'photo'],
  completed: ['acceptance'],
};

export const DOCUMENT_LIMITS = {
  /** One file: a scanned agreement of 100 pages at 200 dpi is ~15 MB; phone photos are 3–8 MB. */
  fileBytes: 20 * 1024 * 1024,
  /** Everything a project keeps, superseded and withdrawn files included (they stay for the record). */
  projectBytes: 500 * 1024 * 1024,
  /** Files sent at once from the page. */
  filesAtOnce: 10,
  nameLength: 120,
} as const;

/** The types a document may be, judged by its content; anything else is refused. */
export const DOCUMENT_TYPES = {
  'application/pdf': { ext: 'pdf', preview: 'pdf' },
  'image/jpeg': { ext: 'jpg', preview: 'image' },
  'image/png': { ext: 'png', preview: 'image' },
  'image/webp': { ext: 'webp', preview: 'image' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { ext: 'docx', preview: null },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { ext: 'xlsx', preview: null },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { ext: 'pptx', preview: null },
  /** Word 97–2003 / Excel 97–2003 (OLE compound files). */
  'application/x-cfb': { ext: 'doc', preview: null },
} as const satisfies Record<string, { ext: string; preview: 'pdf' | 'image' | null }>;
export type DocumentMime = keyof typeof DOCUMENT_TYPES;

export function isDocumentMime(mime: string): mime is DocumentMime {
  return Object.hasOwn(DOCUMENT_TYPES, mime);
}

/** Shown in the page (inline route) or only downloaded. */
export function previewOf(mime: string): 'pdf' | 'image' | null {
  return isDocumentMime(mime) ? DOCUMENT_TYPES[mime].preview : null;
}

// C0/C1 controls, bidi embeddings/overrides/isolates and marks, zero-width characters, BOM.
const UNSAFE = /[\p{Cc}\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/gu;
// Characters Windows refuses in names; a downloaded file must save on the office's PCs.
const RESERVED = /[<>:"|?*]/g;

/**
 * A file name as it is kept and offered for download: no folders (the last part of a path with / or \),
 * no control or bidi characters, none that Windows refuses, not only dots, at most `nameLength`
 * characters with its extension kept. An empty result is `fallback`.
 */
export function cleanFileName(raw: string, fallback = '文件'): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let name = base.replace(UNSAFE, '').replace(RESERVED, '_').trim();
  name = name.replace(/^\.+/, '').trim();
  if (!name) return fallback;
  const chars = [...name];
  if (chars.length <= DOCUMENT_LIMITS.nameLength) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return (
    [...name.slice(0, name.length - ext.length)].slice(0, DOCUMENT_LIMITS.nameLength - ext.length).join('') +
    ext
  );
}

/** The admin setting: per stage, the kinds a project must have to enter it (none by default). */
export type RequiredKinds = Partial<Record<FunnelStage, string[]>>;

/**
 * The proof a forward move from `from` to `to` lacks: per stage entered (skipped ones too), the
 * required kinds the project's current documents do not include. Empty: the move may go.
 */
export function proofMissing(
  required: RequiredKinds,
  from: FunnelStage,
  to: FunnelStage,
  present: Iterable<string>,
): { stage: FunnelStage; kinds: string[] }[] {
  const have = [...present];
  return FUNNEL_STAGES.slice(stageIndex(from) + 1, stageIndex(to) + 1)
    .map((stage) => ({ stage, kinds: missingKinds(required[stage] ?? [], have) }))
    .filter((m) => m.kinds.length > 0);
}

/** The kinds a stage requires that a project's current documents do not include. */
export function missingKinds(required: readonly string[], present: Iterable<string>): string[] {
  const have = new Set(present);
  return required.filter((k) => !have.has(k));
}

export type DocumentStatus = 'current' | 'superseded' | 'withdrawn';
/** What a document is attached to besides its project. */
export const DOCUMENT_TARGETS = ['project', 'problem', 'instruction', 'chaseUp'] as const;
export type DocumentTarget = (typeof DOCUMENT_TARGETS)[number];

/**
 * Who may attach a file to what: the project's writers (documents.upload) everywhere; on a problem, 批示
 * or 督办单 also those who work on it (its assignee, the leader who gave the 批示, the owners replying).
 * Any one of the actions suffices; withdrawing follows documents.withdraw.
 */
export const ATTACH_ACTIONS: Record<DocumentTarget, readonly Action[]> = {
  project: ['documents.upload'],
  problem: ['documents.upload', 'problem.work'],
  instruction: ['documents.upload', 'instruction.reply', 'instruction.create'],
  chaseUp: ['documents.upload', 'chaseUp.close'],
};
