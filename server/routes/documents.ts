import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { ATTACH_ACTIONS, DOCUMENT_LIMITS, previewOf } from '../../shared/domain/documents';
import { type Action, can } from '../../shared/domain/permissions';
import { appMessage } from '../../shared/errors/catalog';
import { documentUploadQuery } from '../../shared/schemas/documents';
import { audit } from '../audit';
import type { SessionUser } from '../auth/sessions';
import { AppError } from '../errors';
import { routeUser } from '../http-access';
import { resolveObject } from '../permissions';
import { documentFile, receiveDocument } from '../services/documents/documents';
import { readStored } from '../services/documents/file-store';
import { projectZip } from '../services/documents/zip';
import { sharedWrite } from '../write-gate';
import { attachment, refusal } from './file-reply';

const STATUS: Partial<Record<AppError['code'], number>> = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FORBIDDEN: 403,
  PAYLOAD_TOO_LARGE: 413,
};

/** The stored type, except anything that could run in the page is never named to the browser. */
const INLINE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

/**
 * 佐证材料 (issue 17): the bytes through plain HTTP routes, behind the same door as the other file routes.
 *   POST /api/documents?projectId=&kind=&target=&targetId=&supersedes=   raw body, X-File-Name header
 *   GET  /api/documents/:id            download (attachment); ?inline=1 shows a PDF or image in the page
 *   GET  /api/projects/:id/documents.zip   the project's current documents in one zip
 * Everyone who reads a project may view its documents; uploading asks the model per project (and per
 * problem, 批示 or 督办单 when attached to one). Every answer carries X-Content-Type-Options: nosniff.
 */
export async function documentRoutes(
  app: FastifyInstance,
  opts: { db: Db; now?: () => number },
): Promise<void> {
  const { db } = opts;
  const now = opts.now ?? Date.now;
  const door = (req: FastifyRequest, reply: FastifyReply, path: string, action?: Action) =>
    routeUser(db, req, reply, { path, action, now });

  app.get('/api/documents/:id', (req, reply) => {
    if (!door(req, reply, 'documents.download')) return reply;
    const doc = documentFile(db, Number((req.params as { id: string }).id) || 0);
    if (!doc) return reply.code(404).send(refusal({ code: 'notFound', params: { what: 'document' } }));
    const inline = (req.query as { inline?: string }).inline === '1' && previewOf(doc.mime) !== null;
    void reply
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', inline ? inlineName(doc.name) : attachment(doc.name));
    if (inline)
      void reply.header('content-security-policy', INLINE_CSP).header('x-frame-options', 'SAMEORIGIN');
    return reply.type(inline ? doc.mime : 'application/octet-stream').send(readStored(doc.sha256));
  });

  app.get('/api/projects/:id/documents.zip', async (req, reply) => {
    if (!door(req, reply, 'documents.zip')) return reply;
    const zip = projectZip(db, Number((req.params as { id: string }).id) || 0);
    if (!zip) return reply.code(404).send(refusal({ code: 'notFound', params: { what: 'project' } }));
    return reply
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', attachment(zip.name))
      .type('application/zip')
      .send(zip.stream);
  });

  // The upload in its own scope: the octet-stream parser and the 20 MB body limit stay on this route.
  const limit = DOCUMENT_LIMITS.fileBytes;
  await app.register((scope, _opts, done) => {
    scope.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: limit },
      (_req, body, done) => done(null, body),
    );
    scope.setErrorHandler((error: { code?: string }, req, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return reply
          .code(413)
          .send(refusal(appMessage('documentTooLarge', { name: fileName(req), mb: limit / 1024 / 1024 })));
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        return reply.code(415).send(refusal(appMessage('fileWrongType')));
      scope.log.error(error);
      return reply.code(500).send(refusal(appMessage('internal')));
    });
    scope.post('/api/documents', { bodyLimit: limit }, async (req, reply) => {
      // The role gate: documents.upload's roles are every role that may attach anything at all.
      const user = door(req, reply, 'documents.upload', 'documents.upload');
      if (!user) return reply;
      const parsed = documentUploadQuery.safeParse(req.query);
      if (!parsed.success) return reply.code(400).send(refusal(appMessage('invalidInput')));
      const q = parsed.data;
      const object =
        q.target === 'project' || !q.targetId
          ? resolveObject(db, 'project', q.projectId)
          : resolveObject(db, q.target, q.targetId);
      if (object && !ATTACH_ACTIONS[q.target].some((a) => can(user, a, object.facts)))
        return deny(req, reply, user, ATTACH_ACTIONS[q.target][0]!, object.projectId);
      if (!Buffer.isBuffer(req.body)) return reply.code(400).send(refusal(appMessage('fileMissing')));
      try {
        const body = req.body;
        return await sharedWrite(db, () => receiveDocument(db, user, q, fileName(req), body, now()));
      } catch (error) {
        if (error instanceof AppError) return reply.code(STATUS[error.code] ?? 400).send(refusal(error.app));
        throw error;
      }
    });
    done();
  });

  /** A refusal by the model: 403 with the action's message, and an access.denied row like tRPC's. */
  function deny(
    req: FastifyRequest,
    reply: FastifyReply,
    user: SessionUser,
    action: Action,
    projectId: number,
  ) {
    const app = { code: 'actionForbidden' as const, params: { action: action.replace('.', '_') } };
    const at = now();
    void sharedWrite(db, () =>
      audit(db, {
        userId: user.id,
        action: 'access.denied',
        entity: 'project',
        entityId: projectId,
        changes: { path: 'documents.upload', method: req.method, role: user.role, action },
        at,
      }),
    ).catch(() => undefined);
    return reply.code(403).send(refusal(app));
  }
}

function fileName(req: FastifyRequest): string {
  const raw = req.headers['x-file-name'];
  try {
    return decodeURIComponent(typeof raw === 'string' ? raw : '').slice(0, 500);
  } catch {
    return '';
  }
}

function inlineName(name: string): string {
  return `inline; filename*=UTF-8''${encodeURIComponent(name)}`;
}
