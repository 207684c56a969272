import { describe, expect, it } from 'vitest';
import { readConfig } from '../../db/config';

describe('readConfig', () => {
  it('has safe defaults: port 3000, demo data, no Secure cookie, no trusted proxy, 14 days of backups', () => {
    expect(readConfig({})).toMatchObject({
      port: 3000,
      host: 'localhost',
      databasePath: 'data/app.db',
      demoData: true,
      secureCookies: false,
      trustProxy: false,
      backupRetentionDays: 14,
    });
  });

  it.each([
    ['0', false],
    ['false', false],
    ['1', true],
    ['true', true],
    ['127.0.0.1,10.0.0.0/8', '127.0.0.1,10.0.0.0/8'],
  ])('TRUST_PROXY=%s → %s', (value, expected) => {
    expect(readConfig({ TRUST_PROXY: value }).trustProxy).toBe(expected);
  });

  it('reads DEMO_DATA=0, SECURE_COOKIES=1 and a retention setting', () => {
    expect(readConfig({ DEMO_DATA: '0', SECURE_COOKIES: '1', BACKUP_RETENTION_DAYS: '30' })).toMatchObject({
      demoData: false,
      secureCookies: true,
      backupRetentionDays: 30,
    });
  });
});
