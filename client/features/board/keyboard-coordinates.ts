import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Arrow keys move a picked-up card straight to the centre of the neighbouring column (or swimlane
 * cell of the same row), instead of dnd-kit's default 25-pixel steps, so a keyboard user moves across
 * the funnel in one press.
 */
export const columnCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const all = [...context.droppableRects.values()];
  // Swimlanes stack cells of every stage in rows: keep to the row the card's middle is in.
  const middle = currentCoordinates.y + (context.activeNode?.offsetHeight ?? 0) / 2;
  const row = all.filter((r) => middle >= r.top && middle < r.top + r.height);
  const rects = (row.length ? row : all).sort((a, b) => a.left - b.left);
  if (!rects.length) return undefined;
  const halfCard = (context.activeNode?.offsetWidth ?? 0) / 2;
  const centre = currentCoordinates.x + halfCard;
  const index = rects.findIndex((r) => centre >= r.left && centre < r.left + r.width);
  let target: number;
  if (event.code === 'ArrowRight') target = Math.min(rects.length - 1, index + 1);
  else if (event.code === 'ArrowLeft') target = Math.max(0, index < 0 ? 0 : index - 1);
  else return undefined;
  event.preventDefault();
  const rect = rects[target];
  if (!rect) return undefined;
  return { x: rect.left + rect.width / 2 - halfCard, y: currentCoordinates.y };
};
