import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client';
import { samplePdf } from '../../db/seed/sample-files';
import { createSession, SESSION_COOKIE, type SessionUser } from '../../server/auth/sessions';
import { receiveDocument } from '../../server/services/documents/documents';
import { documentUploadQuery } from '../../shared/schemas/documents';
import { NOW } from './time';

export const HOST = 'app.test';

/** Headers of a same-origin request signed in as `userId`. */
export function asUser(db: Db, userId: number) {
  const { token } = createSession(db, userId);
  return { host: HOST, origin: `http://${HOST}`, cookie: `${SESSION_COOKIE}=${token}` };
}

/** POST /api/documents as the page sends it: raw bytes, the name in X-File-Name. */
export function uploadDocument(
  app: FastifyInstance,
  headers: Record<string, string>,
  query: Record<string, string | number>,
  name: string,
  body: Buffer,
) {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  return app.inject({
    method: 'POST',
    url: `/api/documents?${qs}`,
    headers: {
      ...headers,
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(name),
    },
    payload: body,
  });
}

/** A one-sector-aligned file that starts like a Windows executable (MZ … PE). */
export function fakeExe(): Buffer {
  const b = Buffer.alloc(1024);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(128, 60);
  b.write('PE\0\0', 128, 'latin1');
  return b;
}

/** A document on a project, through the real service (the route's permission check aside). */
export async function makeDocument(
  db: Db,
  user: SessionUser,
  projectId: number,
  kind = 'agreement',
  body: Buffer = samplePdf(`doc ${projectId} ${kind}`),
) {
  const q = documentUploadQuery.parse({ projectId, kind });
  return receiveDocument(db, user, q, `${kind}.pdf`, body, NOW);
}
