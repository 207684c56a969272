export type { MovePayload, MoveRequest } from './move-dialog';
export { type MovableProject, useMoveFlow } from './use-move-flow';
