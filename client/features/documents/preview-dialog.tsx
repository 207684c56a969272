import { useTranslation } from 'react-i18next';
import { Button, linkButtonClass } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import type { DocumentRow } from './documents-section';
import { documentUrl } from './upload';

/** A PDF in a frame of the inline route (the browser's own viewer), an image as an image. */
export function PreviewDialog({ doc, onClose }: { doc: DocumentRow; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={onClose} title={doc.name} wide>
      {doc.preview === 'pdf' ? (
        <iframe
          src={documentUrl(doc.id, true)}
          title={doc.name}
          className="h-[70vh] w-full rounded border border-slate-200"
          data-testid="document-preview"
        />
      ) : doc.preview === 'image' ? (
        <img
          src={documentUrl(doc.id, true)}
          alt={doc.name}
          className="mx-auto max-h-[70vh] max-w-full"
          data-testid="document-preview"
        />
      ) : (
        <p className="text-sm text-slate-600">{t('documents.noPreview')}</p>
      )}
      <div className="mt-4 flex justify-end gap-2">
        <a className={linkButtonClass} href={documentUrl(doc.id)} download>
          {t('documents.download')}
        </a>
        <Button variant="primary" onClick={onClose}>
          {t('documents.close')}
        </Button>
      </div>
    </Dialog>
  );
}
