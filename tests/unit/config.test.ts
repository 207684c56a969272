import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { ConfigError, readConfig } from '../../db/config';
import { firstAdminProblem } from '../../db/seed/ensure';

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

describe('configuration mistakes', () => {
  it('keeps backups beside the database unless BACKUP_DIR says otherwise', () => {
    expect(readConfig({}).backupDir).toBe(join('data', 'backups'));
    expect(readConfig({ DATABASE_PATH: '/srv/zhaoshang/app.db' }).backupDir).toBe('/srv/zhaoshang/backups');
    expect(readConfig({ DATABASE_PATH: '/srv/app.db', BACKUP_DIR: '/backup' }).backupDir).toBe('/backup');
  });

  it('logs at info as terminal lines unless LOG_LEVEL and LOG_FORMAT say otherwise; refuses others', () => {
    expect(readConfig({}).log).toEqual({ level: 'info', format: 'text' });
    expect(readConfig({ LOG_LEVEL: 'debug', LOG_FORMAT: 'json' }).log).toEqual({
      level: 'debug',
      format: 'json',
    });
    expect(() => readConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL=verbose/);
    expect(() => readConfig({ LOG_FORMAT: 'pretty' })).toThrow(/LOG_FORMAT=pretty/);
  });

  it('serves with one process per core unless WORKERS says otherwise; an in-memory database with one', () => {
    expect(readConfig({}).workers).toBe(availableParallelism());
    expect(readConfig({ WORKERS: '3' }).workers).toBe(3);
    expect(readConfig({ WORKERS: '4', DATABASE_PATH: ':memory:' }).workers).toBe(1);
    expect(() => readConfig({ WORKERS: '0' })).toThrow(/WORKERS=0/);
    expect(() => readConfig({ WORKERS: 'all' })).toThrow(/WORKERS=all/);
  });

  it('refuses a port that is not one, naming the setting', () => {
    expect(() => readConfig({ PORT: 'http' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT=70000/);
  });

  it('asks for ADMIN_PASSWORD when the demo district is off', () => {
    expect(firstAdminProblem({ demoData: true, adminPassword: undefined })).toBeNull();
    expect(firstAdminProblem({ demoData: false, adminPassword: undefined })).toMatch(/ADMIN_PASSWORD/);
    expect(firstAdminProblem({ demoData: false, adminPassword: 'short' })).toMatch(/12/);
    expect(firstAdminProblem({ demoData: false, adminPassword: 'a long enough one' })).toBeNull();
  });
});
