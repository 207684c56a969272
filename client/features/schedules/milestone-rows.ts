import { firstOutOfOrder } from '../../../shared/domain/schedule/plan';
import type { LinkableStage } from '../../../shared/domain/schedule/templates';

/** A milestone row while a person edits a plan (create or adjust). */
export interface EditRow {
  key: string;
  id?: number;
  name: string;
  plannedDate: string;
  linkedStage: LinkableStage | null;
  actualDate: string | null;
  note?: string | null;
  /** From the proposal: work should have started before today. */
  tooLate?: boolean;
}

let seq = 0;
export const rowKey = () => `row-${++seq}`;

export type RowErrors = Record<string, string>;

/** The same checks the server makes, so the person sees them under the row before saving. */
export function checkRows(
  rows: readonly { name: string; plannedDate: string; actualDate?: string | null }[],
  targetDate: string,
  today: string,
  messages: { outOfOrder: string; afterTarget: string; futureActual: string; required: string },
): RowErrors {
  const errors: RowErrors = {};
  rows.forEach((r, i) => {
    if (!r.name.trim()) errors[`milestones.${i}.name`] = messages.required;
    if (!r.plannedDate) errors[`milestones.${i}.plannedDate`] = messages.required;
    else if (targetDate && r.plannedDate > targetDate)
      errors[`milestones.${i}.plannedDate`] = messages.afterTarget;
    if (r.actualDate && r.actualDate > today) errors[`milestones.${i}.actualDate`] = messages.futureActual;
  });
  const bad = firstOutOfOrder(rows.map((r) => r.plannedDate));
  if (bad >= 0 && !errors[`milestones.${bad}.plannedDate`])
    errors[`milestones.${bad}.plannedDate`] = messages.outOfOrder;
  return errors;
}

export function moveRow<T>(rows: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}
