import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, projectContacts, projects } from '../../db/schema';
import { ledgerCsv, ledgerLines, ledgerXlsx } from '../../server/services/ledger/export';
import { importReportCsv } from '../../server/services/ledger/report-csv';
import { getUpload } from '../../server/services/ledger/uploads';
import { parseCsv } from '../../shared/domain/ledger/csv';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUnit, makeUser } from '../helpers/factories';
import { officeLedger, uploadLedger } from '../helpers/ledger-sheet';
import { NOW, TODAY } from '../helpers/time';

const HEADERS = ['项目名称', '投资方', '所属行业', '招商方式', '计划总投资', '项目阶段', '招商责任人'];
const CONTACT_HEADERS = ['联系人', '联系人职务', '联系电话', '联系邮箱'];

describe('ledger: the primary contact in the export and the import', () => {
  const db = createTestDb();
  const admin = makeUser(db, { role: 'admin', displayName: '管理员' });
  const officer = makeUser(db, { role: 'staff', displayName: '王磊', username: 'wanglei' });
  makeUnit(db, '投资促进局');
  const api = callerFor(db, admin);
  const row = (name: string, contact: (string | number | null)[]) => [
    name,
    `${name}投资方`,
    '数字经济',
    '产业链招商',
    3000,
    '洽谈',
    '王磊',
    ...contact,
  ];
  const importSheet = async (rows: unknown[][], headers = [...HEADERS, ...CONTACT_HEADERS]) => {
    const token = await uploadLedger(
      admin.id,
      await officeLedger({ headers, rows: rows as never[][] }),
      '联系人.xlsx',
    );
    const preview = await api.ledger.preview({ token, sheet: 0, onExisting: 'update' });
    return { token, preview };
  };
  const projectNamed = (name: string) => db.select().from(projects).where(eq(projects.name, name)).get()!;
  const contactsOf = (projectId: number) =>
    db.select().from(projectContacts).where(eq(projectContacts.projectId, projectId)).all();
  const auditsOf = (projectId: number, action: string) =>
    db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, projectId), eq(auditLog.action, action)))
      .all();

  it('exports the primary contact under Chinese headers, neutralising a formula in its name', async () => {
    const p = makeProject(db, { by: officer, name: '联系人导出项目' });
    await callerFor(db, officer).contacts.add({
      projectId: p.id,
      fields: { name: '=HYPERLINK("http://evil.example","点我")', title: '董事长', phone: '0431-8888 1234' },
    });
    await callerFor(db, officer).contacts.add({
      projectId: p.id,
      fields: { name: '次要联系人', phone: '13800001111' },
    });
    const lines = ledgerLines(db, { scope: 'all' }, NOW);
    const csv = parseCsv(ledgerCsv(lines));
    const header = csv[0]!;
    const line = csv.find((r) => r.includes('联系人导出项目'))!;
    const cell = (h: string) => line[header.indexOf(h)];
    expect(CONTACT_HEADERS.every((h) => header.includes(h))).toBe(true);
    expect(cell('联系人')).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect([cell('联系人职务'), cell('联系电话'), cell('联系邮箱')]).toEqual([
      '董事长',
      '0431-8888 1234',
      '',
    ]);

    const xlsx = await ledgerXlsx(lines, { today: TODAY, filtered: false });
    // The file comes back as it went out: importing the export changes nothing.
    const token = await uploadLedger(admin.id, xlsx, '台账.xlsx');
    const again = await api.ledger.preview({ token, sheet: 0, onExisting: 'update' });
    expect(again.counts).toMatchObject({ skip: 1, update: 0, error: 0, create: 0 });
    expect(contactsOf(p.id).find((c) => c.isPrimary)?.name).toBe('=HYPERLINK("http://evil.example","点我")');
  });

  it('a new project gets the named contact as its primary contact, audited', async () => {
    const { token, preview } = await importSheet([
      row('联系人新项目', ['周敏', '投资总监', '0431-8888 6666', 'zhou@example.com']),
      row('无联系人项目', [null, null, null, null]),
      row('只有电话项目', [null, null, '13800001111', null]),
    ]);
    expect(preview.counts).toMatchObject({ create: 3, error: 0 });
    expect(preview.rows.find((r) => r.name === '联系人新项目')?.notes).toContain('新增联系人「周敏」');
    expect(preview.rows.find((r) => r.name === '只有电话项目')?.notes).toContain(
      '未填联系人姓名，联系人信息未导入',
    );
    await api.ledger.commit({ token, sheet: 0, onExisting: 'update' });

    const p = projectNamed('联系人新项目');
    expect(contactsOf(p.id)).toMatchObject([
      {
        name: '周敏',
        title: '投资总监',
        phone: '0431-8888 6666',
        email: 'zhou@example.com',
        isPrimary: true,
        version: 1,
        createdBy: admin.id,
      },
    ]);
    const [added] = auditsOf(p.id, 'contact.add');
    expect(JSON.parse(added!.changes!)).toMatchObject({
      contactId: contactsOf(p.id)[0]!.id,
      contactName: '周敏',
      contactPhone: '0431-8888 6666',
      isPrimary: true,
    });
    expect(contactsOf(projectNamed('无联系人项目').id)).toEqual([]);
    expect(contactsOf(projectNamed('只有电话项目').id)).toEqual([]);
  });

  it('an updated project: its primary contact is created when missing, changed when the sheet differs', async () => {
    const withContact = makeProject(db, { by: officer, name: '已有联系人项目', investor: '甲公司' });
    await callerFor(db, officer).contacts.add({
      projectId: withContact.id,
      fields: { name: '李强', title: '总经理', phone: '0431-8888 0001', email: 'li@example.com' },
    });
    const without = makeProject(db, { by: officer, name: '没有联系人项目', investor: '乙公司' });
    const same = makeProject(db, { by: officer, name: '联系人相同项目', investor: '丙公司' });
    await callerFor(db, officer).contacts.add({
      projectId: same.id,
      fields: { name: '赵云', phone: '0431-8888 0003' },
    });
    const sheetRow = (p: typeof withContact, contact: (string | null)[]) => [
      p.name,
      p.investor,
      '数字经济',
      '楼宇招商',
      1000,
      '洽谈',
      '王磊',
      ...contact,
    ];
    const { token, preview } = await importSheet([
      // Blank cells change nothing: the email stays.
      sheetRow(withContact, ['李强', '副总经理', '0431-8888 0002', null]),
      sheetRow(without, ['孙丽', null, null, 'sun@example.com']),
      sheetRow(same, ['赵云', null, '0431-8888 0003', null]),
    ]);
    expect(preview.counts).toMatchObject({ update: 2, skip: 1, error: 0 });
    expect(preview.rows.find((r) => r.name === '已有联系人项目')?.reason).toContain('更新联系人「李强」');
    expect(preview.rows.find((r) => r.name === '没有联系人项目')?.reason).toContain('新增联系人「孙丽」');
    await api.ledger.commit({ token, sheet: 0, onExisting: 'update' });

    expect(contactsOf(withContact.id)).toMatchObject([
      {
        name: '李强',
        title: '副总经理',
        phone: '0431-8888 0002',
        email: 'li@example.com',
        version: 2,
        updatedBy: admin.id,
      },
    ]);
    const [updated] = auditsOf(withContact.id, 'contact.update');
    expect(JSON.parse(updated!.changes!)).toMatchObject({
      contactTitle: ['总经理', '副总经理'],
      contactPhone: ['0431-8888 0001', '0431-8888 0002'],
    });
    expect(JSON.parse(updated!.changes!)).not.toHaveProperty('contactEmail');
    expect(contactsOf(without.id)).toMatchObject([
      { name: '孙丽', email: 'sun@example.com', isPrimary: true },
    ]);
    expect(auditsOf(without.id, 'contact.add')).toHaveLength(1);
    expect(contactsOf(same.id)).toMatchObject([{ version: 1 }]);
    expect(auditsOf(same.id, 'contact.update')).toEqual([]);
  });

  it('a bad phone or e-mail is a row error on its column, and nothing is written', async () => {
    const before = db.select().from(projectContacts).all().length;
    const { token, preview } = await importSheet([
      row('坏电话项目', ['钱峰', null, '13-8x', null]),
      row('坏邮箱项目', ['钱峰', null, null, 'qian@']),
    ]);
    expect(preview.counts).toMatchObject({ error: 2, create: 0 });
    expect(preview.rows[0]?.errors.contactPhone).toMatch(/电话号码应为/);
    expect(preview.rows[1]?.errors.contactEmail).toBe('邮箱格式不正确');
    const report = parseCsv(importReportCsv(getUpload(token, admin.id, NOW))!);
    expect(report.some((r) => r.some((c) => c.startsWith('联系电话：电话号码应为')))).toBe(true);
    await expect(api.ledger.commit({ token, sheet: 0, onExisting: 'update' })).rejects.toThrow();
    expect(db.select().from(projectContacts).all()).toHaveLength(before);
  });

  it('a legacy sheet with 对接人, 职务, 联系方式 and 电子邮箱 columns imports its contacts', async () => {
    const { token, preview } = await importSheet(
      [row('老台账项目', ['吴刚', '董事长', 13912345678, 'wu@example.com'])],
      [...HEADERS, '对接人', '职务', '联系方式', '电子邮箱'],
    );
    expect(preview.columns.slice(-4).map((c) => c.field)).toEqual([
      'contactName',
      'contactTitle',
      'contactPhone',
      'contactEmail',
    ]);
    await api.ledger.commit({ token, sheet: 0, onExisting: 'update' });
    expect(contactsOf(projectNamed('老台账项目').id)).toMatchObject([
      { name: '吴刚', title: '董事长', phone: '13912345678', email: 'wu@example.com', isPrimary: true },
    ]);
  });
});
