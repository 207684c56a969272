import type { Light } from './status';

/** Points behind the pro-rata plan at which the progress turns yellow / red (admin settings). */
export interface ProRataThresholds {
  /** Yellow from this many points behind (default 10). */
  yellowFrom: number;
  /** Red when more than this many points behind (default 30). */
  redAbove: number;
}

export const DEFAULT_THRESHOLDS: ProRataThresholds = { yellowFrom: 10, redAbove: 30 };

export interface ProRata {
  /** Milestones planned on or before today. */
  due: number;
  /** Of those, the ones done. */
  done: number;
  /** done / due in percent (100 when nothing is due yet). */
  percent: number;
  /** 100 − percent, rounded to one decimal. */
  pointsBehind: number;
  light: Light;
}

/**
 * 序时进度: the share of milestones due by today that are done. Published rules turn yellow at
 * 10–30 points behind and red beyond 30; the thresholds come from settings.
 */
export function proRataProgress(
  ms: readonly { plannedDate: string; actualDate: string | null }[],
  today: string,
  thresholds: ProRataThresholds = DEFAULT_THRESHOLDS,
): ProRata {
  const dueMs = ms.filter((m) => m.plannedDate <= today);
  const done = dueMs.filter((m) => m.actualDate != null && m.actualDate <= today).length;
  const percent = dueMs.length === 0 ? 100 : Math.round((done / dueMs.length) * 1000) / 10;
  const pointsBehind = Math.round((100 - percent) * 10) / 10;
  const light: Light =
    pointsBehind > thresholds.redAbove ? 'red' : pointsBehind >= thresholds.yellowFrom ? 'yellow' : 'green';
  return { due: dueMs.length, done, percent, pointsBehind, light };
}

/** Thresholds must be 0 ≤ yellowFrom ≤ redAbove ≤ 100; returns the offending field or null. */
export function thresholdsError(t: ProRataThresholds): keyof ProRataThresholds | null {
  if (!(t.yellowFrom >= 0 && t.yellowFrom <= 100)) return 'yellowFrom';
  if (!(t.redAbove >= t.yellowFrom && t.redAbove <= 100)) return 'redAbove';
  return null;
}
