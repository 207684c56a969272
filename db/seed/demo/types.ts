/** The demo district as planned in memory before it is written: people are referred to by username. */
import type {
  AgreementType,
  CapitalType,
  Channel,
  DropCategory,
  FollowUpKind,
  Industry,
  Origin,
} from '../../../shared/domain/catalog';
import type { FunnelStage, ProjectState, ProjectStatus } from '../../../shared/domain/stages';
import type { UnitName } from './people';

/** Who a project is, independent of where it stands. */
export interface Identity {
  name: string;
  /** The brand or short name used in follow-up summaries. */
  short: string;
  investor: string;
  /** The city in front of the investor's name, for "赴北京拜访…". */
  investorCity: string;
  industry: Industry;
  channel: Channel;
  origin: Origin;
  capitalType: CapitalType;
  estimatedInvestment: number;
  /** The amount signed if the project reaches 引进. */
  agreedInvestment: number;
  description: string;
  topic: string;
  location: string;
  entity: string;
  /** Construction (a year or more) rather than a fit-out (months). */
  build: boolean;
  firstStore: boolean;
  bondCandidate: boolean;
  /** Flagships are key projects whatever their size. */
  key: boolean;
  contact: string;
}

/** The place a project ends up in: a funnel stage while active, on hold or dropped in a stage. */
export interface Slot {
  stage: FunnelStage;
  status: ProjectStatus;
  /** Active and not touched for 30+ days: the board shows it red. */
  stalled: boolean;
}

export interface Owners {
  ownerA: string;
  ownerB: string;
  unit: UnitName | null;
}

export interface PlannedEvent {
  from: ProjectState | null;
  to: ProjectState;
  at: number;
  by: string;
  note: string | null;
  dropCategory: DropCategory | null;
}

/** Dates in days before today, from which events, follow-ups and funds are laid out. */
export interface Timeline {
  leadAgo: number;
  /** Days-ago of the gate date of each reached stage after 洽谈, in funnel order. */
  gateAgo: number[];
  /** Follow-ups fall between leadAgo and lastAgo (inclusive); the latest is on lastAgo. */
  lastAgo: number;
  /** Off-funnel or pause days: no follow-up is placed between hold and resume. */
  quiet: { from: number; to: number } | null;
  events: PlannedEvent[];
  stageEnteredAt: number;
  holdReason: string | null;
  dropCategory: DropCategory | null;
  dropNote: string | null;
}

export interface PlannedFollowUp {
  date: string;
  kind: FollowUpKind;
  participants: string | null;
  summary: string;
  nextStep: string | null;
  nextDate: string | null;
  by: string;
  createdAt: number;
}

export interface PlannedFunds {
  date: string;
  amount: number;
  note: string | null;
  by: string;
  createdAt: number;
}

export interface PlannedProject {
  identity: Identity;
  slot: Slot;
  owners: Owners;
  timeline: Timeline;
  signingDate: string | null;
  agreedInvestment: number | null;
  agreementType: AgreementType | null;
  registeredEntity: string | null;
  creditCode: string | null;
  location: string | null;
  landingDate: string | null;
  startDate: string | null;
  completionDate: string | null;
  isKey: boolean;
  isBond: boolean;
  isFirstStore: boolean;
  followUps: PlannedFollowUp[];
  funds: PlannedFunds[];
  lastActivityAt: number;
}
