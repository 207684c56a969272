import type { Widen } from '../../types';
import type { pendingZh } from '../pending-facts';

/** English strings of the pending-facts section: loaded with the English catalogue only. */
export const pendingEn: Widen<typeof pendingZh> = {
  nav: 'Facts to complete',
  badge: 'Facts missing',
  missing: 'Missing: {{fields}}',
  title: 'Projects with facts to complete',
  subtitle:
    'Projects imported from an old ledger without some facts their stage needs. The flag clears once they are filled in; moving forward requires them.',
  mineOnly: 'Only mine',
  boardFilter: 'Facts missing',
  count_one: '{{count}} project',
  count_other: '{{count}} projects',
  empty: 'No project has facts to complete',
  complete: 'Complete facts',
  project: 'Project',
  stage: 'Stage',
  owner: 'Owner A',
  missingFields: 'Missing facts',
  banner: 'Facts missing: {{fields}}. The flag clears once they are filled in; moving forward requires them.',
  defaults: {
    title: 'Defaults for empty cells',
    hint: 'When the sheet has no such column or the cell is empty, new projects are imported with these values; existing projects are not changed.',
    channel: 'Default channel',
    ownerA: 'Default owner A',
    unit: 'Default responsible unit',
    none: 'No default',
  },
  preview_one:
    '{{count}} new project lacks facts its stage needs: it will be imported flagged "Facts missing", to be completed afterwards.',
  preview_other:
    '{{count}} new projects lack facts their stage needs: they will be imported flagged "Facts missing", to be completed afterwards.',
  done_one: '{{count}} of them is flagged "Facts missing"',
  done_other: '{{count}} of them are flagged "Facts missing"',
  doneLink: 'Complete them',
};
