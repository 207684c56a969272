import { describe, expect, it } from 'vitest';
import { cleanFileName, missingKinds, previewOf } from '../../shared/domain/documents';

describe('cleanFileName', () => {
  it.each([
    ['投资协议.pdf', '投资协议.pdf'],
    ['C:\\Users\\王磊\\Desktop\\营业执照.jpg', '营业执照.jpg'],
    ['../../etc/passwd', 'passwd'],
    ['合同\u202Efdp.exe', '合同fdp.exe'],
    ['a\u0000b\u001fc\u0085.pdf', 'abc.pdf'],
    ['\u2066隐藏\u2069.png', '隐藏.png'],
    ['zero\u200bwidth.pdf', 'zerowidth.pdf'],
    ['what?<now>:"x"|*.pdf', 'what__now___x___.pdf'],
    ['...hidden.pdf', 'hidden.pdf'],
    ['   ', '文件'],
    ['/', '文件'],
    [`${'长'.repeat(300)}.pdf`, `${'长'.repeat(116)}.pdf`],
  ])('%j → %j', (raw, clean) => expect(cleanFileName(raw)).toBe(clean));
});

describe('missingKinds', () => {
  it.each([
    [['agreement'], [], ['agreement']],
    [['agreement'], ['agreement', 'photo'], []],
    [['permit', 'photo'], ['photo'], ['permit']],
    [[], ['other'], []],
  ])('required %j, present %j → missing %j', (required, present, missing) =>
    expect(missingKinds(required, present)).toEqual(missing),
  );
});

describe('previewOf', () => {
  it.each([
    ['application/pdf', 'pdf'],
    ['image/png', 'image'],
    ['image/webp', 'image'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', null],
    ['text/html', null],
    ['image/svg+xml', null],
  ])('%s → %s', (mime, preview) => expect(previewOf(mime)).toBe(preview));
});
