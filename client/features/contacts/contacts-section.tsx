import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import type { ContactFields } from '../../../shared/schemas/contacts';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Section } from '../../components/ui/section';
import { Empty, Loading } from '../../components/ui/states';
import { UserText } from '../../components/ui/user-text';
import type { RouterOutputs } from '../../lib/trpc';
import { trpc } from '../../lib/trpc';
import { useSaveAction } from '../../lib/use-form-submit';
import { ContactForm } from './contact-form';

type Contact = RouterOutputs['contacts']['list'][number];
const BLANK: ContactFields = { name: '', title: '', phone: '', email: '', note: '', isPrimary: false };

/** 投资方联系人: the investor's people, the primary one first; those who may edit the project change them. */
export function ContactsSection({ projectId, canWrite }: { projectId: number; canWrite: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const listKey = trpc.contacts.list.queryKey({ projectId });
  const contacts = useQuery(trpc.contacts.list.queryOptions({ projectId }));
  const add = useMutation(trpc.contacts.add.mutationOptions());
  const update = useMutation(trpc.contacts.update.mutationOptions());
  const remove = useMutation(trpc.contacts.remove.mutationOptions());
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: listKey }),
      queryClient.invalidateQueries({ queryKey: trpc.audit.forProject.queryKey({ projectId }) }),
    ]);
  const save = useSaveAction({ onConflict: refresh });
  const first = contacts.data?.length === 0;

  const makePrimary = (c: Contact) =>
    save(async () => {
      await update.mutateAsync({ id: c.id, version: c.version, fields: { ...c, isPrimary: true } });
      toast.success(t('contacts.primaryNow', { name: c.name }));
      await refresh();
    });
  const drop = (c: Contact) => {
    if (!window.confirm(t('contacts.removeConfirm', { name: c.name }))) return;
    void save(async () => {
      await remove.mutateAsync({ id: c.id, version: c.version });
      toast.success(t('contacts.removed'));
      await refresh();
    });
  };

  return (
    <Section
      title={t('contacts.title')}
      actions={
        canWrite && (
          <Button onClick={() => setEditing('new')} data-testid="contact-add">
            {t('contacts.add')}
          </Button>
        )
      }
    >
      {contacts.isPending ? (
        <Loading />
      ) : !contacts.data?.length ? (
        <Empty>{t('contacts.empty')}</Empty>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="contacts">
          {contacts.data.map((c) => (
            <li
              key={c.id}
              className="flex flex-wrap items-start justify-between gap-2 py-2"
              data-testid="contact"
            >
              <div className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">
                  <UserText>{c.name}</UserText>
                  {c.title && <UserText className="ml-2 font-normal text-slate-500">{c.title}</UserText>}
                  {c.isPrimary && (
                    <span className="ml-2">
                      <Badge tone="blue">{t('contacts.primary')}</Badge>
                    </span>
                  )}
                </p>
                <p className="flex flex-wrap gap-x-4 text-slate-600">
                  {c.phone && <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>}
                  {c.email && <a href={`mailto:${c.email}`}>{c.email}</a>}
                </p>
                {c.note && (
                  <p className="whitespace-pre-wrap text-xs text-slate-500" data-user-text="">
                    {c.note}
                  </p>
                )}
              </div>
              {canWrite && (
                <div className="flex shrink-0 gap-1">
                  {!c.isPrimary && (
                    <Button variant="ghost" onClick={() => void makePrimary(c)}>
                      {t('contacts.makePrimary')}
                    </Button>
                  )}
                  <Button
                    variant="ghost"
                    aria-label={t('contacts.editOne', { name: c.name })}
                    onClick={() => setEditing(c)}
                  >
                    {t('contacts.editShort')}
                  </Button>
                  <Button
                    variant="ghost"
                    aria-label={t('contacts.removeOne', { name: c.name })}
                    onClick={() => drop(c)}
                  >
                    {t('contacts.remove')}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <Dialog
          open
          onClose={() => setEditing(null)}
          title={editing === 'new' ? t('contacts.add') : t('contacts.edit')}
        >
          <ContactForm
            initial={editing === 'new' ? { ...BLANK, isPrimary: first } : editing}
            primaryLocked={editing === 'new' ? first : editing.isPrimary}
            onCancel={() => setEditing(null)}
            onConflict={async () => {
              await refresh();
              setEditing(null);
            }}
            onSubmit={async (fields) => {
              if (editing === 'new') await add.mutateAsync({ projectId, fields });
              else await update.mutateAsync({ id: editing.id, version: editing.version, fields });
              toast.success(editing === 'new' ? t('contacts.added') : t('contacts.saved'));
              setEditing(null);
              await refresh();
            }}
          />
        </Dialog>
      )}
    </Section>
  );
}
