/**
 * Writes the planned district in one transaction. Ids follow the order projects were registered
 * (their creation instants), as they would in a database that grew over the campaign.
 */
import { max } from 'drizzle-orm';
import { type Db, writeTransaction } from '../../client';
import { auditLog, followUps, fundsInPlace, projects, stageEvents, units, users } from '../../schema';
import type { DemoCalendar } from './calendar';
import { projectHistory } from './history';
import { PEOPLE, UNITS } from './people';
import type { PlannedEvent, PlannedProject } from './types';

/** SQLite caps bound parameters per statement; 100 rows of ~35 columns stay well under it. */
const CHUNK = 100;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

function firstEvent(p: PlannedProject): PlannedEvent {
  const e = p.timeline.events[0];
  if (!e) throw new Error(`demo seed: ${p.identity.name} has no events`);
  return e;
}

function lastEvent(p: PlannedProject): PlannedEvent {
  const e = p.timeline.events[p.timeline.events.length - 1];
  if (!e) throw new Error(`demo seed: ${p.identity.name} has no events`);
  return e;
}

/** Code-point order: the same on every machine, unlike locale collation. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface WriteSummary {
  projects: number;
  events: number;
  followUps: number;
  funds: number;
}

export function writeDistrict(
  db: Db,
  cal: DemoCalendar,
  plans: readonly PlannedProject[],
  passwordHashes: ReadonlyMap<string, string>,
): WriteSummary {
  // The office was set up before the first lead was registered.
  const setUpAt = cal.at(cal.daysAgo(600), 9);
  return writeTransaction(db, () => {
    const unitIds = new Map(
      db
        .insert(units)
        .values(UNITS.map((name) => ({ name, createdAt: setUpAt })))
        .returning({ id: units.id, name: units.name })
        .all()
        .map((u) => [u.name, u.id]),
    );
    const userIds = new Map(
      db
        .insert(users)
        .values(
          PEOPLE.map((p) => {
            const passwordHash = passwordHashes.get(p.username);
            if (!passwordHash) throw new Error(`demo seed: no password hash for ${p.username}`);
            return {
              username: p.username,
              displayName: p.displayName,
              passwordHash,
              role: p.role,
              title: p.title,
              unitId: p.unit ? unitIds.get(p.unit) : null,
              createdAt: setUpAt,
            };
          }),
        )
        .returning({ id: users.id, username: users.username })
        .all()
        .map((u) => [u.username, u.id]),
    );
    const user = (username: string): number => {
      const id = userIds.get(username);
      if (id === undefined) throw new Error(`demo seed: unknown user ${username}`);
      return id;
    };

    const ordered = [...plans].sort(
      (a, b) => firstEvent(a).at - firstEvent(b).at || compareText(a.identity.name, b.identity.name),
    );
    const firstId =
      (db
        .select({ id: max(projects.id) })
        .from(projects)
        .get()?.id ?? 0) + 1;
    const projectRows = ordered.map((p, i) => {
      const created = firstEvent(p);
      const latest = lastEvent(p);
      return {
        id: firstId + i,
        name: p.identity.name,
        investor: p.identity.investor,
        industry: p.identity.industry,
        channel: p.identity.channel,
        origin: p.identity.origin,
        capitalType: p.identity.capitalType,
        estimatedInvestment: p.identity.estimatedInvestment,
        description: p.identity.description,
        location: p.location,
        signingDate: p.signingDate,
        agreedInvestment: p.agreedInvestment,
        agreementType: p.agreementType,
        registeredEntity: p.registeredEntity,
        creditCode: p.creditCode,
        landingDate: p.landingDate,
        startDate: p.startDate,
        completionDate: p.completionDate,
        stage: p.slot.stage,
        status: p.slot.status,
        holdReason: p.timeline.holdReason,
        dropCategory: p.timeline.dropCategory,
        dropNote: p.timeline.dropNote,
        stageEnteredAt: p.timeline.stageEnteredAt,
        lastActivityAt: p.lastActivityAt,
        ownerAId: user(p.owners.ownerA),
        ownerBId: user(p.owners.ownerB),
        unitId: p.owners.unit ? (unitIds.get(p.owners.unit) ?? null) : null,
        isKey: p.isKey,
        isBond: p.isBond,
        isFirstStore: p.isFirstStore,
        createdAt: created.at,
        createdBy: user(created.by),
        updatedAt: latest.at,
        updatedBy: user(latest.by),
        version: 1,
      };
    });
    for (const rows of chunks(projectRows)) db.insert(projects).values(rows).run();

    const eventRows = ordered.flatMap((p, i) =>
      p.timeline.events.map((e) => ({
        projectId: firstId + i,
        fromState: e.from,
        toState: e.to,
        at: e.at,
        byUserId: user(e.by),
        note: e.note,
        dropCategory: e.dropCategory,
      })),
    );
    for (const rows of chunks(eventRows)) db.insert(stageEvents).values(rows).run();

    const followUpRows = ordered.flatMap((p, i) =>
      p.followUps.map((f) => ({
        projectId: firstId + i,
        date: f.date,
        kind: f.kind,
        participants: f.participants,
        summary: f.summary,
        nextStep: f.nextStep,
        nextDate: f.nextDate,
        createdBy: user(f.by),
        createdAt: f.createdAt,
      })),
    );
    for (const rows of chunks(followUpRows)) db.insert(followUps).values(rows).run();

    const fundRows = ordered.flatMap((p, i) =>
      p.funds.map((f) => ({
        projectId: firstId + i,
        date: f.date,
        amount: f.amount,
        note: f.note,
        createdBy: user(f.by),
        createdAt: f.createdAt,
      })),
    );
    for (const rows of chunks(fundRows)) db.insert(fundsInPlace).values(rows).run();

    const history = ordered.flatMap((p, i) => projectHistory(p, firstId + i, user));
    for (const rows of chunks(history.sort((a, b) => a.at - b.at))) db.insert(auditLog).values(rows).run();

    return {
      projects: projectRows.length,
      events: eventRows.length,
      followUps: followUpRows.length,
      funds: fundRows.length,
    };
  });
}
