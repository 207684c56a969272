import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { projects, taskForceMembers, taskForceProjects } from '../db/schema';
import type { SessionUser } from './auth/sessions';
import { isProjectLeader } from './services/leaders';

/**
 * Who may write a project (issue 6, per domain.md's roles): an admin, everything; an officer (staff), the
 * projects where they are owner A or B or a member of the project's current task force; a leader, the
 * projects they lead (primary or co-leader); a viewer, nothing. A project that does not exist is "allowed"
 * here so the procedure answers NOT_FOUND, as it would for anyone.
 */
export function canWriteProject(db: Db, user: Pick<SessionUser, 'id' | 'role'>, projectId: number): boolean {
  if (user.role === 'admin') return true;
  if (user.role === 'viewer') return false;
  const p = db
    .select({ ownerAId: projects.ownerAId, ownerBId: projects.ownerBId })
    .from(projects)
    .where(eq(projects.id, projectId))
    .get();
  if (!p) return true;
  if (user.role === 'leader') return isProjectLeader(db, projectId, user.id);
  if (p.ownerAId === user.id || p.ownerBId === user.id) return true;
  return isTaskForceMember(db, projectId, user.id);
}

export function isTaskForceMember(db: Db, projectId: number, userId: number): boolean {
  return !!db
    .select({ id: taskForceProjects.id })
    .from(taskForceProjects)
    .innerJoin(taskForceMembers, eq(taskForceMembers.taskForceId, taskForceProjects.taskForceId))
    .where(
      and(
        eq(taskForceProjects.projectId, projectId),
        isNull(taskForceProjects.removedAt),
        eq(taskForceMembers.userId, userId),
      ),
    )
    .get();
}
