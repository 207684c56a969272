/**
 * Validation messages for the shared schemas, in the current language. The server speaks Chinese; the
 * client switches with the UI language so a form shows its errors in the language the person reads.
 * Kept free of zod so the client can set the language without loading zod up front.
 */
const MESSAGES = {
  'zh-CN': {
    required: '必填',
    creditCode: '统一社会信用代码无效：应为18位，且校验位正确',
    date: '日期格式应为 YYYY-MM-DD',
    dateInFuture: '日期不能晚于今天',
    amount: '金额应为不小于0的整数（万元）',
    positiveAmount: '金额应为大于0的整数（万元）',
    tooLong: '内容过长',
    passwordLength: '密码至少 12 位',
    bidiControl: '不能包含改变文字方向的控制字符',
    stallDays: '天数应为 1 到 365 之间的整数',
    phone: '电话号码应为 5–30 位数字，可含 +、-、空格和括号',
    email: '邮箱格式不正确',
    period: '统计期间的结束日期不能早于开始日期，跨度不超过10年',
    count: '人数应为不小于0的整数',
    yearRange: '年度应为 2000 到 2100 之间的整数',
  },
  en: {
    required: 'Required',
    creditCode: 'Invalid unified social credit code: 18 characters with a correct check character',
    date: 'Use the date format YYYY-MM-DD',
    dateInFuture: 'The date cannot be later than today',
    amount: 'Enter a whole number of 万元, 0 or more',
    positiveAmount: 'Enter a whole number of 万元 greater than 0',
    tooLong: 'Too long',
    passwordLength: 'At least 12 characters',
    bidiControl: 'Must not contain characters that change the text direction',
    stallDays: 'Enter a whole number of days from 1 to 365',
    phone: 'A phone number has 5–30 digits and may hold +, -, spaces and brackets',
    email: 'Not a valid e-mail address',
    period: 'The period ends on or after its start and spans at most 10 years',
    count: 'Enter a whole number, 0 or more',
    yearRange: 'Enter a year from 2000 to 2100',
  },
} as const;

export type ValidationLocale = keyof typeof MESSAGES;
export type MessageKey = keyof (typeof MESSAGES)['zh-CN'];

let current: ValidationLocale = 'zh-CN';

export function setValidationLocale(locale: ValidationLocale): void {
  current = locale;
}

export function validationLocale(): ValidationLocale {
  return current;
}

export function msg(key: MessageKey): string {
  return MESSAGES[current][key];
}
