import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { uploadDocument } from '../documents';
import type { MoveRequest } from './move-dialog';

/**
 * The documents a forward move needs (issue 17), asked in the move dialog the way missing dates are: one
 * file per missing kind, uploaded to the project before the move is sent.
 */
export function useProofFiles(request: MoveRequest) {
  const wanted = (request.proof ?? []).flatMap((p) => p.kinds.map((kind) => ({ stage: p.stage, kind })));
  const [files, setFiles] = useState<Record<string, File | undefined>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [share, setShare] = useState<number | null>(null);
  const { t } = useTranslation();

  /** Uploads every chosen file; false (with a message under each field) when one is missing or refused. */
  const upload = async (): Promise<boolean> => {
    const missing = wanted.filter((w) => !files[w.kind]);
    if (missing.length) {
      setErrors(Object.fromEntries(missing.map((w) => [w.kind, t('move.proofNeeded')])));
      return false;
    }
    setErrors({});
    for (const w of wanted) {
      try {
        setShare(0);
        await uploadDocument(files[w.kind]!, { projectId: request.project.id, kind: w.kind }, setShare);
        setFiles((f) => ({ ...f, [w.kind]: undefined }));
      } catch (error) {
        setErrors({ [w.kind]: error instanceof Error ? error.message : String(error) });
        return false;
      } finally {
        setShare(null);
      }
    }
    return true;
  };
  /** A file chosen for a kind: its earlier message goes. */
  const choose = (kind: string, file: File | undefined) => {
    setFiles((f) => ({ ...f, [kind]: file }));
    setErrors(({ [kind]: _gone, ...rest }) => rest);
  };
  return { wanted, errors, share, upload, choose };
}

export function ProofInputs({ proof }: { proof: ReturnType<typeof useProofFiles> }) {
  const { t } = useTranslation();
  const kinds = useQuery(trpc.documents.kinds.queryOptions());
  if (!proof.wanted.length) return null;
  const label = (key: string) => kinds.data?.find((k) => k.key === key)?.label ?? key;
  return (
    <fieldset className="flex flex-col gap-2" data-testid="move-proof">
      <legend className="mb-1 text-sm text-slate-600">{t('move.proofHint')}</legend>
      {proof.wanted.map((w) => (
        <label key={w.kind} className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-slate-700">
            {t('move.proofFile', { kind: label(w.kind), stage: t(`stage.${w.stage}`) })}
            <span className="text-red-600"> *</span>
          </span>
          <input
            type="file"
            accept=".pdf,.jpg,.jpeg,.png,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx"
            aria-invalid={proof.errors[w.kind] ? true : undefined}
            onChange={(e) => proof.choose(w.kind, e.target.files?.[0])}
          />
          {proof.errors[w.kind] && (
            <span role="alert" className="text-red-700">
              {proof.errors[w.kind]}
            </span>
          )}
        </label>
      ))}
      {proof.share !== null && (
        <div
          role="progressbar"
          aria-label={t('documents.uploading')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(proof.share * 100)}
          className="h-1.5 overflow-hidden rounded bg-slate-200"
        >
          <div className="h-full bg-brand-600" style={{ width: `${Math.round(proof.share * 100)}%` }} />
        </div>
      )}
    </fieldset>
  );
}
