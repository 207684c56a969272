import type { Widen } from '../../types';
import type { operationsZh } from '../operations';

/** English strings of the operations section: loaded with the English catalogue only. */
export const operationsEn: Widen<typeof operationsZh> = {
  title: 'Operations',
  hint: 'Once completed: the production start, fixed-asset investment counted, annual output, tax and jobs',
  productionDate: 'Production start',
  notProduced: 'No production start recorded',
  setProduction: 'Record production start',
  productionSaved: 'Production start recorded',
  fixedAssets: 'Fixed-asset investment counted',
  fixedAssetSum: '{{sum}} counted in total',
  date: 'Date counted',
  amount: 'Amount (万元)',
  note: 'Note',
  addFixedAsset: 'Record amount',
  fixedAssetAdded: 'Fixed-asset investment recorded',
  noFixedAssets: 'Nothing counted yet',
  years: 'Annual output, tax and jobs',
  year: 'Year',
  output: 'Output (万元)',
  tax: 'Tax (万元)',
  jobs: 'Jobs',
  saveYear: 'Save year',
  yearSaved: 'Figures for {{year}} saved',
  noYears: 'No annual figures yet',
  edit: 'Edit',
};
