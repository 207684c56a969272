import type { Widen } from '../../types';
import type { importProgressZh } from '../import-progress';

/** English strings of the import progress bar. */
export const importProgressEn: Widen<typeof importProgressZh> = {
  label: 'Import progress',
  reading: 'Reading the file: {{done}} rows read',
  checking: 'Checking: {{done}} of {{total}} rows',
  writing: 'Writing: {{done}} of {{total}} rows',
};
