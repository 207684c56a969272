import { router } from '../trpc';
import { authRouter } from './auth';
import { boardRouter } from './board';
import { directoryRouter } from './directory';
import { contactsRouter } from './contacts';
import { documentsRouter } from './documents';
import { followUpsRouter } from './follow-ups';
import { fundsRouter } from './funds';
import { operationsRouter } from './operations';
import { ledgerRouter } from './ledger';
import { projectsRouter } from './projects';
import { schedulesRouter } from './schedules';
import { leadersRouter } from './leaders';
import { coordinationRouter } from './coordination';
import { problemsRouter } from './problems';
import { instructionsRouter } from './instructions';
import { notificationsRouter } from './notifications';
import { reviewRouter } from './review';
import { targetsRouter } from './targets';
import { usersRouter } from './users';
import { auditRouter } from './audit';
import { settingsRouter } from './settings';

export const appRouter = router({
  auth: authRouter,
  board: boardRouter,
  projects: projectsRouter,
  followUps: followUpsRouter,
  contacts: contactsRouter,
  documents: documentsRouter,
  funds: fundsRouter,
  operations: operationsRouter,
  directory: directoryRouter,
  schedules: schedulesRouter,
  ledger: ledgerRouter,
  leaders: leadersRouter,
  coordination: coordinationRouter,
  problems: problemsRouter,
  instructions: instructionsRouter,
  notifications: notificationsRouter,
  review: reviewRouter,
  targets: targetsRouter,
  users: usersRouter,
  audit: auditRouter,
  settings: settingsRouter,
});

export type AppRouter = typeof appRouter;
