import type { Widen } from '../../types';
import type { conflictsZh } from '../conflicts';

/** English strings of the conflicts section: loaded with the English catalogue only. */
export const conflictsEn: Widen<typeof conflictsZh> = {
  title: 'Someone else saved this project while you were editing',
  body: 'You both changed the same fields: keep their values, or use what you typed.',
  field: 'Field',
  opened: 'When you opened it',
  theirs: 'They saved',
  mine: 'You typed',
  keptTheirs: 'Their other changes ({{fields}}) are kept.',
  keptMine: 'Your other changes ({{fields}}) are saved as well.',
  merged: 'Someone else changed {{fields}} meanwhile; kept, and your changes saved as well',
  keepTheirs: 'Keep theirs',
  reapplyMine: 'Reapply mine',
  empty: '(empty)',
};
