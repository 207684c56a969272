export type { MovePayload, MoveRequest } from './move-dialog';
export { type MovableProject, useMoveFlow } from './use-move-flow';
// Its own module: only the (lazy) project pages use it, so it stays out of the board's first load.
export { useProjectMoveFlow } from './use-project-move-flow';
export { useMoveMenuItems } from './move-menu';
