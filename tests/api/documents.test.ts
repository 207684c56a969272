import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, documents, leaderAssignments } from '../../db/schema';
import { samplePdf, samplePng } from '../../db/seed/sample-files';
import { buildApp } from '../../server/app';
import { pathOf, sha256, storedHashes } from '../../server/services/documents/file-store';
import { DOCUMENT_LIMITS } from '../../shared/domain/documents';
import { callerFor, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { asUser, fakeExe, makeDocument, uploadDocument } from '../helpers/documents';
import { gatesFor, makeProject, makeUser } from '../helpers/factories';
import { NOW, TODAY } from '../helpers/time';

/**
 * 佐证材料 (issue 17) through the real routes: what is accepted and refused (by content, size, quota,
 * completeness), who may upload and view, supersede and withdraw with their audit rows, the download
 * headers, the zip, and the start-up sweep after a crash.
 */
const db = createTestDb();
const filesDir = mkdtempSync(join(tmpdir(), 'invest-files-'));
const admin = makeUser(db, { role: 'admin' });
const officer = makeUser(db, { role: 'staff', displayName: '郑凯' });
const stranger = makeUser(db, { role: 'staff' });
const leader = makeUser(db, { role: 'leader', displayName: '陈立新' });
const otherLeader = makeUser(db, { role: 'leader' });
const viewer = makeUser(db, { role: 'viewer' });
const project = makeProject(db, { by: officer, name: '华润中心项目', stage: 'introduced' });
db.insert(leaderAssignments)
  .values({
    projectId: project.id,
    leaderId: leader.id,
    role: 'primary',
    assignedAt: TODAY,
    assignedBy: admin.id,
    createdAt: NOW,
  })
  .run();

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ db, filesDir });
  await app.ready();
});
afterAll(() => app.close());

const upload = (
  user: { id: number },
  name: string,
  body: Buffer,
  query: Record<string, string | number> = {},
) =>
  uploadDocument(
    app,
    asUser(db, user.id),
    { projectId: project.id, kind: 'agreement', ...query },
    name,
    body,
  );
const rowsOf = (projectId = project.id) =>
  db.select().from(documents).where(eq(documents.projectId, projectId)).orderBy(documents.id).all();
const auditOf = (action: string) => db.select().from(auditLog).where(eq(auditLog.action, action)).all();
const download = (user: { id: number }, id: number, inline = false) =>
  app.inject({
    method: 'GET',
    url: `/api/documents/${id}${inline ? '?inline=1' : ''}`,
    headers: asUser(db, user.id),
  });

describe('upload', () => {
  it('stores an agreement and a licence by their hash, with their rows and audit rows', async () => {
    const pdf = samplePdf('Investment agreement');
    const a = await upload(officer, '投资协议（签字版）.pdf', pdf);
    expect(a.statusCode, a.body).toBe(200);
    const png = samplePng();
    const b = await upload(officer, '营业执照.png', png, { kind: 'license' });
    expect(b.statusCode, b.body).toBe(200);
    expect(a.json()).toMatchObject({
      name: '投资协议（签字版）.pdf',
      mime: 'application/pdf',
      size: pdf.length,
    });
    const listed = await callerFor(db, viewer).documents.list({ projectId: project.id });
    expect(listed.map((d) => [d.kind, d.kindLabel, d.name, d.status, d.uploadedBy, d.preview])).toEqual([
      ['license', '营业执照', '营业执照.png', 'current', '郑凯', 'image'],
      ['agreement', '协议', '投资协议（签字版）.pdf', 'current', '郑凯', 'pdf'],
    ]);
    expect(existsSync(join(filesDir, sha256(pdf).slice(0, 2), sha256(pdf).slice(2, 4), sha256(pdf)))).toBe(
      true,
    );
    const row = auditOf('document.upload').find((r) => r.entityId === project.id)!;
    expect(row.userId).toBe(officer.id);
    expect(JSON.parse(row.changes!)).toMatchObject({
      documentKind: '协议',
      file: '投资协议（签字版）.pdf',
      mime: 'application/pdf',
      size: pdf.length,
      sha256: sha256(pdf),
    });
  });

  it('judges the type by content: a PDF named .exe is kept as a PDF, its name saying so', async () => {
    const res = await upload(officer, 'scan.exe', samplePdf('renamed'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mime: 'application/pdf', name: 'scan.exe.pdf' });
  });

  it.each([
    [
      'HTML named .pdf',
      'agreement.pdf',
      Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'),
      'HTML',
    ],
    [
      'SVG named .png',
      'photo.png',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>'),
      'SVG',
    ],
    ['an executable named .pdf', 'invoice.pdf', fakeExe(), 'EXE'],
    [
      'a zip that is not an Office file',
      'a.docx',
      Buffer.from('PK\x05\x06' + '\0'.repeat(18), 'latin1'),
      'ZIP',
    ],
  ])('refuses %s, storing nothing', async (_, name, body, type) => {
    const before = { rows: rowsOf().length, files: storedHashes(filesDir).length };
    const res = await upload(officer, name, body);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'documentTypeRefused' });
    expect(res.json<{ params: { type: string } }>().params.type).toBe(type);
    expect({ rows: rowsOf().length, files: storedHashes(filesDir).length }).toEqual(before);
  });

  it('refuses a truncated PDF and a damaged PNG with a clear message, storing nothing', async () => {
    const before = { rows: rowsOf().length, files: storedHashes(filesDir).length };
    const cut = await upload(officer, '协议.pdf', samplePdf('cut').subarray(0, 300));
    expect(cut.statusCode).toBe(400);
    expect(cut.json()).toMatchObject({
      code: 'documentCorrupt',
      message: '「协议.pdf」不完整或已损坏（PDF），未保存。请重新扫描或导出后再上传',
    });
    const png = samplePng();
    png[40] = png[40]! ^ 0xff;
    const bad = await upload(officer, '照片.png', png, { kind: 'photo' });
    expect(bad.json()).toMatchObject({ code: 'documentCorrupt' });
    expect({ rows: rowsOf().length, files: storedHashes(filesDir).length }).toEqual(before);
    expect(readdirSync(join(filesDir, 'tmp'))).toEqual([]);
  });

  it('refuses an empty file, one over 20 MB, and one past the project quota', async () => {
    expect((await upload(officer, 'a.pdf', Buffer.alloc(0))).json()).toMatchObject({ code: 'documentEmpty' });
    const big = Buffer.concat([samplePdf('big'), Buffer.alloc(DOCUMENT_LIMITS.fileBytes)]);
    const tooBig = await upload(officer, '大文件.pdf', big);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json()).toMatchObject({ code: 'documentTooLarge', params: { mb: 20, name: '大文件.pdf' } });
    const full = makeProject(db, { by: officer });
    db.insert(documents)
      .values({
        projectId: full.id,
        kind: 'other',
        name: 'old.pdf',
        mime: 'application/pdf',
        size: DOCUMENT_LIMITS.projectBytes - 100,
        sha256: '0'.repeat(64),
        uploadedBy: officer.id,
        uploadedAt: NOW,
      })
      .run();
    const res = await upload(officer, '协议.pdf', samplePdf('quota'), { projectId: full.id });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'documentQuota', params: { mb: 500 } });
    expect(rowsOf(full.id)).toHaveLength(1);
  });

  it('cleans the name: no folders, no control or bidi characters', async () => {
    const res = await upload(officer, '..\\..\\etc/合同\u202Efdp.exe\u0007.pdf', samplePdf('bidi'));
    expect(res.json()).toMatchObject({ name: '合同fdp.exe.pdf' });
  });

  it('refuses an unknown kind', async () => {
    expect((await upload(officer, 'a.pdf', samplePdf('k'), { kind: 'secret' })).json()).toMatchObject({
      code: 'documentKindInactive',
    });
  });
});

describe('who may upload and view', () => {
  it('a leader who leads the project uploads; a stranger, another leader and a viewer are refused and audited', async () => {
    expect((await upload(leader, '批复.pdf', samplePdf('leader'))).statusCode).toBe(200);
    for (const [user, code] of [
      [stranger, 'actionForbidden'],
      [otherLeader, 'actionForbidden'],
      [viewer, 'roleForbidden'],
    ] as const) {
      const before = auditOf('access.denied').filter((r) => r.userId === user.id).length;
      const res = await upload(user, 'x.pdf', samplePdf('no'));
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code });
      expect(auditOf('access.denied').filter((r) => r.userId === user.id)).toHaveLength(before + 1);
    }
  });

  it('everyone who reads may view: attachment by default, inline only for PDF and images, nosniff always', async () => {
    const [doc] = rowsOf().filter((d) => d.mime === 'application/pdf');
    const plain = await download(viewer, doc!.id);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(plain.headers['content-type']).toBe('application/octet-stream');
    expect(plain.headers['x-content-type-options']).toBe('nosniff');
    const inline = await download(viewer, doc!.id, true);
    expect(inline.headers['content-disposition']).toMatch(/^inline;/);
    expect(inline.headers['content-type']).toBe('application/pdf');
    expect(inline.headers['content-security-policy']).toContain("default-src 'none'");
    expect(inline.rawPayload.equals(plain.rawPayload)).toBe(true);
    expect((await app.inject({ method: 'GET', url: `/api/documents/${doc!.id}` })).statusCode).toBe(401);
    expect((await download(viewer, 999_999)).statusCode).toBe(404);
  });
});

describe('supersede and withdraw', () => {
  it('a newer file supersedes the old one; both stay, and the trail says so', async () => {
    const first = (await upload(officer, '施工许可证.pdf', samplePdf('permit v1'), { kind: 'permit' })).json<{
      id: number;
    }>();
    const second = await upload(officer, '施工许可证（更正）.pdf', samplePdf('permit v2'), {
      kind: 'permit',
      supersedes: first.id,
    });
    expect(second.statusCode, second.body).toBe(200);
    const rows = rowsOf().filter((d) => d.kind === 'permit');
    expect(rows.map((d) => [d.name, d.status, d.supersedesId])).toEqual([
      ['施工许可证.pdf', 'superseded', null],
      ['施工许可证（更正）.pdf', 'current', first.id],
    ]);
    expect(JSON.parse(auditOf('document.supersede').at(-1)!.changes!)).toMatchObject({
      supersedes: first.id,
      supersededName: '施工许可证.pdf',
    });
    // The old file is kept for the record and still downloads.
    expect((await download(viewer, first.id)).statusCode).toBe(200);
    const again = await upload(officer, 'x.pdf', samplePdf('v3'), { kind: 'permit', supersedes: first.id });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'documentEnded' });
  });

  it('withdraws with a reason; a second withdrawal is a conflict; a stranger may not', async () => {
    const doc = rowsOf().find((d) => d.status === 'current' && d.kind === 'license')!;
    const strangerErr = await trpcError(
      callerFor(db, stranger).documents.withdraw({ id: doc.id, version: doc.version, reason: '错传' }),
    );
    expect(strangerErr.code).toBe('FORBIDDEN');
    await callerFor(db, officer).documents.withdraw({ id: doc.id, version: doc.version, reason: '上传错了' });
    const after = rowsOf().find((d) => d.id === doc.id)!;
    expect(after).toMatchObject({ status: 'withdrawn', endReason: '上传错了', endedBy: officer.id });
    expect(JSON.parse(auditOf('document.withdraw').at(-1)!.changes!)).toMatchObject({
      documentId: doc.id,
      reason: '上传错了',
    });
    const err = await trpcError(
      callerFor(db, officer).documents.withdraw({ id: doc.id, version: after.version, reason: '再撤' }),
    );
    expect(err.code).toBe('CONFLICT');
    expect(existsSync(pathOf(doc.sha256, filesDir))).toBe(true);
  });
});

describe('the zip and the sweep', () => {
  it("downloads a project's current documents as one zip named after the project", async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/projects/${project.id}/documents.zip`,
      headers: asUser(db, viewer.id),
    });
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(res.headers['content-disposition'] as string)).toContain(
      '华润中心项目_佐证材料_',
    );
    const names = await zipNames(res.rawPayload);
    const current = rowsOf().filter((d) => d.status === 'current');
    expect(names).toHaveLength(current.length);
    expect(names).toContain('协议/投资协议（签字版）.pdf');
    expect(names).toContain('施工许可证/施工许可证（更正）.pdf');
    expect(names.some((n) => n.includes('营业执照.png'))).toBe(false); // withdrawn
  });

  it('the ledger export counts each project’s current documents per kind', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/ledger.csv', headers: asUser(db, viewer.id) });
    const [head, ...lines] = res.body.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(head!.split(',').at(-1)).toBe('佐证材料');
    const line = lines.find((l) => l.includes('华润中心项目'))!;
    const agreements = rowsOf().filter((d) => d.status === 'current' && d.kind === 'agreement').length;
    // The withdrawn licence and the superseded permit are not counted.
    expect(line.split(',').at(-1)).toBe(`协议 ${agreements}、施工许可证 1`);
  });

  it('start-up removes unfinished temp files and stored files no row names, and keeps the rest', async () => {
    writeFileSync(join(filesDir, 'tmp', 'cut.part'), 'half a file');
    const orphan = Buffer.from('orphan bytes');
    const orphanPath = join(filesDir, sha256(orphan).slice(0, 2), sha256(orphan).slice(2, 4));
    mkdirSync(orphanPath, { recursive: true });
    writeFileSync(join(orphanPath, sha256(orphan)), orphan);
    const kept = storedHashes(filesDir).length - 1;
    const again = await buildApp({ db, filesDir });
    await again.close();
    expect(readdirSync(join(filesDir, 'tmp'))).toEqual([]);
    expect(storedHashes(filesDir)).toHaveLength(kept);
    for (const d of rowsOf()) expect(existsSync(pathOf(d.sha256, filesDir))).toBe(true);
  });
});

function zipNames(buf: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const names: string[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.readEntry();
    });
  });
}

describe('proof at the gates', () => {
  it('requires nothing by default; once an admin names the licence, 落地 waits for it', async () => {
    const p = makeProject(db, { by: officer, stage: 'introduced', name: '长春国际金融中心入驻' });
    const api = callerFor(db, officer);
    expect(await api.documents.gates()).toEqual({ required: {}, version: 0 });
    expect(await api.documents.lacking()).toEqual([]);
    await callerFor(db, admin).documents.saveGates({ required: { landed: ['license'] }, version: 0 });
    expect(await callerFor(db, viewer).documents.gates()).toEqual({
      required: { landed: ['license'] },
      version: 1,
    });
    const gates = gatesFor('landed', 1000, 9001, NOW, {});
    const refused = await trpcError(api.projects.move({ id: p.id, version: p.version, to: 'landed', gates }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toBe('进入「落地」须先上传：营业执照');
    // The same rule on a skipping move: 洽谈 → 开工 passes 落地 too.
    const early = makeProject(db, { by: officer });
    const skip = await trpcError(
      api.projects.move({
        id: early.id,
        version: early.version,
        to: 'started',
        gates: gatesFor('started', 1000, 9002, NOW, {}),
      }),
    );
    expect(skip.message).toBe('进入「落地」须先上传：营业执照');
    await makeDocument(db, officer, p.id, 'license', samplePng());
    await api.projects.move({ id: p.id, version: p.version, to: 'landed', gates });
    expect(await api.documents.present({ projectId: p.id })).toEqual(['license']);
  });

  it('lists the projects standing at a stage without its proof; only an admin sets the gates', async () => {
    const lacking = await callerFor(db, viewer).documents.lacking();
    // The projects made at 落地 before the rule existed lack the licence now.
    expect(lacking.every((l) => l.stage === 'landed' && l.missing.includes('license'))).toBe(true);
    expect(lacking.find((l) => l.name === '长春国际金融中心入驻')).toBeUndefined();
    const err = await trpcError(
      callerFor(db, officer).documents.saveGates({ required: { landed: [] }, version: 1 }),
    );
    expect(err.code).toBe('FORBIDDEN');
    await callerFor(db, admin).documents.saveGates({ required: {}, version: 1 });
  });
});

describe('the catalogue of kinds', () => {
  it('an admin renames, adds and retires kinds; a retired kind takes no new files but keeps its old ones', async () => {
    const before = await callerFor(db, viewer).documents.kinds();
    const edited = before.map((k) =>
      k.key === 'other' ? { ...k, label: '其他材料' } : k.key === 'photo' ? { ...k, active: false } : k,
    );
    const after = await callerFor(db, admin).documents.saveKinds({
      kinds: [...edited, { label: '规划许可证', active: true }],
    });
    expect(after.map((k) => [k.label, k.active])).toEqual([
      ['协议', true],
      ['营业执照', true],
      ['施工许可证', true],
      ['现场照片', false],
      ['竣工验收', true],
      ['其他材料', true],
      ['规划许可证', true],
    ]);
    const added = after.at(-1)!.key;
    expect((await upload(officer, '规划.pdf', samplePdf('plan'), { kind: added })).statusCode).toBe(200);
    expect((await upload(officer, '照片.png', samplePng(), { kind: 'photo' })).json()).toMatchObject({
      code: 'documentKindInactive',
    });
    expect(JSON.parse(auditOf('document.kinds').at(-1)!.changes!)).toMatchObject({
      kinds: [expect.stringContaining('其他'), expect.stringContaining('现场照片（停用）')],
    });
    const err = await trpcError(callerFor(db, officer).documents.saveKinds({ kinds: edited }));
    expect(err.code).toBe('FORBIDDEN');
    const dup = await trpcError(
      callerFor(db, admin).documents.saveKinds({ kinds: [...edited, { label: '协议', active: true }] }),
    );
    expect(dup.code).toBe('BAD_REQUEST');
    // A save from a stale read (another admin saved since) changes nothing.
    const stale = await trpcError(callerFor(db, admin).documents.saveKinds({ kinds: before }));
    expect(stale.code).toBe('CONFLICT');
    expect((await callerFor(db, viewer).documents.kinds()).find((k) => k.key === 'other')?.label).toBe(
      '其他材料',
    );
    const now = await callerFor(db, viewer).documents.kinds();
    await callerFor(db, admin).documents.saveKinds({
      kinds: before.map((k) => ({ ...k, version: now.find((n) => n.key === k.key)!.version })),
    });
  });
});

describe('attachments on a problem', () => {
  it('the problem’s assignee attaches a reply scan there, but not to the project; a stranger neither', async () => {
    const problem = await callerFor(db, officer).problems.create({
      projectId: project.id,
      title: '用电增容审批慢',
      ownerId: stranger.id,
      raisedDate: TODAY,
    });
    const on = { kind: 'other', target: 'problem', targetId: problem.id };
    const reply = await upload(stranger, '供电公司回复.pdf', samplePdf('reply'), on);
    expect(reply.statusCode, reply.body).toBe(200);
    expect((await upload(stranger, '协议.pdf', samplePdf('no'))).statusCode).toBe(403);
    expect((await upload(otherLeader, '回复.pdf', samplePdf('no'), on)).statusCode).toBe(403);
    const listed = await callerFor(db, viewer).documents.list({
      projectId: project.id,
      target: 'problem',
      targetId: problem.id,
    });
    expect(listed.map((d) => d.name)).toEqual(['供电公司回复.pdf']);
    // A problem of another project cannot be named through this one.
    const other = makeProject(db, { by: officer });
    const wrong = await upload(officer, 'x.pdf', samplePdf('x'), { ...on, projectId: other.id });
    expect(wrong.json()).toMatchObject({ code: 'documentTargetMismatch' });
  });
});
