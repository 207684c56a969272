import { router } from '../trpc';
import { authRouter } from './auth';
import { boardRouter } from './board';
import { directoryRouter } from './directory';
import { followUpsRouter } from './follow-ups';
import { fundsRouter } from './funds';
import { projectsRouter } from './projects';

export const appRouter = router({
  auth: authRouter,
  board: boardRouter,
  projects: projectsRouter,
  followUps: followUpsRouter,
  funds: fundsRouter,
  directory: directoryRouter,
});

export type AppRouter = typeof appRouter;
