import { useDroppable } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import type { FunnelStage } from '../../../shared/domain/stages';

/** A swimlane cell as a drop target: a drop moves the card to the cell's stage, as a column drop does. */
export function LaneDropCell({
  id,
  stage,
  label,
  children,
}: {
  id: string;
  stage: FunnelStage;
  label: string;
  children: ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id, data: { stage } });
  return (
    <section
      ref={setNodeRef}
      aria-label={label}
      data-testid="lane-cell"
      data-stage={stage}
      className={`flex min-h-16 flex-col gap-1 rounded-md p-1.5 transition-colors ${isOver ? 'bg-brand-50 ring-2 ring-brand-600/50' : 'bg-slate-100'}`}
    >
      {children}
    </section>
  );
}
