/**
 * CSV / spreadsheet injection (OWASP "CSV Injection"): a text cell that starts with = + - @, a tab or a
 * carriage return can be run as a formula by Excel or LibreOffice. Every file the app writes passes
 * its text cells through `neutraliseCell`, which puts a single quote in front; numbers are never
 * touched, so amounts stay numbers. `restoreNeutralised` undoes it when such a file is imported again.
 */
const TRIGGER = /^[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}

export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && TRIGGER.test(text.slice(1)) ? text.slice(1) : text;
}
