import type { DocumentTarget } from '../../../shared/domain/documents';
import type { AppMessage } from '../../../shared/errors/catalog';
import { messageText } from '../../lib/errors';

export interface UploadPlace {
  projectId: number;
  kind: string;
  target?: DocumentTarget;
  targetId?: number;
  supersedes?: number;
}

/**
 * Sends one file's bytes to POST /api/documents with XMLHttpRequest, whose upload events give the
 * progress fetch cannot; `onProgress` gets 0–1. Resolves with the stored document, or rejects with the
 * server's message in the person's language (the refusal names the file and why).
 */
export function uploadDocument(
  file: File,
  place: UploadPlace,
  onProgress: (share: number) => void,
): Promise<{ id: number; name: string }> {
  const query = new URLSearchParams({ projectId: String(place.projectId), kind: place.kind });
  if (place.target && place.target !== 'project') query.set('target', place.target);
  if (place.targetId) query.set('targetId', String(place.targetId));
  if (place.supersedes) query.set('supersedes', String(place.supersedes));
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/documents?${query.toString()}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: Partial<AppMessage> & { message?: string; id?: number; name?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        /* not JSON: the status says enough */
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve({ id: body.id ?? 0, name: body.name ?? file.name });
      } else
        reject(
          new Error(
            messageText(body.code ? (body as AppMessage) : null, body.message ?? `HTTP ${xhr.status}`),
          ),
        );
    };
    xhr.onerror = () => reject(new Error(messageText({ code: 'internal' }, 'network error')));
    xhr.send(file);
  });
}

export const documentUrl = (id: number, inline = false) => `/api/documents/${id}${inline ? '?inline=1' : ''}`;
export const projectZipUrl = (projectId: number) => `/api/projects/${projectId}/documents.zip`;
