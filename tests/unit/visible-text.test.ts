import { describe, expect, it } from 'vitest';
import { hasBidiControl, isVisiblyEmpty } from '../../shared/domain/visible-text';
import { optionalText, requiredText } from '../../shared/schemas/fields';

describe('visible text', () => {
  it.each([
    ['华润中心项目', false],
    ['合同\u202Eexe.pdf', true], // right-to-left override
    ['a\u2066b\u2069', true], // isolates
    ['\u200Fname', true], // right-to-left mark
    ['مرحبا', false], // Arabic letters themselves are fine
  ])('bidi control in %j: %s', (text, expected) => {
    expect(hasBidiControl(text)).toBe(expected);
  });

  it.each([
    ['', true],
    ['\u200B', true],
    [' \u200B\u200C\u200D\uFEFF\u2060 ', true],
    ['\u3164', true],
    ['长春', false],
    ['\u200B长春\u200B', false],
  ])('visibly empty %j: %s', (text, expected) => {
    expect(isVisiblyEmpty(text)).toBe(expected);
  });
});

describe('shared text fields', () => {
  const name = requiredText(20);
  const note = optionalText(20);

  it('refuses a name that prints nothing, or carries a direction override', () => {
    expect(name.safeParse('\u200B').error?.issues[0]?.message).toBe('必填');
    expect(name.safeParse('  \u200B\uFEFF ').error?.issues[0]?.message).toBe('必填');
    expect(name.safeParse('项目\u202Egpj.exe').error?.issues[0]?.message).toBe(
      '不能包含改变文字方向的控制字符',
    );
    expect(name.safeParse('x'.repeat(21)).error?.issues[0]?.message).toBe('内容过长');
    expect(name.parse('  长春国际金融中心 ')).toBe('长春国际金融中心');
  });

  it('turns an invisible note into no note, and refuses an override in one', () => {
    expect(note.parse('\u200B')).toBeNull();
    expect(note.parse('')).toBeNull();
    expect(note.parse(' 下周走访 ')).toBe('下周走访');
    expect(note.safeParse('\u202Dabc').success).toBe(false);
  });
});
