/** The database schema: one file per domain, all exported here for drizzle and drizzle-kit. */
export * from './core';
export * from './leaders';
export * from './schedules';
export * from './review';
export * from './imports';
export * from './settings';
export * from './contacts';
export * from './operations';
export * from './documents';
