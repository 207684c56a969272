import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import { DOCUMENT_LIMITS, type DocumentTarget, SUGGESTED_KINDS } from '../../../shared/domain/documents';
import type { FunnelStage } from '../../../shared/domain/stages';
import { Badge } from '../../components/ui/badge';
import { Button, linkButtonClass } from '../../components/ui/button';
import { Section } from '../../components/ui/section';
import { Empty, Loading } from '../../components/ui/states';
import { UserText } from '../../components/ui/user-text';
import { useFormat } from '../../lib/format';
import type { RouterOutputs } from '../../lib/trpc';
import { trpc } from '../../lib/trpc';
import { useSaveAction } from '../../lib/use-form-submit';
import { PreviewDialog } from './preview-dialog';
import { documentUrl, projectZipUrl, uploadDocument } from './upload';

export type DocumentRow = RouterOutputs['documents']['list'][number];

interface Sending {
  key: string;
  name: string;
  size: number;
  share: number;
  error?: string;
}

/**
 * 佐证材料 on a project (issue 17): drop or pick several files, each sent with its progress; a refused
 * file says why and nothing of it is kept. PDFs and images preview in the page, others download.
 * Replaced and withdrawn files stay listed under the current ones, for the record.
 */
export function DocumentsSection({
  projectId,
  stage,
  canUpload,
  canWithdraw,
  target = 'project',
  targetId,
  title,
}: {
  projectId: number;
  /** The project's stage: its suggested kinds are shown and preselected. */
  stage?: FunnelStage;
  canUpload: boolean;
  canWithdraw: boolean;
  target?: DocumentTarget;
  targetId?: number;
  title?: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const listInput = { projectId, ...(target !== 'project' && { target, targetId }) };
  const list = useQuery(trpc.documents.list.queryOptions(listInput));
  const kinds = useQuery(trpc.documents.kinds.queryOptions());
  // The kinds the stage's gate requires (an admin setting; usually none, then the suggested ones show).
  const gates = useQuery(trpc.documents.gates.queryOptions());
  const required = (stage && gates.data?.required[stage]) ?? [];
  const withdraw = useMutation(trpc.documents.withdraw.mutationOptions());
  const suggested = (stage && SUGGESTED_KINDS[stage]) ?? [];
  const [kind, setKind] = useState<string>(suggested[0] ?? 'other');
  const [sending, setSending] = useState<Sending[]>([]);
  const [over, setOver] = useState(false);
  const [previewing, setPreviewing] = useState<DocumentRow | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const replaceOf = useRef<DocumentRow | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const kindId = useId();
  const save = useSaveAction({ onConflict: () => refresh() });

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.documents.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.audit.forProject.queryKey({ projectId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.projects.get.queryKey({ id: projectId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.documents.present.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.documents.lacking.queryKey() }),
    ]);

  /** One file after another, so the progress of each is its own and the server takes one at a time. */
  const send = async (files: File[], supersedes?: DocumentRow) => {
    const batch = files.slice(0, DOCUMENT_LIMITS.filesAtOnce).map((f, i) => ({
      file: f,
      key: `${Date.now()}-${i}-${f.name}`,
    }));
    setSending((s) => [
      ...s.filter((x) => x.error),
      ...batch.map(({ file, key }) => ({ key, name: file.name, size: file.size, share: 0 })),
    ]);
    const update = (key: string, patch: Partial<Sending>) =>
      setSending((s) => s.map((x) => (x.key === key ? { ...x, ...patch } : x)));
    for (const { file, key } of batch) {
      try {
        const doc = await uploadDocument(
          file,
          { projectId, kind: supersedes?.kind ?? kind, target, targetId, supersedes: supersedes?.id },
          (share) => update(key, { share }),
        );
        setSending((s) => s.filter((x) => x.key !== key));
        toast.success(t('documents.uploaded', { name: doc.name }));
      } catch (error) {
        update(key, { error: error instanceof Error ? error.message : String(error) });
      }
      await refresh();
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (canUpload && e.dataTransfer.files.length) void send([...e.dataTransfer.files]);
  };

  const drop = (d: DocumentRow) => {
    const reason = window.prompt(t('documents.withdrawReason'));
    if (!reason?.trim()) return;
    void save(async () => {
      await withdraw.mutateAsync({ id: d.id, version: d.version, reason: reason.trim() });
      toast.success(t('documents.withdrawn', { name: d.name }));
      await refresh();
    });
  };

  const current = list.data?.filter((d) => d.status === 'current') ?? [];
  const history = list.data?.filter((d) => d.status !== 'current') ?? [];
  const present = new Set(current.map((d) => d.kind));
  const shown = required.length ? required : suggested;
  const label = (key: string) => kinds.data?.find((k) => k.key === key)?.label ?? key;

  return (
    <Section
      title={title ?? t('documents.title')}
      actions={
        target === 'project' &&
        current.length > 0 && (
          <a className={linkButtonClass} href={projectZipUrl(projectId)} data-testid="documents-zip">
            {t('documents.downloadAll')}
          </a>
        )
      }
    >
      {target === 'project' && shown.length > 0 && (
        <p className="mb-3 text-sm text-slate-600" data-testid="documents-proof">
          {required.length ? t('documents.required') : t('documents.suggested')}
          {shown.map((k) => (
            <span key={k} className="mr-2 inline-flex items-center gap-1">
              {/* Kind labels are the office's own words (an admin edits them): shown as typed. */}
              <UserText>{label(k)}</UserText>
              <Badge tone={present.has(k) ? 'green' : required.length ? 'red' : 'slate'}>
                {present.has(k) ? t('documents.present') : t('documents.missing')}
              </Badge>
            </span>
          ))}
        </p>
      )}
      {canUpload && (
        <div
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
          data-testid="documents-drop"
          className={`mb-3 flex flex-wrap items-center gap-2 rounded-md border-2 border-dashed px-3 py-3 text-sm ${over ? 'border-brand-600 bg-brand-50' : 'border-slate-300 bg-slate-50'}`}
        >
          <label htmlFor={kindId} className="text-slate-600">
            {t('documents.kind')}
          </label>
          <select
            id={kindId}
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            className="rounded-md border border-slate-300 bg-white px-2 py-1"
          >
            {kinds.data
              ?.filter((k) => k.active)
              .map((k) => (
                <option key={k.key} value={k.key} data-user-text="">
                  {k.label}
                </option>
              ))}
          </select>
          <span className="text-slate-600">{t('documents.drop')}</span>
          <Button
            onClick={() => {
              replaceOf.current = null;
              picker.current?.click();
            }}
          >
            {t('documents.pick')}
          </Button>
          <input
            ref={picker}
            type="file"
            multiple
            hidden
            data-testid="documents-input"
            accept=".pdf,.jpg,.jpeg,.png,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length) void send(files, replaceOf.current ?? undefined);
            }}
          />
          <span className="w-full text-xs text-slate-500">
            {t('documents.limits', { mb: DOCUMENT_LIMITS.fileBytes / 1024 / 1024 })}
          </span>
        </div>
      )}
      {sending.length > 0 && (
        <ul className="mb-3 flex flex-col gap-2" data-testid="documents-sending">
          {sending.map((s) => (
            <li key={s.key} className="text-sm">
              <div className="flex justify-between gap-2">
                <span className="truncate" data-user-text="">
                  {s.name}
                </span>
                <span className="shrink-0 text-slate-500">{fmt.bytes(s.size)}</span>
              </div>
              {s.error ? (
                <p role="alert" className="text-red-700" data-testid="documents-refused">
                  {t('documents.failed')}
                  {t('punct.colon')}
                  {s.error}
                </p>
              ) : (
                <div
                  role="progressbar"
                  aria-label={t('documents.uploading')}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={Math.round(s.share * 100)}
                  className="h-1.5 overflow-hidden rounded bg-slate-200"
                >
                  <div className="h-full bg-brand-600" style={{ width: `${Math.round(s.share * 100)}%` }} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {list.isPending ? (
        <Loading />
      ) : !current.length && !history.length ? (
        <Empty>{t('documents.empty')}</Empty>
      ) : (
        <>
          <DocumentList
            rows={current}
            onPreview={setPreviewing}
            onReplace={
              canUpload
                ? (d) => {
                    replaceOf.current = d;
                    picker.current?.click();
                  }
                : undefined
            }
            onWithdraw={canWithdraw ? drop : undefined}
          />
          {history.length > 0 && (
            <div className="mt-2">
              <Button variant="ghost" onClick={() => setShowHistory((v) => !v)} aria-expanded={showHistory}>
                {t('documents.history', { count: history.length })}
              </Button>
              {showHistory && <DocumentList rows={history} onPreview={setPreviewing} />}
            </div>
          )}
        </>
      )}
      {previewing && <PreviewDialog doc={previewing} onClose={() => setPreviewing(null)} />}
    </Section>
  );
}

function DocumentList({
  rows,
  onPreview,
  onReplace,
  onWithdraw,
}: {
  rows: DocumentRow[];
  onPreview: (d: DocumentRow) => void;
  onReplace?: (d: DocumentRow) => void;
  onWithdraw?: (d: DocumentRow) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <ul className="divide-y divide-slate-100" data-testid="documents">
      {rows.map((d) => (
        <li
          key={d.id}
          className="flex flex-wrap items-center justify-between gap-2 py-2"
          data-testid="document"
        >
          <div className="min-w-0 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone="blue">
                <UserText>{d.kindLabel}</UserText>
              </Badge>
              <span className="font-medium text-slate-900" data-user-text="">
                {d.name}
              </span>
              <span className="text-slate-500">{fmt.bytes(d.size)}</span>
              {d.status !== 'current' && <Badge tone="slate">{t(`documents.status.${d.status}`)}</Badge>}
            </p>
            <p className="text-xs text-slate-500">
              {t('documents.byWhom', { who: d.uploadedBy, at: fmt.dateTime(d.uploadedAt) })}
              {d.endReason && (
                <>
                  {' · '}
                  <UserText>{d.endReason}</UserText>
                </>
              )}
            </p>
          </div>
          <div className="flex shrink-0 gap-1">
            {d.preview && (
              <Button
                variant="ghost"
                aria-label={t('documents.previewOne', { name: d.name })}
                onClick={() => onPreview(d)}
              >
                {t('documents.preview')}
              </Button>
            )}
            <a className={linkButtonClass} href={documentUrl(d.id)} download>
              {t('documents.download')}
            </a>
            {onReplace && (
              <Button
                variant="ghost"
                aria-label={t('documents.replaceOne', { name: d.name })}
                onClick={() => onReplace(d)}
              >
                {t('documents.replace')}
              </Button>
            )}
            {onWithdraw && (
              <Button
                variant="ghost"
                aria-label={t('documents.withdrawOne', { name: d.name })}
                onClick={() => onWithdraw(d)}
              >
                {t('documents.withdraw')}
              </Button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
