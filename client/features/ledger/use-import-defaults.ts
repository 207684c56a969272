import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../lib/trpc';
import type { ImportDefaults } from './import-defaults';

/** The import's defaults; the importer is owner A by default when they are an officer (issue 15). */
export function useImportDefaults() {
  const me = useQuery(trpc.auth.me.queryOptions());
  const [value, set] = useState<ImportDefaults>(() => ({
    channel: null,
    ownerAId: me.data?.role === 'staff' ? me.data.id : null,
    unitId: null,
  }));
  return { value, set };
}
