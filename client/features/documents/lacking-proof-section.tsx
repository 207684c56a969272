import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../components/ui/section';
import { Empty } from '../../components/ui/states';
import { trpc } from '../../lib/trpc';

/**
 * 缺少佐证材料的项目 (issue 17): active projects standing in a stage whose required documents they lack,
 * as of now. Shown only when an admin requires documents at some stage.
 */
export function LackingProofSection() {
  const { t } = useTranslation();
  const gates = useQuery(trpc.documents.gates.queryOptions());
  const lacking = useQuery(trpc.documents.lacking.queryOptions());
  const kinds = useQuery(trpc.documents.kinds.queryOptions());
  if (!gates.data || !Object.keys(gates.data.required).length || !lacking.data) return null;
  const label = (key: string) => kinds.data?.find((k) => k.key === key)?.label ?? key;
  return (
    <Section title={`${t('documents.lackingTitle')}（${lacking.data.length}）`}>
      {lacking.data.length === 0 ? (
        <Empty>{t('documents.lackingEmpty')}</Empty>
      ) : (
        <table className="w-full text-sm" data-testid="lacking-proof">
          <tbody>
            {lacking.data.map((p) => (
              <tr key={p.projectId} className="border-b border-slate-100">
                <td className="py-1.5">
                  <Link
                    className="font-medium text-slate-900 hover:text-brand-600 hover:underline"
                    to={`/projects/${p.projectId}`}
                    data-user-text=""
                  >
                    {p.name}
                  </Link>
                </td>
                <td className="py-1.5">{t(`stage.${p.stage}`)}</td>
                <td className="py-1.5 text-red-700" data-user-text="">
                  {p.missing.map(label).join(t('punct.list'))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
