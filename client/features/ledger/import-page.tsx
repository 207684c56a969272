import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LedgerField } from '../../../shared/domain/ledger/columns';
import type { PreviewView } from '../../../shared/schemas/ledger';
import { Button } from '../../components/ui/button';
import { inputClass } from '../../components/ui/field';
import { Section } from '../../components/ui/section';
import { LoadError, Loading } from '../../components/ui/states';
import { withUserText } from '../../components/ui/user-text';
import { Tabs } from '../../components/ui/tabs';
import { errorMessage, messageText } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { ImportDefaultsPanel } from './import-defaults';
import { ImportDone } from './import-done';
import { ImportProgressBar } from './import-progress';
import { useImportDefaults } from './use-import-defaults';
import { MappingPanel } from './mapping-panel';
import { PreviewTable } from './preview-table';
import { defaultSheet, discardOnLeave, type UploadedFile } from './upload';
import { UploadStep } from './upload-step';
import type { ImportResult } from './types';

const PAGE = 100;
const VIEWS: PreviewView[] = ['all', 'error', 'create', 'update', 'skip'];

/** /ledger/import: upload → sheet and column mapping → checked preview → all-or-nothing import. */
export function LedgerImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<UploadedFile | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  // Another file, another page or a closed tab: the server drops what it holds for this one.
  const token = file?.token;
  useEffect(() => (token ? discardOnLeave(token) : undefined), [token]);
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-4 p-4">
      <div>
        <h1 className="text-lg font-semibold text-slate-900">{t('ledger.import.title')}</h1>
        <p className="text-sm text-slate-500">{t('ledger.import.subtitle')}</p>
      </div>
      {!file && <UploadStep onUploaded={setFile} />}
      {file && !done && <ImportSteps file={file} onReset={() => setFile(null)} onDone={setDone} />}
      {file && done && (
        <ImportDone
          result={done}
          reportUrl={`/api/ledger/import/${file.token}/report.csv`}
          onAgain={() => {
            setDone(null);
            setFile(null);
          }}
        />
      )}
    </div>
  );
}

function ImportSteps({
  file,
  onReset,
  onDone,
}: {
  file: UploadedFile;
  onReset: () => void;
  onDone: (r: ImportResult) => void;
}) {
  const { t } = useTranslation();
  const [sheet, setSheet] = useState(() => defaultSheet(file.sheets));
  const [mapping, setMapping] = useState<(LedgerField | null)[] | undefined>(undefined);
  const [onExisting, setOnExisting] = useState<'skip' | 'update'>('skip');
  const [createUnits, setCreateUnits] = useState(false);
  const defaults = useImportDefaults();
  const [view, setView] = useState<PreviewView>('all');
  const [offset, setOffset] = useState(0);
  const options = { token: file.token, sheet, mapping, onExisting, createUnits, defaults: defaults.value };
  const preview = useQuery({
    ...trpc.ledger.preview.queryOptions({ ...options, view, offset, limit: PAGE }),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  const commit = useMutation(trpc.ledger.commit.mutationOptions({ onSuccess: onDone }));
  const p = preview.data;
  const importable = p ? p.counts.create + p.counts.update : 0;
  const changeView = (v: PreviewView) => {
    setView(v);
    setOffset(0);
  };

  return (
    <div className="flex flex-col gap-4">
      <Section
        title={withUserText((name) => `${t('ledger.import.file')}${t('punct.colon')}${name}`, file.fileName)}
        actions={
          <Button variant="ghost" onClick={onReset}>
            {t('ledger.import.another')}
          </Button>
        }
      >
        <div className="flex flex-wrap items-end gap-4">
          {file.sheets.length > 1 && (
            <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
              {t('ledger.import.sheet')}
              <select
                className={`${inputClass} w-72`}
                value={sheet}
                onChange={(e) => {
                  setSheet(Number(e.target.value));
                  setMapping(undefined);
                  setOffset(0);
                }}
              >
                {file.sheets.map((s) => (
                  // An option holds text only: marked whole for the sheet's name (user text).
                  <option key={s.index} value={s.index} data-user-text="">
                    {t('ledger.import.sheetLines', { name: s.name, count: s.lines })}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="flex items-center gap-2 pb-1.5 text-sm text-slate-700">
            <input
              type="checkbox"
              checked={onExisting === 'update'}
              onChange={(e) => setOnExisting(e.target.checked ? 'update' : 'skip')}
            />
            {t('ledger.import.updateExisting')}
          </label>
        </div>
      </Section>

      {preview.isPending && <Loading />}
      {preview.isError && (
        <LoadError
          message={errorMessage(preview.error, preview.error.message)}
          onRetry={() => void preview.refetch()}
        />
      )}
      {p && (
        <>
          <Section
            title={t('ledger.import.mapping')}
            actions={
              <span className="flex items-center gap-3 text-xs text-slate-500">
                {p.headerRow && t('ledger.import.headerRow', { row: p.headerRow })}
                {mapping && (
                  <Button variant="ghost" className="!py-0.5 text-xs" onClick={() => setMapping(undefined)}>
                    {t('ledger.import.resetMapping')}
                  </Button>
                )}
              </span>
            }
          >
            <p className="mb-2 text-xs text-slate-500">{t('ledger.import.mappingHint')}</p>
            <MappingPanel
              preview={p}
              onChange={(m) => {
                setMapping(m);
                setOffset(0);
              }}
            />
            <ImportDefaultsPanel
              value={defaults.value}
              onChange={(d) => {
                defaults.set(d);
                setOffset(0);
              }}
            />
          </Section>

          {p.fatal ? (
            <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-700">
              {messageText(p.fatalCode, p.fatal)}
            </p>
          ) : (
            <Section
              title={`${t('ledger.import.counts', { count: p.counts.total })}${preview.isFetching ? ` · ${t('ledger.import.checking')}` : ''}`}
            >
              {p.missingUnits.length > 0 && (
                <div className="mb-3 flex flex-wrap items-center gap-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                  <span>{t('ledger.import.missingUnits', { names: p.missingUnits.join('、') })}</span>
                  <label className="flex items-center gap-1.5 font-medium">
                    <input
                      type="checkbox"
                      checked={createUnits}
                      onChange={(e) => setCreateUnits(e.target.checked)}
                    />
                    {createUnits ? t('ledger.import.createUnitsOn') : t('ledger.import.createUnits')}
                  </label>
                </div>
              )}
              {p.pending > 0 && (
                <p className="mb-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                  {t('pending.preview', { count: p.pending })}{' '}
                  <Link to="/projects/pending" className="font-medium underline">
                    {t('pending.title')}
                  </Link>
                </p>
              )}
              <Tabs
                look="chip"
                className="mb-3"
                items={VIEWS}
                value={view}
                onChange={changeView}
                label={(v) => `${t(`ledger.import.tabs.${v}`)} ${v === 'all' ? p.counts.total : p.counts[v]}`}
              >
                <span className="ml-auto text-xs text-slate-400">
                  {t('ledger.import.skippedLines', p.skippedLines)}
                </span>
              </Tabs>
              <PreviewTable preview={p} />
              {p.viewTotal > PAGE && (
                <div className="mt-2 flex items-center justify-end gap-2 text-xs text-slate-500">
                  {t('ledger.import.page', {
                    from: offset + 1,
                    to: Math.min(offset + PAGE, p.viewTotal),
                    total: p.viewTotal,
                  })}
                  <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                    {t('ledger.import.prev')}
                  </Button>
                  <Button disabled={offset + PAGE >= p.viewTotal} onClick={() => setOffset(offset + PAGE)}>
                    {t('ledger.import.next')}
                  </Button>
                </div>
              )}
            </Section>
          )}

          <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50/95 py-3">
            {p.counts.error > 0 && (
              <p role="alert" className="text-sm text-red-700">
                {t('ledger.import.blocked', { count: p.counts.error })}
              </p>
            )}
            {!p.fatal && p.counts.error === 0 && importable === 0 && (
              <p className="text-sm text-slate-500">{t('ledger.import.nothing')}</p>
            )}
            <ImportProgressBar active={commit.isPending || preview.isFetching} />
            {commit.isError && (
              <p role="alert" className="text-sm text-red-700">
                {errorMessage(commit.error, commit.error.message)}
              </p>
            )}
            <div className="ml-auto flex gap-2">
              {!p.fatal && (
                <a
                  className="inline-flex items-center rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100"
                  href={`/api/ledger/import/${file.token}/report.csv`}
                  download
                >
                  {t('ledger.import.report')}
                </a>
              )}
              <Button
                variant="primary"
                disabled={
                  !!p.fatal ||
                  p.counts.error > 0 ||
                  importable === 0 ||
                  commit.isPending ||
                  preview.isFetching
                }
                onClick={() => commit.mutate(options)}
              >
                {commit.isPending
                  ? t('ledger.import.committing')
                  : t('ledger.import.commit', { count: importable })}
              </Button>
            </div>
          </div>
        </>
      )}
    </div>
  );
}
