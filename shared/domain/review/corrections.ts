/** Project facts carrying a date or an amount the review counts with. */
export const CORRECTABLE_DATE_FIELDS = ['signingDate', 'landingDate', 'startDate', 'completionDate'] as const;
export const CORRECTABLE_AMOUNT_FIELDS = ['estimatedInvestment', 'agreedInvestment'] as const;

export interface AuditFact {
  id: number;
  at: number;
  projectId: number;
  /** JSON { field: [before, after] } as written by audit(). */
  changes: string | null;
}

export interface Correction {
  auditId: number;
  at: number;
  projectId: number;
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * Later edits that touch a week: an edit after the week of a dated fact whose old or new date lies in the
 * week (a corrected signing date), or of the amount of a project that moved in the week. The week's own
 * figures stay as they were; these are shown beside them so nothing is rewritten silently.
 */
export function correctionsFor(
  rows: readonly AuditFact[],
  week: { firstDay: string; lastDay: string; end: number },
  movedInWeek: ReadonlySet<number>,
): Correction[] {
  const inWeek = (v: unknown) => typeof v === 'string' && v >= week.firstDay && v <= week.lastDay;
  const out: Correction[] = [];
  for (const row of rows) {
    if (row.at < week.end || !row.changes) continue;
    let changes: Record<string, unknown>;
    try {
      changes = JSON.parse(row.changes) as Record<string, unknown>;
    } catch {
      continue;
    }
    for (const [field, pair] of Object.entries(changes)) {
      if (!Array.isArray(pair) || pair.length !== 2) continue;
      const [before, after] = pair as [unknown, unknown];
      const dated =
        (CORRECTABLE_DATE_FIELDS as readonly string[]).includes(field) && (inWeek(before) || inWeek(after));
      const amount =
        (CORRECTABLE_AMOUNT_FIELDS as readonly string[]).includes(field) && movedInWeek.has(row.projectId);
      if (dated || amount)
        out.push({ auditId: row.id, at: row.at, projectId: row.projectId, field, before, after });
    }
  }
  return out;
}
