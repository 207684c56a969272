/**
 * The crash test's writer (tests/api/documents-crash.test.ts): uploads documents of a few MB to one
 * project through the real service, one after another, printing `ack <id>` after each commit, until it
 * is killed.
 *   node --import tsx tests/crash/documents-child.ts <database> <files dir> <user id> <project id>
 */
import { openDatabase } from '../../db/client';
import { samplePdf } from '../../db/seed/sample-files';
import { receiveDocument } from '../../server/services/documents/documents';
import { configureFiles } from '../../server/services/documents/file-store';
import { documentUploadQuery } from '../../shared/schemas/documents';

const [dbPath, filesDir, userId, projectId] = process.argv.slice(2);
const db = openDatabase(dbPath!);
configureFiles(filesDir!);
const user = {
  id: Number(userId),
  username: 'crash',
  displayName: 'crash',
  role: 'staff' as const,
  unitId: null,
  mustChangePassword: false,
};
const q = documentUploadQuery.parse({ projectId, kind: 'photo' });
for (let i = 0; ; i++) {
  const body = samplePdf(`${process.pid}-${i}-${'X'.repeat(2_000_000 + ((i * 7919) % 1_000_000))}`);
  const doc = await receiveDocument(db, user, q, `现场照片${i}.pdf`, body, Date.now());
  process.stdout.write(`ack ${doc.id}\n`);
}
