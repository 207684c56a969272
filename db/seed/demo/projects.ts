/**
 * Plans the whole demo district in memory: slots (where each project stands), identities (who and
 * what), owners, timelines, gate fields, follow-ups, funds and flags. Pure and deterministic: one
 * seed constant, every date counted back from today.
 */
import type { AgreementType } from '../../../shared/domain/catalog';
import { totalInvestment } from '../../../shared/domain/money';
import { stageIndex } from '../../../shared/domain/stages';
import type { DemoCalendar } from './calendar';
import { CreditCodes } from './credit-codes';
import { FLAGSHIPS } from './flagships';
import { planFollowUps } from './follow-ups';
import { planFunds } from './funds';
import { flagshipIdentities, generateIdentities } from './identities';
import { assignOwners } from './owners';
import { Rng } from './random';
import { generateSlots } from './slots';
import { planTimeline } from './timeline';
import type { PlannedProject } from './types';

/** Changing this constant gives another (equally valid) district. */
const SEED = '南关区招商项目演示数据 v1';
const KEY_PROJECTS = 52;
/** Key projects are mostly the largest; the rest are picked by the office for other reasons. */
const KEY_BY_SIZE = 40;
const BOND_PROJECTS = 8;
const BACKWARD_MOVES = 7;
const PAUSES = 6;
const NOON_MS = 12 * 60 * 60 * 1000;

export function planDistrict(cal: DemoCalendar): PlannedProject[] {
  const rng = Rng.fromText(SEED);
  const flagshipSlots = FLAGSHIPS.map((f) => f.slot);
  const slots = [...flagshipSlots, ...generateSlots(rng, flagshipSlots)];
  const identities = [...flagshipIdentities(), ...generateIdentities(rng, slots.length - FLAGSHIPS.length)];
  const owners = assignOwners(
    rng,
    identities.map((i) => i.industry),
  );
  const codes = new CreditCodes(rng);

  // A little history: a few went back a stage once, a few paused and resumed.
  const active = slots.flatMap((s, i) => (s.status === 'active' ? [i] : []));
  const backward = new Set(
    rng.shuffle(active.filter((i) => nth(slots, i).stage !== 'negotiating')).slice(0, BACKWARD_MOVES),
  );
  const pausable = active.filter(
    (i) => !nth(slots, i).stalled && nth(slots, i).stage !== 'completed' && !backward.has(i),
  );
  const pauses = new Set(rng.shuffle(pausable).slice(0, PAUSES));

  const plans = slots.map((slot, i): PlannedProject => {
    const identity = nth(identities, i);
    const own = nth(owners, i);
    const k = stageIndex(slot.stage);
    const traits = { build: identity.build, foreign: identity.capitalType !== 'domestic' };
    const timeline = planTimeline(rng, cal, slot, own, traits, {
      backward: backward.has(i),
      pause: pauses.has(i),
    });
    const day = (stage: number) => (k >= stage ? cal.daysAgo(timeline.gateAgo[stage - 1] ?? 0) : null);
    const reSigned =
      backward.has(i) && k === 1 && timeline.events.some((e) => e.to === 'negotiating' && e.from !== null);
    const agreementType: AgreementType | null =
      k < 1 ? null : reSigned || rng.chance(k === 1 ? 0.6 : 0.9) ? 'investment' : 'framework';
    const agreed = k >= 1 ? identity.agreedInvestment : null;
    const followUps = planFollowUps(rng, cal, identity, own, timeline, agreementType);
    const funds = planFunds(rng, cal, slot.stage, agreed, own, timeline);
    const lastEvent = Math.max(...timeline.events.map((e) => e.at));
    const lastFollowUp = Math.max(0, ...followUps.map((f) => startOfDayMs(cal, f.date) + NOON_MS));
    return {
      identity,
      slot,
      owners: own,
      timeline,
      signingDate: day(1),
      agreedInvestment: agreed,
      agreementType,
      registeredEntity: k >= 2 ? identity.entity : null,
      creditCode: k >= 2 ? codes.next() : null,
      // Before landing, a location is the intended site, known for some projects only.
      location: k >= 2 || identity.key || rng.chance(0.4) ? identity.location : null,
      landingDate: day(2),
      startDate: day(3),
      completionDate: day(4),
      isKey: false,
      isBond: false,
      isFirstStore: identity.firstStore,
      followUps,
      funds,
      lastActivityAt: Math.max(lastEvent, lastFollowUp),
    };
  });

  markKeyProjects(rng, plans);
  markBondProjects(plans);
  return plans;
}

function nth<T>(items: readonly T[], i: number): T {
  if (i < 0 || i >= items.length) throw new Error(`demo seed: index ${i} out of range`);
  return items[i] as T;
}

function startOfDayMs(cal: DemoCalendar, date: string): number {
  return cal.at(date, 0);
}

function amount(p: PlannedProject): number {
  return totalInvestment({
    agreedInvestment: p.agreedInvestment,
    estimatedInvestment: p.identity.estimatedInvestment,
  });
}

/** 重点项目: the flagships, then the largest live projects, then a few signed ones the office cares about. */
function markKeyProjects(rng: Rng, plans: PlannedProject[]): void {
  const live = plans.filter((p) => p.slot.status !== 'dropped');
  for (const p of live) p.isKey = p.identity.key;
  const bySize = live.filter((p) => !p.isKey).sort((a, b) => amount(b) - amount(a));
  let keys = live.filter((p) => p.isKey).length;
  for (const p of bySize.slice(0, Math.max(0, KEY_BY_SIZE - keys))) p.isKey = true;
  keys = live.filter((p) => p.isKey).length;
  const signed = live.filter((p) => !p.isKey && p.agreedInvestment !== null);
  for (const p of rng.shuffle(signed).slice(0, Math.max(0, KEY_PROJECTS - keys))) p.isKey = true;
}

/** 专项债: public-interest construction, signed projects first, the largest first. */
function markBondProjects(plans: PlannedProject[]): void {
  const candidates = plans
    .filter((p) => p.identity.bondCandidate && p.slot.status !== 'dropped')
    .sort(
      (a, b) =>
        Number(b.agreedInvestment !== null) - Number(a.agreedInvestment !== null) || amount(b) - amount(a),
    );
  for (const p of candidates.slice(0, BOND_PROJECTS)) p.isBond = true;
}
