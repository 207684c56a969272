import { describe, expect, it } from 'vitest';
import { threeWayMerge, withMine } from '../../shared/domain/three-way-merge';
import { pickProjectFields, type ProjectFields, projectFields } from '../../shared/schemas/project';

type Row = { name: string; industry: string; amount: number | null; note: string | null };
const base: Row = { name: '星河', industry: 'digital', amount: 1000, note: null };
const row = (changes: Partial<Row>): Row => ({ ...base, ...changes });

describe('threeWayMerge: reapply only my changes on top of theirs', () => {
  it.each<[string, Partial<Row>, Partial<Row>, Partial<Row>, string[], string[], string[]]>([
    // label, theirs, mine, expected merged changes, mine, theirs, clashes
    ['nobody changed anything', {}, {}, {}, [], [], []],
    [
      'different fields: both survive',
      { industry: 'finance' },
      { amount: 2000 },
      { industry: 'finance', amount: 2000 },
      ['amount'],
      ['industry'],
      [],
    ],
    ['only they changed: theirs kept', { name: '星河二期' }, {}, { name: '星河二期' }, [], ['name'], []],
    ['only I changed: mine reapplied', {}, { note: '已签约' }, { note: '已签约' }, ['note'], [], []],
    [
      'same field, same value: no clash',
      { amount: 2000 },
      { amount: 2000 },
      { amount: 2000 },
      [],
      ['amount'],
      [],
    ],
    [
      'same field, different values: a clash, theirs kept',
      { amount: 3000 },
      { amount: 2000 },
      { amount: 3000 },
      [],
      [],
      ['amount'],
    ],
    ['empty text equals null', {}, { note: '' }, {}, [], [], []],
    ['they cleared what I did not touch', { note: null }, { name: '星河' }, {}, [], [], []],
  ])('%s', (_, theirs, mine, merged, myFields, theirFields, clashes) => {
    const m = threeWayMerge(base, row(theirs), row(mine));
    expect(m.merged).toEqual(row({ ...theirs, ...merged }));
    expect([m.mine, m.theirs, m.clashes]).toEqual([myFields, theirFields, clashes]);
  });

  it('withMine takes my value on each clash and keeps their other changes', () => {
    const theirs = row({ amount: 3000, industry: 'finance' });
    const mine = row({ amount: 2000, name: '星河科技' });
    const m = threeWayMerge(base, theirs, mine);
    expect(withMine(m, mine)).toEqual({ name: '星河科技', industry: 'finance', amount: 2000, note: null });
  });
});

describe('pickProjectFields: the base of the merge is every editable field and nothing else', () => {
  it('keeps each field of projectFields and drops what the server adds (id, version, stage)', () => {
    const fields = Object.fromEntries(Object.keys(projectFields.shape).map((k, i) => [k, `v${i}`]));
    const loaded = { ...fields, id: 7, version: 3, stage: 'land' } as unknown as ProjectFields;
    expect(pickProjectFields(loaded)).toEqual(fields);
  });
});
