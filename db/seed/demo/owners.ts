/**
 * Who answers for each project: owner A (招商责任人) and backup B (AB岗) from the officers, and a
 * responsible unit that fits the industry. The `staff` demo account owns a fixed share so a person
 * logging in as staff sees a realistic "my projects" list.
 */
import type { Industry } from '../../../shared/domain/catalog';
import { OFFICERS, type UnitName } from './people';
import type { Rng } from './random';
import type { Owners } from './types';

const STAFF_PROJECTS = 25;
const NO_UNIT_SHARE = 0.08;

const UNIT_BY_INDUSTRY: Record<Industry, readonly (readonly [UnitName, number])[]> = {
  finance: [
    ['金融服务中心', 6],
    ['投资促进局', 3],
    ['南岭街道', 1],
  ],
  commerce: [
    ['商务局', 6],
    ['投资促进局', 2],
    ['自由大路街道', 1],
    ['南岭街道', 1],
  ],
  digital: [
    ['科技局', 4],
    ['投资促进局', 5],
    ['自由大路街道', 1],
  ],
  scitech: [
    ['科技局', 7],
    ['投资促进局', 3],
  ],
  business_services: [
    ['投资促进局', 4],
    ['南岭街道', 3],
    ['自由大路街道', 3],
  ],
  culture_tourism: [
    ['文旅局', 8],
    ['投资促进局', 2],
  ],
  education_health: [
    ['发改局', 5],
    ['投资促进局', 3],
    ['自由大路街道', 1],
    ['南岭街道', 1],
  ],
  construction_realestate: [
    ['发改局', 7],
    ['投资促进局', 3],
  ],
};

/** Owners for each project, in the order of `industries`. */
export function assignOwners(rng: Rng, industries: readonly Industry[]): Owners[] {
  const staffOwned = new Set(rng.shuffle(industries.map((_, i) => i)).slice(0, STAFF_PROJECTS));
  const others = OFFICERS.filter((o) => o.username !== 'staff');
  return industries.map((industry, i) => {
    const unit = rng.weighted(UNIT_BY_INDUSTRY[industry]);
    // Officers of the responsible unit usually carry its projects; anyone may, as 全员招商 intends.
    const ownerA = staffOwned.has(i)
      ? 'staff'
      : rng.weighted(others.map((o) => [o.username, o.unit === unit ? 4 : 1] as const));
    const ownerB = rng.weighted(
      OFFICERS.filter((o) => o.username !== ownerA).map(
        (o) => [o.username, o.unit === unit ? 3 : 1] as const,
      ),
    );
    return { ownerA, ownerB, unit: rng.chance(NO_UNIT_SHARE) ? null : unit };
  });
}
