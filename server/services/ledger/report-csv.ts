import { toCsv } from '../../../shared/domain/ledger/csv';
import type { Upload } from './uploads';

const RESULT_LABELS = {
  create: '新建',
  update: '更新',
  skip: '跳过',
  error: '错误',
} as const;

/** The import report as CSV (what each line of the sheet became), or null before any check. */
export function importReportCsv(upload: Pick<Upload, 'fileName' | 'report'>): string | null {
  if (!upload.report) return null;
  const { rows, committed, sheet, failed } = upload.report;
  const state = committed ? '已导入' : (failed ?? '预检（尚未导入）');
  return toCsv([
    [`台账导入报告：${upload.fileName} · ${sheet} · ${state}`],
    ['行号', '项目名称', '投资方', '结果', '项目编号', '说明'],
    ...rows.map((r) => [r.row, r.name, r.investor, RESULT_LABELS[r.result], r.projectId, r.reason]),
  ]);
}
