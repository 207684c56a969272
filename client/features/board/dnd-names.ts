import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DndNames } from '../../lib/dnd-accessibility';
import type { Card } from './board-cache';

/** A dragged card reads as its project's name, a column as its stage (洽谈 / Negotiating). */
export function useStageDndNames(): DndNames {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      item: (active) => (active.data.current as { card?: Card } | undefined)?.card?.name ?? String(active.id),
      // A column's id is its stage; a swimlane cell carries its stage in its data.
      place: (over) => {
        const stage = (over.data.current as { stage?: string } | undefined)?.stage ?? String(over.id);
        return t(`stage.${stage}` as 'stage.negotiating', { defaultValue: stage });
      },
    }),
    [t],
  );
}
