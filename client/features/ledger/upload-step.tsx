import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEDGER_COLUMNS, LEDGER_FIELDS } from '../../../shared/domain/ledger/columns';
import { Button } from '../../components/ui/button';
import { ImportProgressBar } from './import-progress';
import { MAX_UPLOAD_BYTES, type UploadedFile, uploadLedgerFile } from './upload';

/** Choose or drop a file; it is checked for size here and read on the server. */
export function UploadStep({ onUploaded }: { onUploaded: (file: UploadedFile) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);

  const send = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setError(t('ledger.import.tooBig'));
      return;
    }
    setBusy(true);
    try {
      onUploaded(await uploadLedgerFile(file));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div
      className={`flex flex-col items-center gap-3 rounded-lg border-2 border-dashed px-6 py-12 text-center transition-colors ${over ? 'border-brand-600 bg-red-50/40' : 'border-slate-300 bg-white'}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void send(e.dataTransfer.files[0]);
      }}
    >
      <svg
        aria-hidden
        viewBox="0 0 24 24"
        className="h-10 w-10 text-slate-400"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <path
          d="M4 16.5V19a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-2.5M12 15V4m0 0-4 4m4-4 4 4"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {busy ? (
        <>
          <p role="status" className="text-sm text-slate-600">
            {t('ledger.import.uploading')}
          </p>
          <ImportProgressBar active />
        </>
      ) : (
        <p className="text-sm text-slate-700">
          {t('ledger.import.drop')}{' '}
          <Button variant="primary" className="ml-1" onClick={() => input.current?.click()}>
            {t('ledger.import.choose')}
          </Button>
        </p>
      )}
      <p className="max-w-xl text-xs text-slate-500">{t('ledger.import.formats')}</p>
      <div className="mt-2 max-w-3xl">
        <p className="mb-1.5 text-xs font-medium text-slate-600">{t('ledger.import.knownColumns')}</p>
        <ul className="flex flex-wrap justify-center gap-1.5">
          {LEDGER_FIELDS.filter((f) => !LEDGER_COLUMNS[f].exportOnly).map((f) => (
            <li key={f} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
              {t(`ledger.fields.${f}`)}
            </li>
          ))}
        </ul>
      </div>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        className="sr-only"
        aria-label={t('ledger.import.choose')}
        data-testid="ledger-file"
        onChange={(e) => void send(e.target.files?.[0])}
      />
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          {t('ledger.import.uploadFailed', { reason: error })}
        </p>
      )}
    </div>
  );
}
