/**
 * A project's life as immutable stage events, laid out backward from the day it entered its current
 * stage, so every project reaches its stage before today and starts within the last 18 months.
 * Gate dates are the days of the (last) forward move into each stage, at 10:00 Shanghai.
 */
import { DROP_CATEGORIES } from '../../../shared/domain/catalog';
import { FUNNEL_STAGES, stageIndex } from '../../../shared/domain/stages';
import type { DemoCalendar } from './calendar';
import type { Rng } from './random';
import {
  BACKWARD_NOTES,
  DROP_NOTES,
  FOREIGN_HOLD_REASON,
  HOLD_REASONS,
  RESUME_NOTES,
  RETURN_NOTES,
} from './texts';
import type { Owners, PlannedEvent, Slot, Timeline } from './types';
import { SYSTEM_NOTES } from '../../../shared/domain/system-notes';

/** About 18 months: no lead is older than this. */
const MAX_DAYS_AGO = 540;
/** Non-stalled projects were touched within this many days; stalled ones not for over 30. */
const RECENT_DAYS = 20;
const STALL_MIN_DAYS = 31;
/** A backward move needs room in the stage before: enter, go back, enter again. */
const BACKWARD_MIN_GAP = 24;

/** What about the project shapes its timeline. */
export interface TimelineTraits {
  /** Construction takes longer than a fit-out. */
  build: boolean;
  /** Foreign or HK/Macau/Taiwan capital: approvals abroad can hold it up. */
  foreign: boolean;
}

export interface HistoryOptions {
  /** Went back one stage once (with a note) and forward again. */
  backward: boolean;
  /** Was put on hold for a while and resumed. */
  pause: boolean;
}

/** Days spent in the stage before entering stage i (i = 1..4). */
function stageGap(rng: Rng, i: number, build: boolean): number {
  switch (i) {
    case 1:
      return rng.int(20, 200);
    case 2:
      return rng.int(10, 120);
    case 3:
      return build ? rng.int(30, 180) : rng.int(7, 60);
    default:
      return build ? rng.int(120, 400) : rng.int(30, 120);
  }
}

interface Anchors {
  /** Days ago the current stage was entered. */
  entered: number;
  last: number;
  holdAgo: number | null;
  dropAgo: number | null;
}

function anchors(rng: Rng, slot: Slot): Anchors {
  if (slot.status === 'on_hold') {
    const holdAgo = rng.int(3, 160);
    return { entered: holdAgo + rng.int(3, 200), last: holdAgo, holdAgo, dropAgo: null };
  }
  if (slot.status === 'dropped') {
    const dropAgo = rng.int(3, 250);
    const holdAgo = rng.chance(0.3) ? dropAgo + rng.int(10, 60) : null;
    return { entered: (holdAgo ?? dropAgo) + rng.int(3, 150), last: dropAgo, holdAgo, dropAgo };
  }
  if (slot.stage === 'completed') {
    const entered = rng.int(5, 330);
    return { entered, last: rng.int(1, entered), holdAgo: null, dropAgo: null };
  }
  if (slot.stalled) {
    const entered = rng.int(STALL_MIN_DAYS + 4, 300);
    return { entered, last: rng.int(STALL_MIN_DAYS, Math.min(entered, 150)), holdAgo: null, dropAgo: null };
  }
  const entered = rng.int(1, 260);
  return { entered, last: rng.int(1, Math.min(entered, RECENT_DAYS)), holdAgo: null, dropAgo: null };
}

export function planTimeline(
  rng: Rng,
  cal: DemoCalendar,
  slot: Slot,
  owners: Owners,
  traits: TimelineTraits,
  history: HistoryOptions,
): Timeline {
  const { build } = traits;
  const holdReasons: readonly string[] = traits.foreign
    ? [...HOLD_REASONS, FOREIGN_HOLD_REASON]
    : HOLD_REASONS;
  const k = stageIndex(slot.stage);
  const a = anchors(rng, slot);

  // Stage durations, squeezed proportionally when they would reach back beyond 18 months.
  const gaps = Array.from({ length: k }, (_, i) => stageGap(rng, i + 1, build));
  const room = MAX_DAYS_AGO - a.entered;
  const total = gaps.reduce((s, g) => s + g, 0);
  if (total > room) {
    for (let i = 0; i < gaps.length; i++) gaps[i] = Math.max(3, Math.floor(((gaps[i] ?? 0) * room) / total));
  }
  // ago[0] = lead, ago[i] = gate day of stage i; ago[k] = the day the current stage was entered.
  const ago = new Array<number>(k + 1);
  ago[k] = a.entered;
  for (let i = k; i >= 1; i--) ago[i - 1] = (ago[i] ?? 0) + (gaps[i - 1] ?? 0);
  const dayOf = (i: number) => cal.daysAgo(ago[i] ?? 0);

  const events: PlannedEvent[] = [];
  const push = (e: Omit<PlannedEvent, 'by' | 'dropCategory'> & Partial<PlannedEvent>): PlannedEvent => {
    // Owner A makes most moves; B acts when A is away (AB岗).
    const event: PlannedEvent = {
      by: rng.chance(0.85) ? owners.ownerA : owners.ownerB,
      dropCategory: null,
      ...e,
    };
    events.push(event);
    return event;
  };

  let stageEnteredAt = push({
    from: null,
    to: 'negotiating',
    at: cal.at(dayOf(0), rng.int(8, 11), rng.int(0, 59)),
    note: SYSTEM_NOTES.created,
    by: owners.ownerA,
  }).at;
  FUNNEL_STAGES.slice(1, k + 1).forEach((to, idx) => {
    const i = idx + 1;
    const from = FUNNEL_STAGES[idx] ?? 'negotiating';
    const gap = (ago[i - 1] ?? 0) - (ago[i] ?? 0);
    const backward = history.backward && i === k && gap >= BACKWARD_MIN_GAP;
    if (backward) {
      const firstIn = (ago[i - 1] ?? 0) - Math.round(gap * 0.3);
      const back = (ago[i - 1] ?? 0) - Math.round(gap * 0.6);
      push({ from, to, at: cal.at(cal.daysAgo(firstIn), 10), note: null });
      push({ from: to, to: from, at: cal.at(cal.daysAgo(back), 16), note: BACKWARD_NOTES[i] ?? null });
    }
    stageEnteredAt = push({
      from,
      to,
      at: cal.at(dayOf(i), 10),
      note: backward ? (RETURN_NOTES[i] ?? null) : null,
    }).at;
  });

  let quiet: Timeline['quiet'] = null;
  let holdReason: string | null = null;
  let dropCategory: Timeline['dropCategory'] = null;
  let dropNote: string | null = null;

  // A pause that ended: on hold, then back to the same stage (stageEnteredAt is kept, as the app does).
  if (history.pause && slot.status === 'active' && a.entered - a.last >= 20) {
    const holdAgo = rng.int(a.entered - Math.floor((a.entered - a.last) / 2), a.entered - 2);
    const resumeAgo = rng.int(a.last, holdAgo - 5);
    push({
      from: slot.stage,
      to: 'on_hold',
      at: cal.at(cal.daysAgo(holdAgo), 15),
      note: rng.pick(holdReasons),
    });
    push({
      from: 'on_hold',
      to: slot.stage,
      at: cal.at(cal.daysAgo(resumeAgo), 10, 30),
      note: rng.pick(RESUME_NOTES),
    });
    quiet = { from: holdAgo, to: resumeAgo };
  }
  if (a.holdAgo !== null) {
    // Kept on the row if the project is then dropped, as the app does.
    holdReason = rng.pick(holdReasons);
    push({ from: slot.stage, to: 'on_hold', at: cal.at(cal.daysAgo(a.holdAgo), 15), note: holdReason });
    quiet = { from: a.holdAgo, to: 0 };
  }
  if (a.dropAgo !== null) {
    dropCategory = rng.pick(DROP_CATEGORIES);
    dropNote = rng.pick(DROP_NOTES[dropCategory]);
    push({
      from: a.holdAgo !== null ? 'on_hold' : slot.stage,
      to: 'dropped',
      at: cal.at(cal.daysAgo(a.dropAgo), 16, 30),
      note: dropNote,
      dropCategory,
    });
  }

  events.reduce((prev, e) => {
    if (e.at <= prev) throw new Error('demo seed: stage events out of order');
    return e.at;
  }, -Infinity);
  return {
    leadAgo: ago[0] ?? 0,
    gateAgo: ago.slice(1),
    lastAgo: a.last,
    quiet,
    events,
    stageEnteredAt,
    holdReason,
    dropCategory,
    dropNote,
  };
}
