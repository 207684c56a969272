import { describe, expect, it } from 'vitest';
import { matchHeader, matchHeaderRow } from '../../shared/domain/ledger/headers';
import { classifyRow, findHeaderRow } from '../../shared/domain/ledger/table';
import { decodeCsvBytes, parseCsv, toCsv } from '../../shared/domain/ledger/csv';

describe('matchHeader: Chinese headers with their variants', () => {
  it.each([
    ['项目名称', 'name', 'wan'],
    ['项目名称\n（全称）', 'name', 'wan'],
    ['计划总投资', 'estimatedInvestment', 'wan'],
    ['总投资额', 'estimatedInvestment', 'wan'],
    ['总投资（万元）', 'estimatedInvestment', 'wan'],
    ['总投资\n(万元)', 'estimatedInvestment', 'wan'],
    ['计划总投资（亿元）', 'estimatedInvestment', 'yi'],
    ['总投资(万元)', 'estimatedInvestment', 'wan'],
    ['协议投资【万元】', 'agreedInvestment', 'wan'],
    ['实际到位资金（万元）', 'fundsInPlace', 'wan'],
    ['*项目名称', 'name', 'wan'],
    ['B岗责任人', 'ownerB', 'wan'], // not 责任人 (owner A)
    ['招商责任人', 'ownerA', 'wan'],
    ['统一社会信用代码', 'creditCode', 'wan'],
    ['所属行业', 'industry', 'wan'],
    ['签约 时间', 'signingDate', 'wan'],
    ['项目进展阶段', 'stage', 'wan'],
    ['序号', 'seq', 'wan'],
    // The investor's contact (联系人 is theirs, not the officer's), under the names old ledgers use.
    ['联系人', 'contactName', 'wan'],
    ['企业对接人', 'contactName', 'wan'],
    ['职务', 'contactTitle', 'wan'],
    ['联系电话', 'contactPhone', 'wan'],
    ['手机', 'contactPhone', 'wan'],
    ['联系方式', 'contactPhone', 'wan'],
    ['电子邮箱', 'contactEmail', 'wan'],
  ])('%j → %s (%s)', (text, field, unit) => {
    expect(matchHeader(text)).toEqual({ field, unit });
  });

  it.each(['', '备注', '项目类型'])('%j matches nothing', (text) => {
    expect(matchHeader(text)).toBeNull();
  });

  it('gives each field to its first column only', () => {
    expect(matchHeaderRow(['项目名称', '总投资', '计划总投资']).map((m) => m?.field ?? null)).toEqual([
      'name',
      'estimatedInvestment',
      null,
    ]);
  });
});

describe('the table inside a sheet', () => {
  it('finds the header under a merged title row and a unit line', () => {
    const grid = [
      ['南关区2026年招商引资项目台账', '南关区2026年招商引资项目台账', null],
      ['填报单位：投资促进局', null, '单位：万元'],
      ['序号', '项目名称', '总投资（万元）'],
      [1, '某项目', 5000],
    ];
    expect(findHeaderRow(grid)).toBe(2);
  });
  it('no header row when nothing reads like a ledger', () => {
    expect(
      findHeaderRow([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBeNull();
  });
  it.each([
    [[null, '', null], 'blank'],
    ['合计,,5000'.split(','), 'total'],
    [['', '合  计', 5000], 'total'],
    [['', '小计', 5000], 'total'],
    [['合计', '251 个项目', 5000], 'total'], // the export's own total row
    [['注：金额单位为万元', '', ''], 'note'],
    [[1, '华为吉林总部', 5000], 'data'],
    [[2, '', 5000], 'data'], // a data row without a name: reported as an error, not dropped
  ])('row %j is %s', (cells, kind) => {
    expect(classifyRow(cells, 1)).toBe(kind);
  });
});

describe('CSV', () => {
  it('parses quotes, doubled quotes, commas and CRLF', () => {
    expect(parseCsv('\uFEFF名称,说明\r\n"A,B","他说""好"""\r\n"多\n行",x\r\n')).toEqual([
      ['名称', '说明'],
      ['A,B', '他说"好"'],
      ['多\n行', 'x'],
    ]);
  });
  it('writes a BOM and round-trips', () => {
    const rows = [
      ['项目名称', '金额'],
      ['A,"B"', 5000],
      ['多\n行', null],
    ];
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['项目名称', '金额'],
      ['A,"B"', '5000'],
      ['多\n行', ''],
    ]);
  });
  it('reads GB18030 (Excel on Chinese Windows) as well as UTF-8', () => {
    const gbk = Uint8Array.from([0xcf, 0xee, 0xc4, 0xbf]); // 项目
    expect(decodeCsvBytes(gbk)).toBe('项目');
    expect(decodeCsvBytes(new TextEncoder().encode('项目'))).toBe('项目');
  });
});
