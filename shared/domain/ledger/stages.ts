import { domainZh } from '../../labels/domain';
import type { FunnelStage, ProjectStatus } from '../stages';
import { appMessage } from '../../errors/catalog';
import { fail, type ParseResult } from './dates';
import { cellString, compactText } from './text';

/** Where a ledger row stands. `stage` is null when the cell says only 暂缓/终止: the dates decide it. */
export interface LedgerStage {
  status: ProjectStatus;
  stage: FunnelStage | null;
}

/** Funnel stage words as offices write them, most specific first. */
const FUNNEL_WORDS: [FunnelStage, string[]][] = [
  [
    'negotiating',
    ['洽谈', '在谈', '洽谈中', '正在洽谈', '意向', '储备', '在洽', '对接', '对接中', '洽谈阶段', '谈判'],
  ],
  ['introduced', ['引进', '已引进', '签约', '已签约', '签约阶段', '已签协议', '签订协议', '引进阶段']],
  ['landed', ['落地', '已落地', '注册', '已注册', '落位', '已落位', '落地阶段']],
  ['started', ['开工', '已开工', '在建', '施工', '施工中', '开工建设', '装修', '装修中', '开工阶段']],
  [
    'completed',
    [
      '建成',
      '已建成',
      '投产',
      '已投产',
      '建成投产',
      '开业',
      '已开业',
      '竣工',
      '已竣工',
      '运营',
      '已运营',
      '投运',
      '建成阶段',
    ],
  ],
];
const HOLD_WORDS = ['暂缓', '已暂缓', '暂停', '搁置', '缓建', '暂缓推进'];
const DROP_WORDS = ['终止', '已终止', '放弃', '取消', '中止', '已取消', '退出'];

const STAGE_ERROR = fail(appMessage('ledgerStageUnreadable'));

function funnelOf(word: string): FunnelStage | null {
  for (const [stage, words] of FUNNEL_WORDS) if (words.includes(word)) return stage;
  return null;
}

/**
 * A stage cell: 洽谈/引进/落地/开工/建成 and their variants (已签约, 已落地, 在谈 …), 暂缓/终止 alone or
 * with the stage kept in brackets as the export writes it (暂缓（落地）), or null for a blank cell.
 */
export function parseLedgerStage(input: unknown): ParseResult<LedgerStage | null> {
  if (input === null || input === undefined) return { ok: true, value: null };
  const s = compactText(cellString(input)).replace(/[()[\]【】]/g, (c) =>
    c === '(' || c === '[' || c === '【' ? '(' : ')',
  );
  if (s === '' || s === '-' || s === '—') return { ok: true, value: null };
  const m = /^([^()]+)(?:\(([^()]+)\))?$/.exec(s);
  const head = m?.[1] ?? s;
  const inner = m?.[2] ?? null;
  const off: ProjectStatus | null = HOLD_WORDS.includes(head)
    ? 'on_hold'
    : DROP_WORDS.includes(head)
      ? 'dropped'
      : null;
  if (off) {
    if (inner === null) return { ok: true, value: { status: off, stage: null } };
    const stage = funnelOf(inner);
    return stage ? { ok: true, value: { status: off, stage } } : STAGE_ERROR;
  }
  const stage = funnelOf(head.replace(/(一批|类)$/, ''));
  if (!stage || inner !== null) return STAGE_ERROR;
  return { ok: true, value: { status: 'active', stage } };
}

/** The ledger's stage text: 落地, or 暂缓（落地） / 终止（引进） so an off-funnel project keeps its stage. */
export function formatLedgerStage(p: { stage: FunnelStage; status: ProjectStatus }): string {
  if (p.status === 'active') return domainZh.stage[p.stage];
  return `${domainZh.stage[p.status]}（${domainZh.stage[p.stage]}）`;
}
