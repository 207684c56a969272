import { and, asc, eq } from 'drizzle-orm';
import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { Db } from '../../../db/client';
import { documentKinds, documents, projects } from '../../../db/schema';
import { businessDate } from '../../../shared/domain/dates';
import { cleanFileName } from '../../../shared/domain/documents';
import { pathOf } from './file-store';

/**
 * A project's current documents as one zip named after the project (issue 17), streamed: each file is
 * read from disk as the zip is sent, so a project's 500 MB never sits in memory. Inside, one folder per
 * kind; equal names get a number. Stored, not deflated: PDFs, photos and Office files are compressed already.
 */
export function projectZip(db: Db, projectId: number): { name: string; stream: Readable } | null {
  const project = db.select({ name: projects.name }).from(projects).where(eq(projects.id, projectId)).get();
  if (!project) return null;
  const rows = db
    .select({
      name: documents.name,
      sha256: documents.sha256,
      kind: documentKinds.label,
      at: documents.uploadedAt,
    })
    .from(documents)
    .innerJoin(documentKinds, eq(documentKinds.key, documents.kind))
    .where(and(eq(documents.projectId, projectId), eq(documents.status, 'current')))
    .orderBy(asc(documentKinds.position), asc(documents.uploadedAt))
    .all();
  const zip = new ZipFile();
  const used = new Set<string>();
  for (const r of rows) {
    const path = unique(`${cleanFileName(r.kind, '其他')}/${r.name}`, used);
    zip.addFile(pathOf(r.sha256), path, { compress: false, mtime: new Date(r.at) });
  }
  zip.end();
  const base = cleanFileName(project.name, '项目');
  return { name: `${base}_佐证材料_${businessDate(Date.now())}.zip`, stream: zip.outputStream as Readable };
}

function unique(path: string, used: Set<string>): string {
  let candidate = path;
  const dot = path.lastIndexOf('.');
  for (let n = 2; used.has(candidate); n++)
    candidate =
      dot > path.lastIndexOf('/') ? `${path.slice(0, dot)} (${n})${path.slice(dot)}` : `${path} (${n})`;
  used.add(candidate);
  return candidate;
}
