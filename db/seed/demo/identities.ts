/** Generated projects: who invests, in what, how much and where (everything but the timeline). */
import type { CapitalType, Origin } from '../../../shared/domain/catalog';
import { FLAGSHIPS } from './flagships';
import {
  BRANDS,
  type BrandPool,
  ESTATE_NAMES,
  MALLS,
  OFFICES,
  ORIGIN_CITIES,
  OVERSEAS_INVESTORS,
  PARKS,
  RETAIL_BRANDS,
  STREETS,
  SURNAMES,
  TOWERS,
} from './names';
import type { Rng } from './random';
import { INDUSTRY_WEIGHTS, type PlaceKind, type Template, TEMPLATES } from './templates';
import type { Identity } from './types';

const DEFAULT_ORIGINS: readonly (readonly [Origin, number])[] = [
  ['district', 1],
  ['city', 1.5],
  ['province', 1.2],
  ['out_of_province', 5.3],
  ['overseas', 1],
];

/** Rounds to figures an office would write down: 380, 1250, 8600, 35000, 120000. */
export function roundWan(x: number): number {
  const step = x < 1000 ? 10 : x < 10000 ? 50 : x < 100000 ? 500 : 5000;
  return Math.max(step, Math.round(x / step) * step);
}

/** Each brand serves one project, so no two projects share a name or an investor. */
class BrandPools {
  private readonly left = new Map<BrandPool | 'retail', string[]>();
  private readonly retailCompany = new Map(RETAIL_BRANDS.map((b) => [b.name, b.company]));

  constructor(rng: Rng, reserved: Set<string>) {
    for (const pool of Object.keys(BRANDS) as BrandPool[]) {
      this.left.set(pool, rng.shuffle(BRANDS[pool].filter((b) => !reserved.has(b))));
    }
    this.left.set('retail', rng.shuffle(RETAIL_BRANDS.map((b) => b.name)));
  }

  has(pool: BrandPool | 'retail'): boolean {
    return (this.left.get(pool)?.length ?? 0) > 0;
  }

  take(pool: BrandPool | 'retail'): { brand: string; company: string } {
    const brand = this.left.get(pool)?.pop();
    if (!brand) throw new Error(`demo seed: brand pool ${pool} exhausted`);
    return { brand, company: this.retailCompany.get(brand) ?? '' };
  }
}

function fill(pattern: string, v: { b: string; c: string; k: string; e: string }): string {
  return pattern.replace(/\{([bcke])\}/g, (_, key: 'b' | 'c' | 'k' | 'e') => v[key]);
}

/** Real-looking addresses: floors in towers, unit numbers in malls, numbered parcels in 南部新城. */
class Places {
  private readonly usedParcels = new Set<string>(FLAGSHIPS.map((f) => f.identity.location));

  constructor(private readonly rng: Rng) {}

  make(kind: PlaceKind): string {
    const r = this.rng;
    switch (kind) {
      case 'tower':
        return `${r.pick(TOWERS)} ${r.int(6, 38)}层`;
      case 'office':
        return `${r.pick(OFFICES)} ${r.int(3, 26)}层`;
      case 'park':
        return `${r.pick(PARKS)} ${r.int(1, 12)}号楼`;
      case 'mall':
        return `${r.pick(MALLS)} L${r.int(1, 4)}-${String(r.int(1, 48)).padStart(2, '0')}`;
      case 'street':
        return `${r.pick(STREETS)} ${r.int(100, 3999)}号`;
      case 'parcel':
        for (;;) {
          const parcel = `南部新城 ${r.pick(['A', 'B', 'C', 'D', 'E'])}-${String(r.int(1, 30)).padStart(2, '0')}地块`;
          if (this.usedParcels.has(parcel)) continue;
          this.usedParcels.add(parcel);
          return parcel;
        }
    }
  }
}

function pickOrigin(
  rng: Rng,
  t: Template,
): { origin: Origin; city: string; overseas: string | null; capital: CapitalType } {
  const origin = rng.weighted(t.origins ?? DEFAULT_ORIGINS);
  if (origin === 'overseas') {
    const o = rng.pick(OVERSEAS_INVESTORS);
    return { origin, city: o.city, overseas: o.pattern, capital: o.capital };
  }
  return { origin, city: rng.pick(ORIGIN_CITIES[origin]), overseas: null, capital: 'domestic' };
}

export function contactName(rng: Rng, industry: Identity['industry']): string {
  const titles = industry === 'finance' ? ['总', '行长', '总经理'] : ['总', '总', '董', '经理', '总监'];
  return rng.pick(SURNAMES) + rng.pick(titles);
}

/** `count` generated projects over the eight industries, avoiding the flagships' brands. */
export function generateIdentities(rng: Rng, count: number): Identity[] {
  const pools = new BrandPools(rng, new Set(FLAGSHIPS.map((f) => f.brand)));
  const places = new Places(rng);
  const out: Identity[] = [];
  while (out.length < count) {
    const industry = rng.weighted(INDUSTRY_WEIGHTS);
    const templates = TEMPLATES.filter((t) => t.industry === industry && pools.has(t.pool));
    if (templates.length === 0) continue;
    const t = rng.weighted(templates.map((x) => [x, x.weight] as const));
    const { brand, company } = pools.take(t.pool);
    const o = pickOrigin(rng, t);
    const v = { b: brand, c: o.city, k: company, e: rng.pick(ESTATE_NAMES) };
    const estimated = roundWan(rng.logUniform(t.amount[0], t.amount[1]));
    out.push({
      name: fill(t.name, v),
      short: brand,
      investor: o.overseas ? fill(o.overseas, v) : fill(t.investor, v),
      investorCity: o.city,
      industry,
      channel: rng.weighted(t.channels ?? [['other', 1]]),
      origin: o.origin,
      capitalType: o.capital,
      estimatedInvestment: estimated,
      // Signed amounts land near the estimate, a little more often above it than below.
      agreedInvestment: roundWan(estimated * (0.85 + rng.next() * 0.4)),
      description: fill(t.description, v),
      topic: t.topic,
      location: places.make(t.place),
      entity: fill(t.entity, { ...v, c: o.city }),
      build: t.build ?? false,
      firstStore: t.firstStore ?? false,
      bondCandidate: t.bond ?? false,
      key: false,
      contact: contactName(rng, industry),
    });
  }
  return out;
}

export function flagshipIdentities(): Identity[] {
  return FLAGSHIPS.map((f) => ({ ...f.identity, key: true, firstStore: false }));
}
