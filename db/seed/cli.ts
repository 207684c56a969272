/**
 * `npm run db:seed`: rebuilds the database at DATABASE_PATH (default data/app.db) from scratch with
 * the demo district. Stop the server first: the old file is deleted, not emptied.
 */
import { rmSync } from 'node:fs';
import { readConfig } from '../config';
import { openDatabase } from '../client';
import { seedDemoWithSummary } from './demo';

function main(): void {
  const started = performance.now();
  const path = readConfig().databasePath;
  // The -wal and -shm files belong to the old database; left behind, SQLite would replay them.
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });

  const db = openDatabase(path);
  try {
    const s = seedDemoWithSummary(db, { today: new Date() });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const st = s.byState;
    console.log(
      `演示数据已生成 ${path}（${s.today}）：${s.units} 个单位、${s.users} 名用户、${s.projects} 个项目` +
        `（洽谈 ${st.negotiating}、引进 ${st.introduced}、落地 ${st.landed}、开工 ${st.started}、建成 ${st.completed}、` +
        `暂缓 ${st.on_hold}、终止 ${st.dropped}；重大项目 ${s.major} 个），阶段记录 ${s.events} 条、跟进记录 ${s.followUps} 条、` +
        `到位资金 ${s.funds} 笔，用时 ${seconds} 秒。演示账号 admin / leader / staff，密码 demo2026`,
    );
  } finally {
    db.$client.close();
  }
}

try {
  main();
} catch (err: unknown) {
  console.error('演示数据生成失败：', err);
  process.exitCode = 1;
}
