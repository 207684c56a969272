/**
 * Investor contacts (投资方联系人) for the demo district: most projects past the first talks have one or
 * two people on the investor's side, the first of them primary. Names are common surnames with invented
 * given names; phone numbers use the 0431 (长春) area code with a fixed 8888 exchange, e-mail the
 * reserved example.com domain, so no real person is named or reachable.
 */
import { asc } from 'drizzle-orm';
import type { Db } from '../../client';
import { auditLog, projectContacts, projects } from '../../schema';
import type { DemoCalendar } from './calendar';
import { SURNAMES } from './names';
import { Rng } from './random';

const GIVEN = [
  '建国',
  '海燕',
  '志强',
  '丽娟',
  '晓东',
  '文博',
  '静怡',
  '宏伟',
  '雪梅',
  '振华',
  '佳琪',
  '国栋',
];
const TITLES = [
  '董事长',
  '总经理',
  '副总经理',
  '投资总监',
  '拓展部经理',
  '项目经理',
  '董事会秘书',
  '财务总监',
];

export function seedContacts(db: Db, cal: DemoCalendar): number {
  const rng = new Rng(20_261_129);
  const rows = db
    .select({
      id: projects.id,
      stage: projects.stage,
      ownerAId: projects.ownerAId,
      createdAt: projects.createdAt,
    })
    .from(projects)
    .orderBy(asc(projects.id))
    .all();
  const contacts: (typeof projectContacts.$inferInsert)[] = [];
  for (const p of rows) {
    const count = p.stage === 'negotiating' ? (rng.chance(0.6) ? 1 : 0) : rng.chance(0.4) ? 2 : 1;
    for (let i = 0; i < count; i++) {
      const n = contacts.length + 1;
      contacts.push({
        projectId: p.id,
        name: `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`,
        title: rng.pick(TITLES),
        phone: `0431-8888 ${String(1000 + (n % 9000)).padStart(4, '0')}`,
        email: rng.chance(0.5) ? `contact${n}@example.com` : null,
        note: i === 0 && rng.chance(0.2) ? '工作日上午联系为宜' : null,
        isPrimary: i === 0,
        createdBy: p.ownerAId,
        createdAt: Math.min(cal.at(cal.today, 9), p.createdAt + 86_400_000),
      });
    }
  }
  // Each contact was added by the project's officer, as the audit trail of a real one would say.
  for (let i = 0; i < contacts.length; i += 200) {
    const chunk = contacts.slice(i, i + 200);
    const ids = db.insert(projectContacts).values(chunk).returning({ id: projectContacts.id }).all();
    const trail = chunk.map((c, j) => ({
      at: c.createdAt,
      userId: c.createdBy,
      action: 'contact.add',
      entity: 'project',
      entityId: c.projectId,
      changes: JSON.stringify({
        contactId: ids[j]!.id,
        contactName: c.name,
        contactTitle: c.title,
        contactPhone: c.phone,
        contactEmail: c.email,
        isPrimary: c.isPrimary,
      }),
    }));
    db.insert(auditLog).values(trail).run();
  }
  return contacts.length;
}
