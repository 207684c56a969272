import { describe, expect, it } from 'vitest';
import { isPhone } from '../../shared/schemas/contacts';
import { callerFor, errorShape, trpcError } from '../helpers/caller';
import { countRows, createTestDb, dataChecksum } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';

const db = createTestDb();
const officer = makeUser(db, { displayName: '郑凯' });
const viewer = makeUser(db, { role: 'viewer' });
const api = callerFor(db, officer);

const names = async (projectId: number) =>
  (await api.contacts.list({ projectId })).map((c) => `${c.name}${c.isPrimary ? '*' : ''}`);

describe('contacts: several per project, exactly one primary', () => {
  it("a project's first contact is primary; a later one made primary takes the mark", async () => {
    const p = makeProject(db, { by: officer });
    await api.contacts.add({
      projectId: p.id,
      fields: { name: '张伟', title: '投资总监', phone: '0571-8888 6666', email: 'zhang@example.com' },
    });
    const li = await api.contacts.add({ projectId: p.id, fields: { name: '李娜', title: '董事长助理' } });
    expect(await names(p.id)).toEqual(['张伟*', '李娜']);
    await api.contacts.update({ id: li.id, version: 1, fields: { name: '李娜', isPrimary: true } });
    expect(await names(p.id)).toEqual(['李娜*', '张伟']);
    const [first] = await api.contacts.list({ projectId: p.id });
    expect(first).toMatchObject({ name: '李娜', title: null, phone: null, isPrimary: true, version: 2 });
  });

  it('removing the primary contact makes the earliest remaining one primary', async () => {
    const p = makeProject(db, { by: officer });
    const a = await api.contacts.add({ projectId: p.id, fields: { name: '甲' } });
    await api.contacts.add({ projectId: p.id, fields: { name: '乙' } });
    await api.contacts.add({ projectId: p.id, fields: { name: '丙' } });
    await api.contacts.remove({ id: a.id, version: 1 });
    expect(await names(p.id)).toEqual(['乙*', '丙']);
  });

  it('the primary cannot simply be unmarked: another contact is made primary instead', async () => {
    const p = makeProject(db, { by: officer });
    const a = await api.contacts.add({ projectId: p.id, fields: { name: '甲' } });
    const error = await trpcError(
      api.contacts.update({ id: a.id, version: 1, fields: { name: '甲', isPrimary: false } }),
    );
    expect(errorShape(error).data.fieldErrors).toEqual({ isPrimary: ['请先将另一位联系人设为主要联系人'] });
  });

  it('a stale version is a CONFLICT and changes nothing', async () => {
    const p = makeProject(db, { by: officer });
    const a = await api.contacts.add({ projectId: p.id, fields: { name: '甲' } });
    await api.contacts.update({ id: a.id, version: 1, fields: { name: '甲', phone: '13800001111' } });
    const before = dataChecksum(db, ['access.denied']);
    const stale = await trpcError(api.contacts.update({ id: a.id, version: 1, fields: { name: '甲乙' } }));
    expect(stale.code).toBe('CONFLICT');
    expect((await trpcError(api.contacts.remove({ id: a.id, version: 1 }))).code).toBe('CONFLICT');
    expect(dataChecksum(db, ['access.denied'])).toBe(before);
  });
});

describe('contacts: bad input names the field and writes nothing', () => {
  it.each([
    ['empty name', { name: '  ' }, { name: ['必填'] }],
    ['a name of invisible characters', { name: '\u200b' }, { name: ['必填'] }],
    [
      'letters in a phone number',
      { name: '甲', phone: '138abc00000' },
      { phone: [expect.stringContaining('电话')] },
    ],
    ['a short phone number', { name: '甲', phone: '1234' }, { phone: [expect.stringContaining('电话')] }],
    ['a malformed e-mail', { name: '甲', email: 'zhang@' }, { email: ['邮箱格式不正确'] }],
    ['a right-to-left override', { name: '甲\u202e乙' }, { name: [expect.stringContaining('方向')] }],
    ['an over-long title', { name: '甲', title: '长'.repeat(41) }, { title: ['内容过长'] }],
  ])('%s', async (_case, fields, fieldErrors) => {
    const p = makeProject(db, { by: officer });
    const before = dataChecksum(db, ['access.denied']);
    const error = await trpcError(api.contacts.add({ projectId: p.id, fields }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(errorShape(error).data.fieldErrors).toEqual(fieldErrors);
    expect(dataChecksum(db, ['access.denied'])).toBe(before);
  });

  it('phone numbers as offices write them', () => {
    for (const ok of ['13800001111', '0571-88886666', '+86 138 0000 1111', '(0571) 8888 6666', '0571－8888'])
      expect(isPhone(ok.replace('－', '-')), ok).toBe(true);
    for (const bad of ['1234', '138-0000-111x', '电话13800001111', '1'.repeat(31)])
      expect(isPhone(bad), bad).toBe(false);
  });
});

describe('contacts: read by everyone who reads the project, written by those who may edit it, audited', () => {
  it('a viewer reads the list but cannot add', async () => {
    const p = makeProject(db, { by: officer });
    await api.contacts.add({ projectId: p.id, fields: { name: '张伟', phone: '13800001111' } });
    const asViewer = callerFor(db, viewer);
    expect((await asViewer.contacts.list({ projectId: p.id })).map((c) => c.phone)).toEqual(['13800001111']);
    const error = await trpcError(asViewer.contacts.add({ projectId: p.id, fields: { name: '李娜' } }));
    expect(error.code).toBe('FORBIDDEN');
  });

  it('each change is one audit row on the project, with before → after', async () => {
    const p = makeProject(db, { by: officer });
    const rows = countRows(db).auditLog;
    const a = await api.contacts.add({ projectId: p.id, fields: { name: '张伟', phone: '13800001111' } });
    await api.contacts.update({ id: a.id, version: 1, fields: { name: '张伟', phone: '13900002222' } });
    await api.contacts.remove({ id: a.id, version: 2 });
    expect(countRows(db).auditLog).toBe(rows + 3);
    const trail = await callerFor(db, officer).audit.forProject({ projectId: p.id });
    const contactRows = trail.rows.filter((r) => r.action.startsWith('contact.'));
    expect(contactRows.map((r) => [r.action, r.changes])).toEqual([
      ['contact.remove', expect.objectContaining({ contactName: '张伟', contactPhone: '13900002222' })],
      ['contact.update', { contactId: a.id, contactPhone: ['13800001111', '13900002222'] }],
      ['contact.add', expect.objectContaining({ contactName: '张伟', isPrimary: true })],
    ]);
  });
});
