import { sql } from 'drizzle-orm';
import { projects } from '../../db/schema';
import type { GateField } from '../../shared/domain/gates';

/**
 * A project's amount (万元) in SQL: the agreed investment once signed, else the estimate, the rule of
 * shared/domain/money.ts `projectAmount`. Plain text too, for the review's prepared statements.
 */
export const PROJECT_AMOUNT = 'coalesce(projects.agreed_investment, projects.estimated_investment)';
export const projectAmountSql = sql<number>`${sql.raw(PROJECT_AMOUNT)}`;

/** The columns a project is returned with: explicit, so nothing internal leaks by accident. */
export const projectColumns = {
  id: projects.id,
  name: projects.name,
  investor: projects.investor,
  industry: projects.industry,
  channel: projects.channel,
  origin: projects.origin,
  capitalType: projects.capitalType,
  estimatedInvestment: projects.estimatedInvestment,
  description: projects.description,
  location: projects.location,
  signingDate: projects.signingDate,
  agreedInvestment: projects.agreedInvestment,
  agreementType: projects.agreementType,
  registeredEntity: projects.registeredEntity,
  creditCode: projects.creditCode,
  landingDate: projects.landingDate,
  startDate: projects.startDate,
  completionDate: projects.completionDate,
  stage: projects.stage,
  status: projects.status,
  holdReason: projects.holdReason,
  dropCategory: projects.dropCategory,
  dropNote: projects.dropNote,
  stageEnteredAt: projects.stageEnteredAt,
  lastActivityAt: projects.lastActivityAt,
  ownerAId: projects.ownerAId,
  ownerBId: projects.ownerBId,
  unitId: projects.unitId,
  missingFacts: projects.missingFacts,
  isKey: projects.isKey,
  isBond: projects.isBond,
  isFirstStore: projects.isFirstStore,
  createdAt: projects.createdAt,
  createdBy: projects.createdBy,
  updatedAt: projects.updatedAt,
  updatedBy: projects.updatedBy,
  version: projects.version,
};

/**
 * The gate fields a move is planned with (every stage's, shared/domain/gates.ts): the board's cards
 * leave them out, and the move flow reads them with projects.gates when a card is moved forward.
 */
export const gateColumns = {
  name: projects.name,
  investor: projects.investor,
  industry: projects.industry,
  estimatedInvestment: projects.estimatedInvestment,
  channel: projects.channel,
  ownerAId: projects.ownerAId,
  signingDate: projects.signingDate,
  agreedInvestment: projects.agreedInvestment,
  agreementType: projects.agreementType,
  registeredEntity: projects.registeredEntity,
  creditCode: projects.creditCode,
  location: projects.location,
  landingDate: projects.landingDate,
  startDate: projects.startDate,
  completionDate: projects.completionDate,
} satisfies Record<GateField, unknown>;
