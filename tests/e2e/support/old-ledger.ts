import ExcelJS from 'exceljs';

/** An old ledger's row: landed, but without the registered company, credit code or site it never kept. */
export async function oldLedger(name: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.getRow(1).values = [
    '项目名称',
    '投资方',
    '所属行业',
    '计划总投资（万元）',
    '协议投资（万元）',
    '项目阶段',
    '签约时间',
    '落地时间',
  ];
  ws.getRow(2).values = [name, '吉林远航集团', '金融', 6000, 6000, '已落地', '2026-03-02', '2026-06-18'];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
