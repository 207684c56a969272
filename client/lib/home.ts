import type { Role } from '../../shared/domain/catalog';
import { useRole } from './permissions';

/**
 * Where a person starts (issue 16): a leader on their desk (领导工作台), everyone else on the board.
 * For leaders `/` is the desk, so their board lives at `/board`; the others keep the board at `/`.
 */
export function homePath(role: Role | undefined): '/desk' | '/' {
  return role === 'leader' ? '/desk' : '/';
}

export function boardPath(role: Role | undefined): '/board' | '/' {
  return role === 'leader' ? '/board' : '/';
}

/** The board's address for the signed-in person (navigation, 返回看板 links). */
export function useBoardPath(): '/board' | '/' {
  return boardPath(useRole());
}
