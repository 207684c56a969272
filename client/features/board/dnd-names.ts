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
      place: (over) =>
        t(`stage.${String(over.id)}` as 'stage.negotiating', { defaultValue: String(over.id) }),
    }),
    [t],
  );
}
