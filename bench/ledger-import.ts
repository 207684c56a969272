/**
 * How long a 20,000-row ledger takes: file size, reading the workbook, checking every row, and the
 * all-or-nothing commit. `npx tsx bench/ledger-import.ts` (a temp database; prints one line per step).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openDatabase } from '../db/client';
import { units, users } from '../db/schema';
import { commitImport } from '../server/services/ledger/commit';
import { checkedFor } from '../server/services/ledger/preview';
import { receiveUpload } from '../server/services/ledger/uploads';
import { creditCodeCheckChar } from '../shared/domain/credit-code';
import { importOptions } from '../shared/schemas/ledger';

const ROWS = Number(process.argv[2] ?? 20_000);
const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
const db = openDatabase(join(dir, 'bench.db'));
db.insert(units).values({ name: '投资促进局' }).run();
const admin = db
  .insert(users)
  .values({ username: 'admin', displayName: '管理员', passwordHash: 'x', role: 'admin' })
  .returning()
  .get();
db.insert(users).values({ username: 'wanglei', displayName: '王磊', passwordHash: 'x', role: 'staff' }).run();

const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('台账');
ws.getCell(1, 1).value = '招商引资项目台账';
ws.mergeCells(1, 1, 1, 14);
ws.getRow(2).values = [
  '序号',
  '项目名称',
  '投资方',
  '行业',
  '招商方式',
  '总投资（万元）',
  '协议投资（万元）',
  '阶段',
  '签约日期',
  '落地日期',
  '统一社会信用代码',
  '招商责任人',
  '注册主体',
  '落位地点',
];
const stages = ['洽谈', '已签约', '落地'];
for (let i = 0; i < ROWS; i++) {
  const stage = stages[i % 3]!;
  const first17 = `91220102${String(i).padStart(9, '0')}`;
  ws.getRow(3 + i).values = [
    i + 1,
    `基准项目${i}`,
    `基准投资方${i}`,
    '数字',
    '楼宇招商',
    1000 + i,
    stage === '洽谈' ? null : 1000 + i,
    stage,
    stage === '洽谈' ? null : '2026/3/5',
    stage === '落地' ? '2026年6月1日' : null,
    stage === '落地' ? first17 + creditCodeCheckChar(first17) : null,
    '王磊',
    stage === '落地' ? `基准企业${i}有限公司` : null,
    stage === '落地' ? '中央商务区' : null,
  ];
}
const bytes = Buffer.from(await wb.xlsx.writeBuffer());
/** Each step's time, and the longest the event loop was held meanwhile (what /healthz would wait). */
const step = async <T>(label: string, fn: () => T | Promise<T>): Promise<T> => {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const t = performance.now();
  const out = await fn();
  delay.disable();
  const held = Math.round(delay.max / 1e6);
  console.log(`${label}: ${Math.round(performance.now() - t)} ms (event loop held up to ${held} ms)`);
  return out;
};
console.log(`${ROWS} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB xlsx`);
const upload = await step('read workbook (worker)', () => receiveUpload(admin.id, 'bench.xlsx', bytes));
const opts = importOptions.parse({ token: upload.token, sheet: 0 });
const checked = await step('check every row (preview)', () =>
  checkedFor(db, upload, opts, Date.now(), () => true),
);
console.log(`  errors: ${checked.rows.filter((r) => r.action === 'error').length}`);
const user = {
  id: admin.id,
  username: 'admin',
  displayName: '管理员',
  role: 'admin' as const,
  unitId: null,
  mustChangePassword: false,
};
const result = await step('commit (check again, then write in chunks)', () =>
  commitImport(db, user, upload, opts, Date.now(), () => true),
);
console.log(`  created ${result.created}`);
db.$client.close();
rmSync(dir, { recursive: true, force: true });
