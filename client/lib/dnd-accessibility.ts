import type { Active, Announcements, DndContextProps, Over } from '@dnd-kit/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** How a drag's parts read aloud: the dragged item's name and a drop target's name. */
export interface DndNames {
  item: (active: Active) => string;
  place: (over: Over) => string;
}

/**
 * dnd-kit's screen-reader instructions and live announcements in the UI language (its defaults are
 * English, also in the Chinese UI). Pass the result as `accessibility` to a DndContext.
 */
export function useDndAccessibility(
  names: DndNames,
  instructions: string,
): NonNullable<DndContextProps['accessibility']> {
  const { t } = useTranslation();
  return useMemo(() => {
    const announcements: Announcements = {
      onDragStart: ({ active }) => t('dnd.pickedUp', { item: names.item(active) }),
      onDragOver: ({ active, over }) =>
        over
          ? t('dnd.over', { item: names.item(active), place: names.place(over) })
          : t('dnd.notOver', { item: names.item(active) }),
      onDragEnd: ({ active, over }) =>
        over
          ? t('dnd.dropped', { item: names.item(active), place: names.place(over) })
          : t('dnd.droppedNowhere', { item: names.item(active) }),
      onDragCancel: ({ active }) => t('dnd.cancelled', { item: names.item(active) }),
    };
    return { announcements, screenReaderInstructions: { draggable: instructions } };
  }, [t, names, instructions]);
}
