import type { Widen } from '../../types';
import type { settingsZh } from '../settings';

/** English strings of the settings section: loaded with the English catalogue only. */
export const settingsEn: Widen<typeof settingsZh> = {
  nav: 'Settings',
  title: 'Settings',
  stall: {
    title: 'Days until a project is stalled',
    hint: 'A project with no follow-up or stage move for this many days in a stage is marked stalled. The board, the leader desk, the weekly review and notifications all use these days; completed projects never stall.',
    stageDays: '{{stage}} (days)',
    effective:
      'Changes apply from the moment they are saved; weeks already over keep the days of their time.',
    saved: 'Stalled-project days saved',
    readOnly: 'Only an admin can change these settings',
  },
};
