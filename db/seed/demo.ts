import { isMajor } from '../../shared/domain/money';
import type { ProjectState } from '../../shared/domain/stages';
import { currentState } from '../../shared/domain/transitions';
import type { Db } from '../client';
import { DemoCalendar } from './demo/calendar';
import { DEMO_PASSWORD_HASHES } from './demo/password-hashes';
import { PEOPLE, UNITS } from './demo/people';
import { planDistrict } from './demo/projects';
import { type WriteSummary, writeDistrict } from './demo/write';
import { seedLeaders } from './demo/leaders';
import { seedSchedules } from './demo/schedules';
import { seedRankedTargets, seedTargets } from './demo/targets';
import { seedContacts } from './demo/contacts';
import { seedOperations } from './demo/operations';

export interface DemoSummary extends WriteSummary {
  today: string;
  units: number;
  users: number;
  byState: Record<ProjectState, number>;
  major: number;
}

/**
 * Fills an empty database with the demo district (南关区): 8 units, 19 people, about 250 projects
 * across the funnel with their stage events, follow-ups and funds in place. The same Shanghai day
 * gives the same data; every date is counted back from that day. See db/seed/demo/.
 */
export function seedDemo(db: Db, opts: { today: Date }): void {
  seedDemoWithSummary(db, opts);
}

/** seedDemo, reporting what it wrote (for `npm run db:seed`). */
export function seedDemoWithSummary(db: Db, opts: { today: Date }): DemoSummary {
  const cal = new DemoCalendar(opts.today);
  // Hashed once, in the source (db/seed/demo/password-hashes.ts): 19 scrypt hashes took seconds.
  const plans = planDistrict(cal);
  const written = writeDistrict(db, cal, plans, new Map(Object.entries(DEMO_PASSWORD_HASHES)));
  seedLeaders(db, cal);
  seedSchedules(db, cal);
  seedTargets(db, cal);
  seedRankedTargets(db, cal);
  seedContacts(db, cal);
  seedOperations(db, cal);

  const byState: Record<ProjectState, number> = {
    negotiating: 0,
    introduced: 0,
    landed: 0,
    started: 0,
    completed: 0,
    on_hold: 0,
    dropped: 0,
  };
  for (const p of plans) byState[currentState(p.slot)] += 1;
  const major = plans.filter((p) =>
    isMajor({ agreedInvestment: p.agreedInvestment, estimatedInvestment: p.identity.estimatedInvestment }),
  ).length;
  return { ...written, today: cal.today, units: UNITS.length, users: PEOPLE.length, byState, major };
}
