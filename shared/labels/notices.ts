import { chineseDate } from '../domain/dates';
import type { LeaderRole } from '../domain/leaders';
import type { ChaseUpLevel } from '../domain/schedule/chase-up';

/**
 * The sentences notifications carry. They are stored as written, in Chinese, so the server and the
 * demo district write them from here alike; dates read as the pages write them (2026年12月14日).
 */
export const notice = {
  ownerAssigned: (project: string) => `您被指定为「${project}」的招商责任人（A岗）`,
  leaderAssigned: (project: string, role: LeaderRole) =>
    `您被指定为「${project}」的${role === 'primary' ? '主包领导' : '协包领导'}`,
  problemEscalated: (project: string, problem: string, note?: string | null) =>
    `「${project}」的问题「${problem}」已上报给您协调${note ? `：${note}` : ''}`,
  instructionReceived: (leader: string, project: string, replyBy: string, text: string) =>
    `${leader}对「${project}」作出批示，请于${chineseDate(replyBy)}前回复：${text}`,
  instructionReplied: (by: string, project: string, reply: string) =>
    `${by}回复了您对「${project}」的批示：${reply}`,
  chaseUp: (project: string, milestone: string | null, subject: string, dueDate: string) =>
    `督办：「${project}」${milestone ? `「${milestone}」` : ''}— ${subject}（${chineseDate(dueDate)}前办结）`,
  chaseUpEscalated: (
    level: Exclude<ChaseUpLevel, 'blue'>,
    project: string,
    subject: string,
    dueDate: string,
  ) =>
    `督办单升级为${level === 'yellow' ? '黄色' : '红色'}：「${project}」— ${subject}（${chineseDate(dueDate)}前办结）`,
  followUpDue: (project: string, nextStep: string | null, nextDate: string) =>
    `下一步到期：「${project}」${nextStep ? ` — ${nextStep}` : ''}（${chineseDate(nextDate)}）`,
  milestoneDue: (project: string, milestone: string, plannedDate: string) =>
    `节点临近：「${project}」「${milestone}」计划${chineseDate(plannedDate)}完成`,
};
